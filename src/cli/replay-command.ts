// `heirs replay`: check a replay file to its last step (finished or not, a branch and its
// parent), then print the summary of the game, or where an unfinished one stands.
import type { ScenarioData } from '../content/types.ts';
import { CONTENDER_INFO } from '../content/people.ts';
import { parseReplay, type ReplayFile } from '../io/replay.ts';
import { summarise } from '../lab/run-game.ts';
import { actionsHash, checkReplay, replayId } from '../machine/replay.ts';
import { quarterToYyyyMm } from '../sim/calendar.ts';
import { nextDecision } from '../sim/flow.ts';
import { CONTENDERS, type ContenderId } from '../sim/ids.ts';
import type { GameState } from '../sim/types.ts';
import { parse, UsageError } from './args.ts';
import { loadScenario, readText } from './files.ts';
import { printSummary } from './game-commands.ts';
import { InputError, unwrap, type Io } from './io.ts';

export function replayCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse(
    argv,
    { json: { type: 'boolean' }, scenario: { type: 'string' }, parent: { type: 'string' } },
    1,
  );
  const file = positionals[0];
  if (!file) throw new UsageError('name a replay file: heirs replay <file>');
  const replay = unwrap(parseReplay(file, unwrap(readText(file))));
  const scenario = unwrap(loadScenario(values.scenario ?? replay.scenario));
  if (values.parent) checkParent(values.parent, replay, scenario);
  else if (replay.branchOf && replay.branchOf.step > 0 && !values.json)
    io.out(
      `(A branch of replay ${replay.branchOf.parent.slice(0, 8)}: add --parent <its file> to check that one too.)`,
    );
  const check = checkReplay(scenario, replay);
  if (!check.ok)
    throw new InputError({
      file,
      where: check.where,
      what: check.what,
    });
  if (!check.finished) {
    const summary = unfinishedSummary(replay, check.state, check.hash);
    if (values.json) io.out(JSON.stringify(summary));
    else {
      if (replay.branchOf) io.out(branchLine(replay));
      printUnfinished(io, summary);
    }
    return 0;
  }
  const summary = summarise(check.state);
  if (values.json) io.out(JSON.stringify(summary));
  else {
    if (replay.branchOf) io.out(branchLine(replay));
    printSummary(io, summary, check.state);
  }
  return 0;
}

function branchLine(replay: ReplayFile): string {
  const b = replay.branchOf;
  if (!b) return '';
  const seat = b.seat ? `, played on as ${CONTENDER_INFO[b.seat].name}` : '';
  return `A branch of replay ${b.parent.slice(0, 8)}: its first ${b.step} decisions are the parent's (checked)${seat}.`;
}

/** A branch's parent: the file it names, replaying to its own end, sharing the branch's first steps. */
function checkParent(parentFile: string, replay: ReplayFile, scenario: ScenarioData): void {
  const branch = replay.branchOf;
  if (!branch)
    throw new InputError({
      file: parentFile,
      where: 'branchOf',
      what: 'the replay is not a branch of another',
    });
  const parent = unwrap(parseReplay(parentFile, unwrap(readText(parentFile))));
  const id = replayId(parent);
  if (id !== branch.parent)
    throw new InputError({
      file: parentFile,
      where: 'branchOf.parent',
      what: `this is replay ${id.slice(0, 8)}, but the branch names ${branch.parent.slice(0, 8)}`,
    });
  const check = checkReplay(scenario, parent);
  if (!check.ok)
    throw new InputError({
      file: parentFile,
      where: check.where,
      what: check.what,
    });
  const shared = parent.actions.slice(0, branch.step);
  if (actionsHash(shared) !== actionsHash(replay.actions.slice(0, branch.step)))
    throw new InputError({
      file: parentFile,
      where: 'actions',
      what: `the branch's first ${branch.step} decisions differ from this replay's`,
    });
}

/** What `heirs replay --json` prints for a replay that stops before the end of the game. */
export interface UnfinishedSummary {
  scenario: string;
  seed: string;
  faction: ContenderId | null;
  unfinished: true;
  decisions: number;
  turn: number;
  date: string;
  phase: string;
  next: { contender: ContenderId; phase: string } | null;
  contenders: Record<
    ContenderId,
    { status: string; prestige: number; health: number; posts: string[] }
  >;
  branchOf: ReplayFile['branchOf'] | null;
  stateHash: string;
}

function unfinishedSummary(replay: ReplayFile, state: GameState, hash: string): UnfinishedSummary {
  const contenders = {} as UnfinishedSummary['contenders'];
  for (const c of CONTENDERS) {
    const s = state.contenders[c];
    const posts = Object.entries(state.posts)
      .filter(([, holder]) => holder === c)
      .map(([post]) => post);
    contenders[c] = { status: s.status, prestige: s.prestige, health: s.health, posts };
  }
  return {
    scenario: state.scenario,
    seed: state.seed,
    faction: state.options.faction,
    unfinished: true,
    decisions: replay.actions.length,
    turn: state.turn + 1,
    date: quarterToYyyyMm(state.startQuarter + state.turn),
    phase: state.phase,
    next: nextDecision(state),
    contenders,
    branchOf: replay.branchOf ?? null,
    stateHash: hash,
  };
}

function printUnfinished(io: Io, u: UnfinishedSummary): void {
  io.out(
    `Scenario ${u.scenario}, seed '${u.seed}': an unfinished replay, checked to its last step.`,
  );
  io.out(
    `It stops after ${u.decisions} decisions, in turn ${u.turn} (${u.date}), ${u.phase} phase${u.next ? `, with ${CONTENDER_INFO[u.next.contender].name} to decide next` : ''}.`,
  );
  io.out('');
  io.out('Where everyone stands:');
  for (const c of CONTENDERS) {
    const s = u.contenders[c];
    const posts = s.posts.length ? `, ${s.posts.join(', ')}` : '';
    io.out(
      `  ${CONTENDER_INFO[c].name.padEnd(10)} ${s.status.padEnd(9)} prestige ${String(s.prestige).padStart(3)}${posts}`,
    );
  }
  io.out('');
  io.out(`State hash at the last step: ${u.stateHash}`);
}
