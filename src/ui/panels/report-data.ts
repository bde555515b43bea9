// Everything the game-over report shows, as plain data: rendered as a page (report.ts) and as
// Markdown (report-markdown.ts). The raw state is allowed here: the game is over.
import { CONTENDER_INFO } from '../../content/people.ts';
import type { ScenarioData } from '../../content/types.ts';
import { EVENT_BY_ID } from '../../content/events.ts';
import { decisiveMoments, toReplay } from '../../lab/run-game.ts';
import { historicalCalendar } from '../../sim/history.ts';
import { quarterLabel } from '../../sim/calendar.ts';
import { stateHash } from '../../sim/hash.ts';
import { CONTENDERS, type ContenderId, type Fate } from '../../sim/ids.ts';
import { controlledDelegates } from '../../sim/query.ts';
import type { Replay } from '../../sim/replay.ts';
import type { Action, GameState } from '../../sim/types.ts';
import { view } from '../../sim/view.ts';
import { delegatesOf } from '../board/model.ts';
import { FATE_LABEL } from '../board/over-model.ts';
import { historiansFor, type HistorianView, type Prompt } from './report-bridge.ts';

export interface TimelineItem {
  when: string;
  text: string;
}

export interface ReportData {
  scenarioTitle: string;
  seed: string;
  player: ContenderId;
  playerName: string;
  difficulty: string;
  whatifs: string[];
  reason: string;
  winner: string | null;
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
  yourTimeline: TimelineItem[];
  historyTimeline: TimelineItem[];
  divergences: string[];
  estimates: { name: string; believed: number; actual: number }[];
  secrets: string[];
  historians: HistorianView[];
  prompts: Prompt[];
  hash: string;
  replay: Replay;
}

/** A finished game: from the machine, or rebuilt from a replay file. */
export interface FinishedGame {
  game: GameState;
  actions: Action[];
  human: ContenderId | null;
}

export function buildReportData(
  ctx: FinishedGame,
  scenario: ScenarioData | null,
  scenarioTitle: string,
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
  const yourTimeline: TimelineItem[] = [];
  const seenEvents = new Set<string>();
  for (const entry of state.log) {
    if (entry.visibleTo) continue;
    const cause = entry.cause ?? '';
    if (entry.kind === 'event' && cause.startsWith('event:') && !seenEvents.has(cause)) {
      seenEvents.add(cause);
      const def = EVENT_BY_ID[cause.slice(6)];
      if (def)
        yourTimeline.push({ when: quarterLabel(state.startQuarter + entry.turn), text: def.title });
    }
  }
  for (const line of decisiveMoments(state)) {
    const [date, ...rest] = line.split('  ');
    yourTimeline.push({ when: date, text: rest.join('  ') });
  }
  const historyTimeline = scenario
    ? historicalCalendar(scenario).map((c) => ({ when: c.date, text: `${c.title}: ${c.note}` }))
    : [];
  const divergences = state.firedEvents
    .filter((f) => f.startsWith('skipped:'))
    .map((f) => EVENT_BY_ID[f.slice(8)])
    .filter((d) => d !== undefined)
    .map(
      (d) =>
        `${d.title} (${d.date}) did not happen in your game${d.skippedBecause ? `: ${d.skippedBecause}` : '.'}`,
    );
  const playerView = view(state, player);
  const estimates = CONTENDERS.filter((c) => c !== player).map((c) => ({
    name: CONTENDER_INFO[c].name,
    believed: Math.round(delegatesOf(playerView, c)),
    actual: Math.round(controlledDelegates(state, c)),
  }));
  const secrets = state.alliances
    .filter((a) => a.secret && !a.members.includes(player))
    .map(
      (a) =>
        `${CONTENDER_INFO[a.members[0]].name} and ${CONTENDER_INFO[a.members[1]].name} had a secret understanding (since ${quarterLabel(state.startQuarter + a.since)}).`,
    );
  const { historians, prompts } = historiansFor(state);
  return {
    scenarioTitle,
    seed: state.seed,
    player,
    playerName: CONTENDER_INFO[player].name,
    difficulty: state.options.difficulty,
    whatifs: state.options.whatifs,
    reason: outcome.reason,
    winner: outcome.winner ? CONTENDER_INFO[outcome.winner].name : null,
    fates,
    power: { labels, series },
    yourTimeline,
    historyTimeline,
    divergences,
    estimates,
    secrets,
    historians,
    prompts,
    hash: stateHash(state),
    replay: toReplay(state, ctx.actions),
  };
}
