// The teacher's link: ?scenario=&seed=&faction=&difficulty=&whatif= prefill the title screen;
// &scenarioUrl= names a teacher's scenario file served beside the game; &play=1 skips the title.
// Every parameter is checked: a wrong one is named in a message, and the title screen shows.
import { didYouMean } from '../../io/result.ts';
import { CONTENDERS, DIFFICULTIES, type ContenderId, type Difficulty } from '../../sim/ids.ts';

export interface LinkSetup {
  scenario?: string;
  /** A teacher's scenario file, as written in the link (relative to the game's page). */
  scenarioUrl?: string;
  seed?: string;
  faction?: ContenderId;
  difficulty?: Difficulty;
  whatifs: string[];
  /** ?play=1: skip the title and start this setup at once (a teacher's "start now" link). */
  play?: boolean;
  /** What was wrong with the link, in words for the page. */
  problems: string[];
}

const PARAMS = ['scenario', 'scenarioUrl', 'seed', 'faction', 'difficulty', 'whatif', 'play'];

const quote = (text: string) =>
  `\u201c${text.length > 60 ? `${text.slice(0, 60)}\u2026` : text}\u201d`;

/**
 * Where a teacher's scenario may come from: a .json file on the game's own site. Returns the
 * resolved address, or what is wrong with it.
 */
export function scenarioAddress(raw: string, page: string): { url: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw, page);
  } catch {
    return { problem: `scenarioUrl ${quote(raw)} is not an address.` };
  }
  if (url.origin !== new URL(page).origin || !/^https?:$/.test(url.protocol))
    return {
      problem: `scenarioUrl ${quote(raw)} is on another site: a scenario file must be served beside the game (for example ./my-scenario.json).`,
    };
  if (!url.pathname.endsWith('.json'))
    return { problem: `scenarioUrl ${quote(raw)} does not name a .json file.` };
  return { url: url.href };
}

export function parseLink(search: string, page = 'http://localhost/'): LinkSetup {
  const params = new URLSearchParams(search);
  const out: LinkSetup = { whatifs: [], problems: [] };
  for (const key of new Set(params.keys())) {
    if (!PARAMS.includes(key))
      out.problems.push(`The link has an unknown part ${quote(key)}${didYouMean(key, PARAMS)}.`);
  }
  const scenario = params.get('scenario');
  if (scenario) out.scenario = scenario.slice(0, 80);
  const scenarioUrl = params.get('scenarioUrl');
  if (scenarioUrl) {
    const where = scenarioAddress(scenarioUrl, page);
    if ('url' in where) out.scenarioUrl = scenarioUrl.slice(0, 300);
    else out.problems.push(where.problem);
  }
  const seed = params.get('seed');
  if (seed) out.seed = seed.slice(0, 40);
  const faction = params.get('faction');
  if (faction && (CONTENDERS as readonly string[]).includes(faction))
    out.faction = faction as ContenderId;
  else if (faction)
    out.problems.push(
      `faction ${quote(faction)} is not a contender${didYouMean(faction, CONTENDERS)}.`,
    );
  const difficulty = params.get('difficulty');
  if (difficulty && (DIFFICULTIES as readonly string[]).includes(difficulty))
    out.difficulty = difficulty as Difficulty;
  else if (difficulty)
    out.problems.push(
      `difficulty ${quote(difficulty)} is not one of ${DIFFICULTIES.join(', ')}${didYouMean(difficulty, DIFFICULTIES)}.`,
    );
  const play = params.get('play');
  if (play === '1') out.play = true;
  else if (play !== null) out.problems.push(`play ${quote(play)} should be play=1.`);
  for (const w of params.getAll('whatif')) {
    for (const id of w.split(',')) if (id.trim()) out.whatifs.push(id.trim().slice(0, 60));
  }
  return out;
}

export interface LinkFields {
  scenario: string;
  scenarioUrl?: string;
  seed: string;
  faction: string;
  difficulty: string;
  whatifs: string[];
}

export function buildLink(base: string, setup: LinkFields): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('scenario', setup.scenario);
  if (setup.scenarioUrl) url.searchParams.set('scenarioUrl', setup.scenarioUrl);
  url.searchParams.set('seed', setup.seed);
  url.searchParams.set('faction', setup.faction);
  url.searchParams.set('difficulty', setup.difficulty);
  for (const w of setup.whatifs) url.searchParams.append('whatif', w);
  // A slash needs no escaping in a query: './my.json' reads better than '.%2Fmy.json'.
  return url.toString().replace(/scenarioUrl=[^&]*/, (part) => part.replace(/%2F/gi, '/'));
}

/** A random seed a person can read aloud: two words and a number. */
export function randomSeed(): string {
  const words = [
    'red',
    'iron',
    'steel',
    'grain',
    'star',
    'volga',
    'neva',
    'ural',
    'kremlin',
    'october',
    'spark',
    'hammer',
    'sickle',
    'tractor',
    'pravda',
    'smolny',
  ];
  const pick = () => words[Math.floor(Math.random() * words.length)];
  return `${pick()}-${pick()}-${Math.floor(Math.random() * 900 + 100)}`;
}
