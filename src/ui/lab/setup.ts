// What the lab runs: a scenario, a number of games, a seed, and one or two setups (what-ifs, a
// seat played by a named AI, the others' difficulty). Read from the page's link, turned into the
// batch specs the workers play, and written out as the same `heirs lab` command.
import { POLICIES, type PolicyId } from '../../ai/policy.ts';
import { CONTENDER_INFO } from '../../content/people.ts';
import type { ScenarioData } from '../../content/types.ts';
import type { BatchSpec } from '../../lab/batch.ts';
import { CONTENDERS, DIFFICULTIES, type ContenderId, type Difficulty } from '../../sim/ids.ts';

export const MAX_RUNS = 5000;

export interface ArmSetup {
  whatifs: string[];
  faction: ContenderId | null;
  factionPolicy: PolicyId;
  difficulty: Difficulty;
}

export interface LabSetup {
  scenarioId: string;
  runs: number;
  seed: string;
  compare: boolean;
  arms: [ArmSetup, ArmSetup];
  /** Workers to start (the link's `workers=`, for measuring); otherwise one per core. */
  workers?: number;
}

export const POLICY_TEXT: Record<PolicyId, string> = {
  challenger: 'Challenger \u2014 plays to win with his own strengths',
  planner: 'Planner \u2014 looks a few quarters ahead (slow: about 10 s a game)',
  adviser: 'Follows the adviser \u2014 makes the adviser\u2019s first move (slow)',
  historical: 'Historical \u2014 his real temperament',
  easy: 'Easy \u2014 makes mistakes',
  hard: 'Hard \u2014 his temperament, looking ahead',
  random: 'Random \u2014 any legal move (the floor)',
};

export function blankArm(): ArmSetup {
  return { whatifs: [], faction: null, factionPolicy: 'challenger', difficulty: 'historical' };
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | undefined {
  return list.find((x) => x === value);
}

/**
 * The setup a link asks for, e.g. `lab.html?scenario=1924-lenin-dies&runs=500&seed=class&whatif=x`
 * (setup B: `compare=1` and the same names with `b-` in front). Anything unknown is named.
 */
export function setupFromLink(
  search: string,
  scenarios: readonly ScenarioData[],
): { setup: LabSetup; problems: string[] } {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const askedScenario = q.get('scenario');
  const scenario = scenarios.find((s) => s.id === askedScenario) ?? scenarios[0];
  if (askedScenario && scenario.id !== askedScenario)
    problems.push(`There is no scenario called \u201c${askedScenario}\u201d.`);
  const arm = (prefix: string): ArmSetup => {
    const a = blankArm();
    for (const w of q.getAll(`${prefix}whatif`)) {
      if (scenario.whatifs.some((x) => x.id === w)) a.whatifs.push(w);
      else problems.push(`\u201c${w}\u201d is not a what-if of this scenario.`);
    }
    const faction = q.get(`${prefix}faction`);
    a.faction = oneOf(CONTENDERS, faction) ?? null;
    if (faction && !a.faction) problems.push(`\u201c${faction}\u201d is not a contender.`);
    const policy = q.get(`${prefix}policy`);
    a.factionPolicy = oneOf(POLICIES, policy) ?? 'challenger';
    if (policy && a.factionPolicy !== policy) problems.push(`\u201c${policy}\u201d is not an AI.`);
    const difficulty = q.get(`${prefix}difficulty`);
    a.difficulty = oneOf(DIFFICULTIES, difficulty) ?? 'historical';
    if (difficulty && a.difficulty !== difficulty)
      problems.push(`\u201c${difficulty}\u201d is not a difficulty.`);
    return a;
  };
  const runsText = q.get('runs');
  const runs = Number(runsText ?? 200);
  if (runsText && !(Number.isInteger(runs) && runs >= 1 && runs <= MAX_RUNS))
    problems.push(`The number of games must be a whole number from 1 to ${MAX_RUNS}.`);
  const workers = Number(q.get('workers'));
  return {
    setup: {
      scenarioId: scenario.id,
      runs: Number.isInteger(runs) && runs >= 1 && runs <= MAX_RUNS ? runs : 200,
      seed: (q.get('seed') ?? 'lab').slice(0, 40) || 'lab',
      compare: q.get('compare') === '1',
      arms: [arm(''), arm('b-')],
      workers: Number.isInteger(workers) && workers >= 1 && workers <= 16 ? workers : undefined,
    },
    problems,
  };
}

/** The batches the workers play: one per setup, on the same seeds. */
export function specsOf(setup: LabSetup, scenario: ScenarioData): BatchSpec[] {
  const arms = setup.compare ? setup.arms : [setup.arms[0]];
  return arms.map((a) => ({
    scenario,
    runs: setup.runs,
    seed: setup.seed,
    faction: a.faction,
    factionPolicy: a.factionPolicy,
    difficulty: a.difficulty,
    whatifs: scenario.whatifs.map((w) => w.id).filter((id) => a.whatifs.includes(id)),
  }));
}

function shellWord(s: string): string {
  return /^[\w.#:@%+=,/-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The same batch on the command line: `heirs lab` gives the same counts. */
export function commandLine(spec: BatchSpec): string {
  const parts = [
    'npx heirs lab',
    `--scenario ${shellWord(spec.scenario.id)}`,
    `--runs ${spec.runs}`,
    `--seed ${shellWord(spec.seed)}`,
  ];
  if (spec.faction)
    parts.push(`--faction ${spec.faction}`, `--faction-policy ${spec.factionPolicy}`);
  if (spec.difficulty !== 'historical') parts.push(`--difficulty ${spec.difficulty}`);
  for (const w of spec.whatifs) parts.push(`--whatif ${shellWord(w)}`);
  return parts.join(' ');
}

/** A short name for a setup, for headings and the export: "no what-ifs", "Trotsky at the funeral". */
export function armLabel(spec: BatchSpec): string {
  const bits: string[] = [];
  for (const id of spec.whatifs) {
    bits.push(spec.scenario.whatifs.find((w) => w.id === id)?.title ?? id);
  }
  if (spec.faction)
    bits.push(`${CONTENDER_INFO[spec.faction].name} played by the ${spec.factionPolicy} AI`);
  if (spec.difficulty !== 'historical') bits.push(`${spec.difficulty} rivals`);
  return bits.length ? bits.join('; ') : 'as in history (no what-ifs)';
}
