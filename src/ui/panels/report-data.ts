// Everything the game-over report shows, as plain data: rendered as a page (report.ts) and as
// Markdown (report-markdown.ts). The raw state is allowed here: the game is over.
import { aimsFor } from '../../sim/aims.ts';
import { cleanStudentName } from '../../io/student-name.ts';
import { gradeAims } from '../../sim/aims.ts';
import { CONTENDER_INFO } from '../../content/people.ts';
import { toReplay } from '../../lab/run-game.ts';
import { aiInSeat } from '../../lab/same-seed.ts';
import type { ScenarioData } from '../../content/types.ts';
import { buildReport, type TimelineRow } from '../../sim/report.ts';
import { quarterLabel } from '../../sim/calendar.ts';
import { stateHash } from '../../sim/hash.ts';
import { CONTENDERS, type ContenderId, type Fate } from '../../sim/ids.ts';
import type { Replay } from '../../sim/replay.ts';
import type { Action, GameState } from '../../sim/types.ts';
import type { AiNote } from '../../machine/game-machine.ts';
import type { BranchOf } from '../../io/replay.ts';
import { FATE_LABEL } from '../board/over-model.ts';
import { historiansFor, type HistorianView, type Prompt } from './report-bridge.ts';

export type TimelineItem = TimelineRow;

export interface ReportData {
  scenarioTitle: string;
  seed: string;
  player: ContenderId;
  playerName: string;
  /** The student who played ('' when not given): untrusted text, shown only as text. */
  student: string;
  difficulty: string;
  whatifs: string[];
  /** How often the player asked the adviser; null when not known (a game rebuilt from a replay). */
  adviceAsked: number | null;
  reason: string;
  winner: string | null;
  /** The same seed with the AI in the player's seat (absent when the scenario is unknown). */
  aiSameSeed: { label: string; score: number; aimsMet: boolean; winner: string | null } | null;
  /** The player's own aims (a win short of supremacy), graded. */
  aims: {
    summary: string;
    met: boolean;
    conditions: { label: string; met: boolean }[];
    inHistory: string;
  };
  fates: {
    id: ContenderId;
    name: string;
    fate: Fate;
    label: string;
    score: number;
    colour: string;
  }[];
  /** Power index per contender per quarter, with the quarter's label. */
  power: {
    labels: string[];
    series: { id: ContenderId; name: string; colour: string; values: number[] }[];
  };
  /** The falls of the real struggle beside yours, then the deck's events beside yours. */
  milestones: TimelineItem[];
  events: TimelineItem[];
  /** Secretaries in all regions: what the player believed each rival had, and the truth. */
  estimates: { name: string; believed: number; actual: number }[];
  secrets: string[];
  /** Said before the historians: a simulation shows what its rules assume. */
  caveat: string;
  historians: HistorianView[];
  /** Historians' readings the game cannot measure. */
  historianNotes: { name: string; view: string; date: string; ref: string }[];
  prompts: Prompt[];
  hash: string;
  replay: Replay;
}

function sameSeed(scenario: ScenarioData, state: GameState, player: ContenderId) {
  const r = aiInSeat(scenario, state, player);
  return {
    label: FATE_LABEL[r.fate],
    score: r.score,
    aimsMet: r.aimsMet,
    winner: r.winner ? CONTENDER_INFO[r.winner].name : null,
  };
}

/** A finished game: from the machine, or rebuilt from a replay file. */
export interface FinishedGame {
  game: GameState;
  actions: Action[];
  human: ContenderId | null;
  /** The AI's reasons (the replay file carries them) and where a taken-over game branched. */
  notes?: AiNote[];
  branchOf?: BranchOf | null;
  /** How often the player asked the adviser (absent: not known). */
  adviceAsked?: number;
  /** The student who played (cleaned; '' or absent when not given). */
  student?: string;
}

export function buildReportData(
  ctx: FinishedGame,
  scenarioTitle: string,
  scenario: ScenarioData | null = null,
): ReportData {
  const state = ctx.game;
  const outcome = state.outcome;
  if (!outcome) throw new Error('the game is not over');
  const player = ctx.human ?? 'trotsky';
  const fates = CONTENDERS.map((id) => ({
    id,
    name: CONTENDER_INFO[id].name,
    fate: outcome.fates[id],
    label: FATE_LABEL[outcome.fates[id]],
    score: outcome.scores[id],
    colour: CONTENDER_INFO[id].colour,
  })).sort((a, b) => b.score - a.score);
  const labels = state.powerHistory.map((_, i) => quarterLabel(state.startQuarter + i));
  const series = CONTENDERS.map((id) => ({
    id,
    name: CONTENDER_INFO[id].name,
    colour: CONTENDER_INFO[id].colour,
    values: state.powerHistory.map((p) => p[id]),
  }));
  const report = buildReport(state);
  const estimates = report.reveal.estimateMiss.map((e) => ({
    name: CONTENDER_INFO[e.contender].name,
    believed: e.believed,
    actual: e.actual,
  }));
  const secrets = report.reveal.secretAlliances
    .filter((a) => !a.members.includes(player))
    .map(
      (a) =>
        `${CONTENDER_INFO[a.members[0]].name} and ${CONTENDER_INFO[a.members[1]].name} had a secret understanding (since ${a.since}).`,
    );
  const { historians, prompts } = historiansFor(report);
  return {
    scenarioTitle,
    seed: state.seed,
    player,
    playerName: CONTENDER_INFO[player].name,
    student: cleanStudentName(ctx.student ?? ''),
    difficulty: state.options.difficulty,
    whatifs: state.options.whatifs,
    adviceAsked: ctx.adviceAsked ?? null,
    reason: outcome.reason,
    winner: outcome.winner ? CONTENDER_INFO[outcome.winner].name : null,
    aiSameSeed: scenario ? sameSeed(scenario, state, player) : null,
    aims: {
      summary: aimsFor(state.scenario, player).summary,
      met: outcome.aimsMet.includes(player),
      conditions: gradeAims(state, outcome.fates)[player].conditions,
      inHistory: aimsFor(state.scenario, player).inHistory,
    },
    fates,
    power: { labels, series },
    milestones: report.milestones,
    events: report.events,
    estimates,
    secrets,
    caveat: report.caveat,
    historians,
    historianNotes: report.historianNotes.map((n) => ({
      name: n.historians.join(', ').replace(/, ([^,]*)$/, ' and $1'),
      view: n.view,
      date: n.date,
      ref: n.ref,
    })),
    prompts,
    hash: stateHash(state),
    replay: toReplay(state, ctx.actions, {
      notes: ctx.notes,
      branchOf: ctx.branchOf ?? undefined,
      student: cleanStudentName(ctx.student ?? '') || undefined,
    }),
  };
}

/**
 * One aim and its verdict. The aim is quoted as what the player aimed for: "Not reached: Stalin
 * is not the supreme leader" read as a contradiction when Stalin was exactly that.
 */
export function aimVerdict(c: { label: string; met: boolean }): string {
  return `Your aim \u201c${c.label}\u201d: ${c.met ? 'reached' : 'not reached'}.`;
}

/**
 * "You, Trotsky: survived in the Politburo, score 51.5." Only the fate's first letter is made
 * small: lowering the whole label printed "the politburo".
 */
export function yourFateWords(name: string, fate: string, score: number): string {
  return `You, ${name}: ${fate.charAt(0).toLowerCase()}${fate.slice(1)}, score ${score}.`;
}

/**
 * Why a supreme leader can share the Politburo with rivals who "survived" there: a student read
 * "Stalin: supreme" above five rivals still in the Politburo as a contradiction. Null when no one
 * is supreme, or no rival kept his seat.
 */
export function supremeNote(fates: ReportData['fates']): string | null {
  const top = fates.find((f) => f.fate === 'supreme');
  const seated = fates.filter((f) => f.fate === 'survived' || f.fate === 'collective').length;
  if (!top || seated === 0) return null;
  return `Supreme does not mean alone: at the end ${top.name} has a large bloc in the Central Committee, far more power than anyone else, and most of the Politburo voting with him, so the others\u2019 seats no longer decide anything.`;
}

/** The report's line on the adviser, or null when the count is not known. */
export function adviceWords(asked: number | null): string | null {
  if (asked === null) return null;
  if (asked === 0) return 'You played without asking the adviser.';
  return `You asked the adviser ${asked === 1 ? 'once' : `${asked} times`}.`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '1927-11' or '1927-11-14' → 'Nov 1927'; null → 'never'. */
export function monthLabel(date: string | null): string {
  if (!date) return 'never';
  const m = /^(\d{4})-(\d{2})/.exec(date);
  return m ? `${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`.trim() : date;
}
