// The fuzzer: many seeds × random legal actions to the end, in every built-in scenario and
// under every what-if switch of each. No exception, no dead end, the invariants hold at every
// step; a failure writes its scenario, options, seed and actions as a replay file to
// test-output/fuzz-failures/ (`heirs replay <file>` re-runs it).
//
// FUZZ_SEEDS (default 200; `npm run fuzz`: 2,000) is the number of games in all: half go to the
// four scenarios as they stand, half to the switches (each alone, then all of a scenario's at
// once), at least one game each.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScenarioData } from '../../src/content/types.ts';
import { parseReplay, serializeReplay } from '../../src/io/replay.ts';
import { runReplay } from '../../src/machine/replay.ts';
import { stateHash } from '../../src/sim/hash.ts';
import { CONTENDERS, REGIONS } from '../../src/sim/ids.ts';
import { canAct, CC_SEATS, SECRETARY_SLOTS, ccTotal } from '../../src/sim/query.ts';
import { RULES_VERSION, type Replay } from '../../src/sim/replay.ts';
import type { Action, GameOptions, GameState } from '../../src/sim/types.ts';
import { allScenarios, OPTIONS, playRandom } from '../helpers.ts';

const TOTAL = Number(process.env.FUZZ_SEEDS ?? 200);

interface FuzzCase {
  scenario: ScenarioData;
  whatifs: string[];
  games: number;
}

function fuzzCases(total: number): FuzzCase[] {
  const scenarios = allScenarios();
  const plain = scenarios.map((scenario) => ({ scenario, whatifs: [] as string[] }));
  const switched = scenarios.flatMap((scenario) => [
    ...scenario.whatifs.map((w) => ({ scenario, whatifs: [w.id] })),
    ...(scenario.whatifs.length > 1
      ? [{ scenario, whatifs: scenario.whatifs.map((w) => w.id) }]
      : []),
  ]);
  const share = (n: number) => Math.max(1, Math.round(total / 2 / n));
  return [
    ...plain.map((c) => ({ ...c, games: share(plain.length) })),
    ...switched.map((c) => ({ ...c, games: share(switched.length) })),
  ];
}

const CASES = fuzzCases(TOTAL);
const label = (c: FuzzCase) =>
  `${c.scenario.id}${c.whatifs.length ? ` + ${c.whatifs.join(', ')}` : ''}`;

function invariantProblems(state: GameState, lastTurn: number, votesSeen: number): string[] {
  const problems: string[] = [];
  for (const r of REGIONS) {
    let used = 0;
    for (const c of CONTENDERS) {
      const n = state.regions[r].secretaries[c] ?? 0;
      if (n < 0) problems.push(`${r}: negative secretaries for ${c}`);
      used += n;
      if (n > 0 && ['expelled', 'exiled', 'dead'].includes(state.contenders[c].status)) {
        problems.push(`${r}: ${c} keeps secretaries after leaving the party`);
      }
    }
    if (used > SECRETARY_SLOTS) problems.push(`${r}: ${used} secretaries > ${SECRETARY_SLOTS}`);
    if (state.regions[r].weight < 1) problems.push(`${r}: no delegates`);
  }
  if (ccTotal(state) !== CC_SEATS) problems.push(`Central Committee has ${ccTotal(state)} seats`);
  if (state.cc.unaligned < 0) problems.push(`${state.cc.unaligned} uncommitted CC seats`);
  for (const c of CONTENDERS) {
    const me = state.contenders[c];
    for (const key of ['prestige', 'health', 'heat'] as const) {
      if (!(me[key] >= 0 && me[key] <= 100)) problems.push(`${c}.${key} = ${me[key]}`);
    }
    if (state.cc[c] < 0) problems.push(`${c} has ${state.cc[c]} CC seats`);
    if (!canAct(state, c) && state.politburo.full.includes(c))
      problems.push(`${c} sits in the Politburo while ${me.status}`);
    if (!canAct(state, c) && state.cc[c] > 0)
      problems.push(`${c} keeps CC seats while ${me.status}`);
  }
  const seats = [...state.politburo.full, ...state.politburo.candidates];
  if (new Set(seats).size !== seats.length) problems.push(`Politburo seats twice: ${seats}`);
  // Every count of a motion or a congress adds up from its ballots; a tie fails.
  for (const v of state.votes.slice(votesSeen)) {
    if (v.spec.kind === 'event_choice') {
      // A choice among options: each ballot counts once, for its option, as the tally says.
      const counted: Record<string, number> = {};
      for (const b of v.ballots)
        counted[b.option ?? '?'] = (counted[b.option ?? '?'] ?? 0) + b.weight;
      const total = Object.values(counted).reduce((x, y) => x + y, 0);
      if (JSON.stringify(counted) !== JSON.stringify(v.spec.tally) || total !== v.yes + v.no)
        problems.push(
          `vote ${v.id} "${v.title}": tally ${JSON.stringify(v.spec.tally)} from ballots ${JSON.stringify(counted)}`,
        );
      continue;
    }
    let yes = 0;
    let no = 0;
    for (const b of v.ballots) {
      if (b.weight < 0) problems.push(`vote ${v.id}: negative weight for ${b.voter}`);
      if (b.choice === 'yes') yes += b.weight;
      if (b.choice === 'no') no += b.weight;
    }
    if (yes !== v.yes || no !== v.no || v.passed !== yes > no)
      problems.push(
        `vote ${v.id} "${v.title}": ${v.yes}\u2013${v.no} from ballots ${yes}\u2013${no}`,
      );
  }
  if (state.turn < lastTurn) problems.push('time went backwards');
  if (state.startQuarter + state.turn > state.endQuarter)
    problems.push(`turn ${state.turn} runs past the scenario's end`);
  return problems;
}

function fail(
  c: FuzzCase,
  options: GameOptions,
  seed: string,
  actions: Action[],
  why: string,
): never {
  mkdirSync('test-output/fuzz-failures', { recursive: true });
  const file = `test-output/fuzz-failures/${seed}.json`;
  const replay: Replay = {
    formatVersion: 1,
    kind: 'heirs-replay',
    rulesVersion: RULES_VERSION,
    scenario: c.scenario.id,
    seed,
    options,
    actions,
  };
  writeFileSync(file, serializeReplay(replay));
  throw new Error(`${label(c)}, seed ${seed}: ${why} (replay written to ${file})`);
}

/** Play a case's games; `extraCheck` lets a test plant a failure after any step. */
function fuzz(c: FuzzCase, extraCheck?: (state: GameState, steps: number) => void): Set<string> {
  const options: GameOptions = { ...OPTIONS, whatifs: c.whatifs };
  const endings = new Set<string>();
  for (let i = 0; i < c.games; i++) {
    const seed = `fuzz-${c.scenario.id}-${c.whatifs.join('+') || 'plain'}-${i}`;
    let lastTurn = 0;
    let votesSeen = 0;
    const played: Action[] = [];
    let state: GameState;
    try {
      state = playRandom(
        seed,
        c.scenario,
        (s, action) => {
          played.push(action);
          const problems = invariantProblems(s, lastTurn, votesSeen);
          lastTurn = s.turn;
          votesSeen = s.votes.length;
          if (problems.length) throw new Error(problems.join('; '));
          extraCheck?.(s, played.length);
        },
        options,
      ).state;
    } catch (e) {
      fail(c, options, seed, played, e instanceof Error ? e.message : String(e));
    }
    if (state.phase !== 'over') fail(c, options, seed, played, `dead end in phase ${state.phase}`);
    if (!state.outcome) fail(c, options, seed, played, 'no outcome');
    const unfated = CONTENDERS.filter((id) => !state.outcome?.fates[id]);
    if (unfated.length) fail(c, options, seed, played, `no fate for ${unfated.join(', ')}`);
    if (state.options.whatifs.join() !== c.whatifs.join())
      fail(c, options, seed, played, `played with switches ${state.options.whatifs}`);
    endings.add(stateHash(state));
  }
  return endings;
}

describe(`fuzzer: ${TOTAL} games of random legal play`, () => {
  it('covers every scenario file and every what-if switch in its scenario', () => {
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
    const ids = files.map(
      (f) => (JSON.parse(readFileSync(`scenarios/${f}`, 'utf8')) as { id: string }).id,
    );
    expect(new Set(CASES.map((c) => c.scenario.id))).toEqual(new Set(ids));
    for (const sc of allScenarios()) {
      const covered = new Set(
        CASES.filter((c) => c.scenario.id === sc.id && c.whatifs.length === 1).map(
          (c) => c.whatifs[0],
        ),
      );
      expect(covered, sc.id).toEqual(new Set(sc.whatifs.map((w) => w.id)));
    }
    expect(CASES.every((c) => c.games >= 1)).toBe(true);
  });

  it.each(CASES.map((c) => [label(c), c] as const))(
    '%s: every game ends, with the invariants intact at every step',
    (_, c) => {
      const endings = fuzz(c);
      // Each seed must explore a game of its own: a driver that ignored the seed, or games that
      // ended before anyone chose anything, would give the same final state again and again.
      expect(endings.size).toBe(c.games);
    },
  );

  it('a failure leaves a replay that re-runs to the very state where it failed', () => {
    const switched = CASES.find((c) => c.whatifs.length === 1);
    if (!switched) throw new Error('no what-if switch to test with');
    const c = { ...switched, games: 1 };
    const FAIL_AFTER = 150;
    let hashAtFailure = '';
    let message = '';
    try {
      fuzz(c, (state, steps) => {
        if (steps < FAIL_AFTER) return;
        hashAtFailure = stateHash(state);
        throw new Error('planted failure');
      });
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    const file = /replay written to (\S+)\)$/.exec(message)?.[1];
    expect(message).toContain('planted failure');
    if (!file) throw new Error(`no replay named in: ${message}`);
    const replay = parseReplay(file, readFileSync(file, 'utf8'));
    rmSync(file);
    if (!replay.ok) throw new Error(replay.error.what);
    expect(replay.value.actions).toHaveLength(FAIL_AFTER);
    expect(replay.value.options.whatifs).toEqual(c.whatifs);
    const rerun = runReplay(c.scenario, replay.value);
    expect(rerun.ok && rerun.hash).toBe(hashAtFailure);
  });
});
