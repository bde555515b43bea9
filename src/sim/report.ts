// The game-over report: everyone's fate, power over time, your timeline beside history's, the
// hidden game revealed (secret alliances, how far estimates were off), and the evidence the
// historians' explanations can be tested against.
import { sortDay } from './history.ts';
import { EVENTS } from '../content/events.ts';
import {
  HISTORIAN_NOTES,
  HISTORIANS,
  MODEL_QUESTION,
  REPORT_CAVEAT,
  type HistorianNote,
} from '../content/historians.ts';
import { quarterOf, quarterToYyyyMm } from './calendar.ts';
import { CONTENDERS, REGIONS, type ContenderId } from './ids.ts';
import { nameOf } from './query.ts';
import { leadingContender, measureSignals, type Signal, type SignalId } from './signals.ts';
import type { GameState, Outcome, Status } from './types.ts';
import { estimateError, estimateSecretaries } from './view.ts';

/** Milestones of the real struggle: who fell, and when (fact sheet dates). */
export const HISTORICAL_MILESTONES: readonly {
  contender: ContenderId;
  what: 'left the Politburo' | 'expelled' | 'exiled';
  date: string;
}[] = [
  { contender: 'zinoviev', what: 'left the Politburo', date: '1926-07' },
  { contender: 'trotsky', what: 'left the Politburo', date: '1926-10' },
  { contender: 'kamenev', what: 'left the Politburo', date: '1926-10' },
  { contender: 'trotsky', what: 'expelled', date: '1927-11' },
  { contender: 'zinoviev', what: 'expelled', date: '1927-11' },
  { contender: 'kamenev', what: 'expelled', date: '1927-12' },
  { contender: 'trotsky', what: 'exiled', date: '1928-01' },
  { contender: 'bukharin', what: 'left the Politburo', date: '1929-11' },
];

export interface TimelineRow {
  title: string;
  historyDate: string | null;
  gameDate: string | null;
  /** true when the game's course differs from the record by more than a quarter, or not at all. */
  diverged: boolean;
  note: string;
}

export interface Reveal {
  /** Alliances that were secret, with when they began. */
  secretAlliances: { members: [ContenderId, ContenderId]; since: string }[];
  /** For each rival: the total secretaries the viewer misjudged across all regions. */
  estimateMiss: { contender: ContenderId; believed: number; actual: number }[];
}

export interface Explanation {
  id: string;
  school: string;
  historians: string[];
  argument: string;
  /** How far this game's evidence supports the explanation. */
  support: 'strong' | 'some' | 'little';
  score: number;
  /** The measured evidence, each with what it means for this explanation. */
  evidence: { text: string; meaning: string; strength: number }[];
  /**
   * Essay prompts, each paired with the strongest evidence from this game and a question about
   * the model that produced that evidence.
   */
  prompts: { question: string; evidence: string; aboutTheModel: string }[];
  /** What the game's rules assume that bears on this explanation. */
  inTheModel: string;
}

export interface GameReport {
  outcome: Outcome;
  player: ContenderId | null;
  subject: ContenderId;
  powerSeries: { date: string; power: Record<ContenderId, number> }[];
  milestones: TimelineRow[];
  events: TimelineRow[];
  signals: Record<SignalId, Signal>;
  /** Said before any historian: a simulation shows what its rules assume. */
  caveat: string;
  explanations: Explanation[];
  /** Historians' readings the game cannot measure, with the dates of their works. */
  historianNotes: readonly HistorianNote[];
  reveal: Reveal;
}

function gameDateOf(state: GameState, turn: number): string {
  return quarterToYyyyMm(state.startQuarter + turn);
}

function divergedDates(history: string, game: string | null): boolean {
  if (!game) return true;
  return Math.abs(quarterOf(history.slice(0, 7)) - quarterOf(game)) > 1;
}

const MILESTONE_STATUS: Record<'expelled' | 'exiled', Status[]> = {
  expelled: ['expelled', 'exiled'],
  exiled: ['exiled'],
};

function milestoneRows(state: GameState): TimelineRow[] {
  const start = state.startQuarter;
  const rows: TimelineRow[] = [];
  for (const m of HISTORICAL_MILESTONES) {
    if (quarterOf(m.date) < start) continue;
    let gameDate: string | null = null;
    if (m.what === 'left the Politburo') {
      const fall = state.fallen.find((f) => f.contender === m.contender);
      gameDate = fall ? gameDateOf(state, fall.turn) : null;
    } else {
      const status = m.what === 'expelled' ? 'expelled' : 'exiled';
      const line = state.log.find(
        ({ outcome: o }) =>
          o.what === 'status' && o.status === status && o.contenders[0] === m.contender,
      );
      gameDate = line ? gameDateOf(state, line.turn) : null;
      if (!gameDate && MILESTONE_STATUS[m.what].includes(state.contenders[m.contender].status)) {
        gameDate = gameDateOf(state, state.turn);
      }
    }
    const name = nameOf(m.contender);
    rows.push({
      title: `${name} ${m.what}`,
      historyDate: m.date,
      gameDate,
      diverged: divergedDates(m.date, gameDate),
      note: gameDate
        ? `In your game: ${gameDate}.`
        : `In your game ${name} was never ${m.what === 'left the Politburo' ? 'driven out of the Politburo' : m.what}.`,
    });
  }
  // Falls that history did not have.
  for (const f of state.fallen) {
    if (
      HISTORICAL_MILESTONES.some(
        (m) => m.contender === f.contender && m.what === 'left the Politburo',
      )
    )
      continue;
    rows.push({
      title: `${nameOf(f.contender)} left the Politburo`,
      historyDate: null,
      gameDate: gameDateOf(state, f.turn),
      diverged: true,
      note: 'This did not happen in 1922\u20131929.',
    });
  }
  return rows;
}

function eventRows(state: GameState): TimelineRow[] {
  const firstTurn = new Map<string, number>();
  for (const { outcome: o, turn } of state.log) {
    if (o.what === 'event' && o.happened && !firstTurn.has(o.event)) firstTurn.set(o.event, turn);
  }
  const rows: (TimelineRow & { key: string })[] = [];
  for (const e of EVENTS) {
    const q = quarterOf(e.date.slice(0, 7));
    if (q < state.startQuarter || q > state.startQuarter + state.turn) continue;
    const turn = firstTurn.get(e.id);
    const gameDate = turn === undefined ? null : gameDateOf(state, turn);
    const skipped = state.eventStatus[e.id] === 'skipped';
    rows.push({
      key: sortDay(e.date, e.bestKnown),
      title: e.title,
      historyDate: e.date,
      gameDate,
      diverged: skipped || divergedDates(e.date, gameDate),
      note: skipped
        ? (e.skippedBecause ?? 'Your game had moved on: it did not happen.')
        : gameDate
          ? ''
          : 'It did not happen in your game.',
    });
  }
  // In true order: month-only dates at their best-known day, cause before effect (history.ts).
  return rows.sort((a, b) => a.key.localeCompare(b.key)).map(({ key: _key, ...row }) => row);
}

function reveal(state: GameState, viewer: ContenderId | null): Reveal {
  const secretAlliances = state.alliances
    .filter((a) => a.secret)
    .map((a) => ({ members: a.members, since: gameDateOf(state, a.since) }));
  const estimateMiss: Reveal['estimateMiss'] = [];
  if (viewer) {
    const error = estimateError(state, viewer);
    for (const c of CONTENDERS) {
      if (c === viewer) continue;
      let believed = 0;
      let actual = 0;
      for (const r of REGIONS) {
        believed += estimateSecretaries(state, viewer, c, r, error);
        actual += state.regions[r].secretaries[c] ?? 0;
      }
      estimateMiss.push({ contender: c, believed, actual });
    }
  }
  return { secretAlliances, estimateMiss };
}

/** Weigh each historians' school against the signals this game measured, strongest first. */
export function explain(signals: Record<SignalId, Signal>): Explanation[] {
  const out = HISTORIANS.map((h) => {
    const evidence = h.signals.map((s) => ({
      text: signals[s.signal].text,
      meaning: s.meaning,
      strength: signals[s.signal].strength,
    }));
    const score = evidence.reduce((sum, e) => sum + e.strength, 0) / Math.max(1, evidence.length);
    const best = [...evidence].sort((a, b) => b.strength - a.strength)[0];
    return {
      id: h.id,
      school: h.school,
      historians: h.historians,
      argument: h.argument,
      support:
        score >= 0.6 ? ('strong' as const) : score >= 0.3 ? ('some' as const) : ('little' as const),
      score: Math.round(score * 100) / 100,
      evidence,
      prompts: h.prompts.map((question) => ({
        question,
        evidence: best?.text ?? '',
        aboutTheModel: MODEL_QUESTION,
      })),
      inTheModel: h.inTheModel,
    };
  });
  return out.sort((a, b) => b.score - a.score);
}

export function buildReport(state: GameState): GameReport {
  if (!state.outcome) throw new Error('buildReport: the game is not over');
  const subject = leadingContender(state);
  const signals = measureSignals(state, subject);
  return {
    outcome: state.outcome,
    player: state.options.faction,
    subject,
    powerSeries: state.powerHistory.map((power, turn) => ({
      date: gameDateOf(state, turn),
      power,
    })),
    milestones: milestoneRows(state),
    events: eventRows(state),
    signals,
    caveat: REPORT_CAVEAT,
    explanations: explain(signals),
    historianNotes: HISTORIAN_NOTES,
    reveal: reveal(state, state.options.faction),
  };
}
