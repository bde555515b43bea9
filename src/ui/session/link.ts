// The teacher's link: ?scenario=&seed=&faction=&difficulty=&whatif= prefill the title screen.
import { CONTENDERS, DIFFICULTIES, type ContenderId, type Difficulty } from '../../sim/ids.ts';

export interface LinkSetup {
  scenario?: string;
  seed?: string;
  faction?: ContenderId;
  difficulty?: Difficulty;
  whatifs: string[];
  /** ?play=1: skip the title and start this setup at once (a teacher's "start now" link). */
  play?: boolean;
}

export function parseLink(search: string): LinkSetup {
  const params = new URLSearchParams(search);
  const out: LinkSetup = { whatifs: [] };
  const scenario = params.get('scenario');
  if (scenario) out.scenario = scenario.slice(0, 80);
  const seed = params.get('seed');
  if (seed) out.seed = seed.slice(0, 40);
  const faction = params.get('faction');
  if (faction && (CONTENDERS as readonly string[]).includes(faction))
    out.faction = faction as ContenderId;
  const difficulty = params.get('difficulty');
  if (difficulty && (DIFFICULTIES as readonly string[]).includes(difficulty))
    out.difficulty = difficulty as Difficulty;
  if (params.get('play') === '1') out.play = true;
  for (const w of params.getAll('whatif')) {
    for (const id of w.split(',')) if (id.trim()) out.whatifs.push(id.trim().slice(0, 60));
  }
  return out;
}

export function buildLink(
  base: string,
  setup: { scenario: string; seed: string; faction: string; difficulty: string; whatifs: string[] },
): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('scenario', setup.scenario);
  url.searchParams.set('seed', setup.seed);
  url.searchParams.set('faction', setup.faction);
  url.searchParams.set('difficulty', setup.difficulty);
  for (const w of setup.whatifs) url.searchParams.append('whatif', w);
  return url.toString();
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
