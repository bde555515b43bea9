// The quarter's news: what happened since the player's last turn, in a few lines, with the
// events of the historical record marked (and dated) so a student cannot miss 1922–23.
import { EVENT_BY_ID } from '../../content/events.ts';
import { postName } from '../../content/people.ts';
import type { GameEvent } from '../../machine/game-machine.ts';
import { quarterMonths } from '../../sim/calendar.ts';
import { recordHolderInstead } from '../../sim/history.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { nameOf } from '../../sim/query.ts';
import type { AllianceOffer, GameState, LogEntry } from '../../sim/types.ts';
import { newLines } from './results.ts';
import type { Stage } from './session.ts';

export interface NewsItem {
  text: string;
  /** Set for the events of the historical record: "May 1922". */
  record: string | null;
  /** False for a record's event that this game's course ruled out. */
  happened: boolean;
  /** Falls, removals, votes: what the player must not miss. */
  important: boolean;
}

export interface News {
  items: NewsItem[];
  /** Lines left out to keep the card short (all of them are in the Chronicle). */
  more: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1922-05" → "May 1922". */
export function monthLabel(yyyyMm: string): string {
  const [y, m] = yyyyMm.split('-').map(Number);
  return `${MONTHS[(m || 1) - 1]} ${y}`;
}

const MAX_ITEMS = 8;

/**
 * Did the player's move end his turn? "End your turn" does, and so does an action that spends
 * his last point: the machine then moves on to the rivals and the votes by itself.
 */
export function turnEnded(event: GameEvent, stageAfter: Stage): boolean {
  return (
    event.type === 'player.endTurn' || (event.type === 'player.act' && stageAfter !== 'actions')
  );
}

/**
 * What became of the player's offers of an understanding: accepted or refused (the answer's own
 * line), still waiting, or lapsed unanswered. Every offer gets a word; none is left hanging.
 */
function offerAnswers(
  game: GameState,
  from: number,
  me: ContenderId,
  offersSent: AllianceOffer[],
): NewsItem[] {
  const out: NewsItem[] = [];
  const lines = newLines(game, from, me);
  for (const o of offersSent) {
    if (o.from !== me) continue;
    const answer = lines.find(
      (l) =>
        l.outcome.what === 'action' &&
        (l.outcome.action === 'accept_alliance' || l.outcome.action === 'decline_alliance') &&
        l.outcome.contenders.includes(o.to) &&
        l.outcome.contenders.includes(me),
    );
    const who = nameOf(o.to);
    let text: string;
    if (answer && answer.outcome.what === 'action')
      text =
        answer.outcome.action === 'accept_alliance'
          ? `${who} accepted your offer: you now have a secret understanding.`
          : `${who} turned down your offer of an understanding.`;
    else if (game.offers.some((x) => x.from === me && x.to === o.to))
      text = `${who} has not answered your offer yet; it stands until the end of next quarter.`;
    else text = `${who} never answered your offer of an understanding: it has lapsed.`;
    out.push({ text, record: null, happened: true, important: true });
  }
  return out;
}

/** The first `n` sentences of a text (the card is short; the Chronicle has the rest). */
export function firstSentences(text: string, n: number): string {
  const parts = text.match(/[^.!?]+[.!?]+[\u201d"']?\s*/g);
  if (!parts || parts.length <= n) return text;
  return `${parts.slice(0, n).join('').trim()} \u2026`;
}

/**
 * A post the game has just given to someone the record did not: who held it then in the record
 * (the game diverges here, and the student should know it).
 */
function recordNote(game: GameState, line: LogEntry): NewsItem | null {
  if (line.outcome.what !== 'post_filled') return null;
  const quarter = game.startQuarter + line.turn;
  const { post, holder } = line.outcome;
  const instead = recordHolderInstead(post, holder, quarter);
  if (!instead) return null;
  const until = instead.until ? `, until ${monthLabel(instead.until)}` : '';
  return {
    text: `${instead.name} was ${postName(post, quarter)} at this time${until}.`,
    // The quarter's months ('Jul–Sep 1923'): the game's date is a quarter, not a month.
    record: quarterMonths(quarter),
    happened: false,
    important: false,
  };
}

function rank(i: NewsItem): number {
  return i.record ? 0 : i.important ? 1 : 2;
}

/**
 * The news since log line `from`: the record's events first, then falls and votes, then the
 * rivals' moves. The player's own moves are left out: their results were shown where they were
 * made. Routine lines (a new quarter, the AI's reasons) are left to the Chronicle.
 */
export function newsSince(
  game: GameState,
  from: number,
  me: ContenderId,
  offersSent: AllianceOffer[] = [],
): News {
  const all: NewsItem[] = [...offerAnswers(game, from, me, offersSent)];
  let last: { text: string; times: number; item: NewsItem } | null = null;
  for (const l of newLines(game, from, me)) {
    if (l.cause === 'rule:turn' || l.kind === 'ai') continue;
    if (l.kind === 'action' && l.actor === me) continue;
    // Answers to the player's offers (and their lapsing) are told once, by offerAnswers.
    if (
      l.outcome.what === 'action' &&
      (l.outcome.action === 'accept_alliance' || l.outcome.action === 'decline_alliance') &&
      l.outcome.contenders.includes(me)
    )
      continue;
    if (l.outcome.what === 'offer_lapsed' && l.outcome.contenders[0] === me) continue;
    // The same move made again (three secretaries in one region) is one line.
    if (last && last.text === l.text) {
      last.times += 1;
      last.item.text = `${l.text} (${last.times} times)`;
      continue;
    }
    // The event's own line is the record's; the answers to it are the game's.
    const def = l.outcome.what === 'event' ? EVENT_BY_ID[l.outcome.event] : undefined;
    const record = def ? monthLabel(def.date) : null;
    const happened = l.outcome.what === 'event' ? l.outcome.happened : true;
    const item: NewsItem = {
      text: record ? firstSentences(l.text, 2) : l.text,
      record,
      happened,
      // Falls and what touches the player stand out; routine votes do not.
      important:
        l.outcome.what === 'left_politburo' ||
        l.outcome.what === 'status' ||
        l.outcome.what === 'politburo_rank' ||
        ('contenders' in l.outcome && l.outcome.contenders.includes(me) && l.kind !== 'action'),
    };
    all.push(item);
    last = { text: l.text, times: 1, item };
    const instead = recordNote(game, l);
    if (instead) all.push(instead);
  }
  const sorted = all
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map((x) => x.item);
  const kept = sorted.slice(0, MAX_ITEMS);
  // Shown in the order they happened, once chosen.
  const order = new Map(all.map((item, i) => [item, i]));
  kept.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { items: kept, more: all.length - kept.length };
}
