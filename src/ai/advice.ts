// The adviser: the planner (src/ai/planner.ts) run for the player on request, from the player's
// own view only, with its three best moves put in plain words a 15-year-old can read and the
// odds it found in the futures it tried. Pure: the browser runs it in a Web Worker
// (src/ui/adviser/), tests and scripts in Node.
import { regionInSentence } from '../content/people.ts';
import { currentQuarter, nextGathering, quarterOf } from '../sim/calendar.ts';
import type { ContenderId } from '../sim/ids.ts';
import { previewAction } from '../sim/actions/table.ts';
import { inPolitburo, nameOf } from '../sim/query.ts';
import { SideStream } from '../sim/rng.ts';
import type { Action, GameState, MotionSpec } from '../sim/types.ts';
import { aimsFor } from '../sim/aims.ts';
import type { PlayerView } from '../sim/view.ts';
import {
  ADVISED_MOVES,
  gatherFutures,
  movesToShow,
  planShape,
  playFutures,
  PLANNER_BUDGETS,
  weighFutures,
  type Considered,
  type PlannerBudget,
  type PlanPart,
} from './planner.ts';
import type { FutureReading } from './value.ts';
import type { RunFuture } from './planner-types.ts';
import { HEURISTICS } from './policy.ts';

export interface AdvisedMove {
  action: Action;
  /** The move as the move panel names it. */
  title: string;
  /** Why it might be good, in plain words. */
  why: string;
  /** What the futures said, in plain words with the numbers. */
  odds: string;
  /** The planner's average value of the move (higher is better; only for comparing). */
  rating: number;
  futures: number;
  /** Share of futures in which the player sat in the Politburo at the end of the look-ahead. */
  seated: number;
  /** Share of futures in which the player was winning there (supreme or his aims met). */
  winning: number;
}

export interface Advice {
  /** Best first; three when there are three moves to weigh. */
  moves: AdvisedMove[];
  /** Futures tried for each move, and how many quarters each looked ahead. */
  futuresEach: number;
  quarters: number;
}

/**
 * Weigh the player's moves from his view. `seed` makes the advice repeatable (the same
 * position and seed give the same advice); nothing here touches the game.
 */
export function advise(
  seen: PlayerView,
  seed: string,
  rules: RunFuture,
  budget: PlannerBudget = PLANNER_BUDGETS.adviser,
): Advice {
  const futures = adviceFutures(seen, seed, rules, { index: 0, of: 1 }, budget);
  return adviceFrom(seen, gatherFutures([futures]), budget);
}

/**
 * One part of the futures the adviser plays for this position (src/ui/adviser: each Web
 * Worker plays a part). The parts' futures, gathered in order, give adviceFrom exactly what
 * advise() plays in one thread.
 */
export function adviceFutures(
  seen: PlayerView,
  seed: string,
  rules: RunFuture,
  part: PlanPart,
  budget: PlannerBudget = PLANNER_BUDGETS.adviser,
): (FutureReading[] | null)[] {
  const shape = planShape(seen, budget, HEURISTICS, 'challenger');
  const stream = new SideStream(`adviser|${seed}`);
  return playFutures(seen, shape, stream, HEURISTICS, 'challenger', rules, part);
}

/** The advice, from every future played for this position (in order). */
export function adviceFrom(
  seen: PlayerView,
  futures: readonly (readonly FutureReading[])[],
  budget: PlannerBudget = PLANNER_BUDGETS.adviser,
): Advice {
  const p = weighFutures(planShape(seen, budget, HEURISTICS, 'challenger'), budget, futures);
  const weighed = movesToShow(p.considered, ADVISED_MOVES);
  const odds = oddsInPlainWords(seen, weighed, p.quarters);
  const moves = weighed.map((c, i) => advisedMove(seen, c, odds[i]));
  return { moves, futuresEach: p.considered[0]?.futures ?? 0, quarters: p.quarters };
}

function advisedMove(seen: PlayerView, c: Considered, odds: string): AdvisedMove {
  return {
    action: c.action,
    title: previewAction(seen, c.action).title,
    why: whyInPlainWords(seen, c.action),
    odds,
    rating: Math.round(c.value),
    futures: c.futures,
    seated: c.seated,
    winning: c.winning,
  };
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * "In how many of the futures", said as a person would: none and all are words, not 0% and
 * 100%; a share that only rounds to 0% or 100% is said to be under 1% or over 99%.
 */
function inShare(x: number): string {
  if (x <= 0) return 'in none of them';
  if (x >= 1) return 'in every one of them';
  return `in ${shareWord(x)} of them`;
}

/** A share after "against": "none", "all", or a percentage that never rounds to 0% or 100%. */
function shareWord(x: number): string {
  if (x <= 0) return 'none';
  if (x >= 1) return 'all';
  const p = Math.round(x * 100);
  return p === 0 ? 'under 1%' : p === 100 ? 'over 99%' : `${p}%`;
}

/** What the player's secretaries would send to a congress, said without "0%". */
function delegatesSent(x: number): string {
  if (x <= 0) return 'your secretaries would send no delegates to a congress';
  if (x >= 1) return 'your secretaries would send every delegate to a congress';
  return `your secretaries would send ${shareWord(x)} of the delegates to a congress`;
}

const CHOICE = ['first', 'second', 'third', 'fourth', 'fifth'];
const COUNT = ['no', 'one', 'two', 'three', 'four'];
const choice = (i: number) => `my ${CHOICE[i] ?? 'next'} choice`;

/**
 * What the futures said of each move, best first. The figures shown (a seat in the Politburo,
 * and the delegates or the win) are often the same for every move: then they are said once,
 * and each move says instead what set it above the next one, and only what the numbers show.
 */
export function oddsInPlainWords(
  seen: PlayerView,
  moves: Considered[],
  quarters: number,
): string[] {
  if (moves.every((c) => c.futures === 0)) {
    return moves.map(() => 'This is the only move you have, so I did not need to look ahead.');
  }
  const ahead = `${quarters} quarter${quarters === 1 ? '' : 's'} ahead`;
  const seated = inPolitburo(seen, seen.viewer);
  // Near the end, whether the game would be won; before that, the delegates one's secretaries
  // would send to a congress (who wins in 1929 is not yet to be read in 1923).
  const quartersLeft = seen.endQuarter - seen.startQuarter - seen.turn;
  const late = quartersLeft <= quarters + 2;
  const figures = (c: Considered) => {
    const seat = seated
      ? `this kept you in the Politburo ${inShare(c.seated)}`
      : `you were back in the Politburo ${inShare(c.seated)}`;
    const more = late
      ? `, and you were winning (supreme, or your aims met) ${inShare(c.winning)}`
      : `, and ${delegatesSent(c.delegateShare)}`;
    return `${seat}${more}`;
  };
  const first = figures(moves[0]);
  const allSame = moves.every((c) => figures(c) === first);
  const others =
    moves.length === 2 ? 'The other move' : `The other ${COUNT[moves.length - 1]} moves`;
  return moves.map((c, i) => {
    const said =
      i === 0
        ? `In ${c.futures} futures I tried, looking ${ahead}, ${first}.${allSame && moves.length > 1 ? ` ${others} did just as well on these counts.` : ''}`
        : allSame
          ? ''
          : `In the same futures, ${figures(c)}.`;
    const next = moves[i + 1];
    const rank = next
      ? `${capital(choice(i))}: ${aboveNext(c, next, choice(i + 1))}`
      : `${capital(choice(i))}.`;
    return said ? `${said} ${rank}` : rank;
  });
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Why a move ranks above the next: its futures, or, where they tell nothing, the heuristic. */
function aboveNext(c: Considered, next: Considered, nextName: string): string {
  const gap = c.futureValue - next.futureValue;
  // The planner ranks by the futures' value plus the heuristic's small head start (planner.ts).
  if (gap > 1e-9) {
    const lead = betterOn(c, next);
    return `its futures came out ${gap < 1 ? 'a little ' : ''}better than those of ${nextName}${lead ? `; for one thing, ${lead}` : ', though no single figure I can show you tells them apart'}.`;
  }
  const how = gap < -1e-9 ? 'a little worse than' : 'just as good as';
  return `its futures came out ${how} those of ${nextName}, but my rules of thumb rate it higher, and a few futures are not enough to overrule them.`;
}

/** The first figure a student knows from the board on which `c`'s futures beat `next`'s. */
function betterOn(c: Considered, next: Considered): string | null {
  const pc = (x: number) => Math.round(x * 100);
  const pt = Math.round;
  const signed = (x: number) => (x > 0 ? `+${x}` : x < 0 ? `\u2212${-x}` : '0');
  if (pc(c.winning) > pc(next.winning))
    return `you were winning ${inShare(c.winning)}, against ${shareWord(next.winning)}`;
  if (pc(c.seated) > pc(next.seated))
    return `you sat in the Politburo ${inShare(c.seated)}, against ${shareWord(next.seated)}`;
  if (pc(c.aims) > pc(next.aims))
    return `you met more of your aims (${percent(c.aims)} against ${percent(next.aims)})`;
  if (pc(c.ccShare) > pc(next.ccShare))
    return `you held more of the Central Committee (${percent(c.ccShare)} against ${percent(next.ccShare)})`;
  if (pc(c.delegateShare) > pc(next.delegateShare))
    return `your secretaries would send more delegates (${percent(c.delegateShare)} against ${percent(next.delegateShare)})`;
  if (pt(c.powerGap) > pt(next.powerGap))
    return `your power against your strongest rival\u2019s came out higher (${signed(pt(c.powerGap))} against ${signed(pt(next.powerGap))})`;
  if (pt(c.prestige) > pt(next.prestige))
    return `you ended with more prestige (${pt(c.prestige)} against ${pt(next.prestige)})`;
  if (pt(c.heat) < pt(next.heat))
    return `you ended with less heat (${pt(c.heat)} against ${pt(next.heat)})`;
  return null;
}

/** Quarters until the next congress or conference, or null when none is left. */
function congressIn(seen: GameState): number | null {
  const next = nextGathering(seen);
  return next ? quarterOf(next.date) - currentQuarter(seen) : null;
}

/** For a line motion, what the viewer's own aims ask of the economic line at the end, if anything. */
function lineAimNote(seen: PlayerView, motion: MotionSpec): string {
  if (motion.kind !== 'line' || motion.axis !== 'economy') return '';
  const aim = aimsFor(seen.scenario, seen.viewer).conditions.find(
    (c) => c.test.kind === 'economic_line',
  )?.test;
  if (!aim || aim.kind !== 'economic_line') return '';
  const now = seen.partyLine.economy;
  const signed = now > 0 ? `+${now}` : String(now);
  if (aim.atMost !== undefined) {
    return ` Your aims need the economic line at ${aim.atMost} or further Left when the game ends; it stands at ${signed} now, and the Right pulls it back whenever it can.`;
  }
  if (aim.atLeast !== undefined) {
    return ` Your aims need the economic line at ${aim.atLeast} or further Right when the game ends; it stands at ${signed} now.`;
  }
  return '';
}

/**
 * Why a move might help, for a reader new to the period. Moves the adviser has no sentence for
 * (a kind of action added later) fall back to what the move panel says the move does.
 */
function whyInPlainWords(seen: PlayerView, action: Action): string {
  const who = (id: ContenderId) => nameOf(id);
  const where = (region: Parameters<typeof regionInSentence>[0]) =>
    regionInSentence(region, currentQuarter(seen));
  switch (action.type) {
    case 'appoint': {
      const soon = congressIn(seen);
      const when =
        soon !== null && soon <= 3
          ? ' A congress is coming soon, so this counts quickly.'
          : ' It pays off at the next congress.';
      return `Put one of your own people in charge of the party in ${where(action.region)}. Local party secretaries choose the delegates to congresses, and the delegates elect the Central Committee.${when}`;
    }
    case 'recruit':
      return `Bring new members into the party in ${where(action.region)}. They owe their party cards to the apparatus, which helps whoever runs it there.`;
    case 'speak':
      return `Make a speech to ordinary party members in ${where(action.region)}. It can win them to your ideas and raise your name, but it also makes you more noticed.`;
    case 'publish':
      return action.target
        ? `Attack ${who(action.target)}\u2019s record in print. It wears down his standing before a vote against him.`
        : 'Write an article setting out your views. A high standing (prestige) protects you from attacks.';
    case 'denounce':
      return `Accuse ${who(action.target)} openly. If it works it hurts him badly, but it makes enemies and can turn against you.`;
    case 'motion':
      return `Put a proposal to the vote: ${previewAction(seen, action).title}. A vote you win changes the party without waiting for a congress.${lineAimNote(seen, action.motion)}`;
    case 'offer_alliance':
      return `Offer ${who(action.to)} a secret understanding. Allies vote together, and nobody can beat the strongest man alone.`;
    case 'accept_alliance':
      return `Accept ${who(action.from)}\u2019s offer. Allies vote together and protect each other.`;
    case 'decline_alliance':
      return `Turn down ${who(action.from)}\u2019s offer: an ally you cannot trust can drag you down with him.`;
    case 'break_alliance':
      return `Break with ${who(action.with)}. An ally who grows too strong can become the next danger.`;
    case 'conciliate':
      return `Make peace with ${who(action.target)}. A rival who trusts you may vote with you later.`;
    case 'court': {
      const patron = seen.figures[action.figure].patron;
      return patron === seen.viewer
        ? `Win ${nameOf(action.figure)} back. He still owes you his career, but he has been voting with someone else.`
        : `Win over ${nameOf(action.figure)}, a Politburo member with views of his own. He would vote with you whenever you and ${patron ? who(patron) : 'the others'} disagree, and in a close Politburo one vote can decide who is supreme.`;
    }
    case 'rally_army':
      return 'Call on the Red Army\u2019s party members to back you. It makes you famous and can win the army\u2019s open delegates at the next congress, but every rival will fear a new Napoleon and turn against you.';
    case 'recant':
      return 'Admit your \u201cerrors\u201d in public. It is humiliating, but rivals cannot censure or denounce you for three quarters, and it can save your seat.';
    case 'platform':
      return 'Publish an opposition platform. Your supporters rally to it, but it breaks the ban on factions: from then on the Central Committee can vote you out of the Politburo once your heat is high enough.';
    case 'sign_platform':
      return `Put your name to ${who(action.leader)}\u2019s platform. You stand with your ally in the open, but you break the ban on factions too: from then on the Central Committee can vote you out of the Politburo once your heat is high enough.`;
    case 'rest':
      return 'Rest to get your health back. A sick man loses action points.';
    case 'end':
      return 'Keep your remaining action points. Sometimes doing nothing draws less attention than doing something.';
    default:
      return previewAction(seen, action).effect;
  }
}
