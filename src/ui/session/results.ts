// What the player's last move did, in words, where it was made: the lines the rules wrote for
// it, the numbers it changed, the vote it decided. Pure: two machine contexts in, words out.
import { currentQuarter } from '../../sim/calendar.ts';
import { EVENT_BY_ID } from '../../content/events.ts';
import { regionInSentence } from '../../content/people.ts';
import type { GameContext, GameEvent } from '../../machine/game-machine.ts';
import { previewAction } from '../../sim/actions/table.ts';
import { applyActionInPlace, cloneGame } from '../../sim/flow.ts';
import { motionTarget, motionTitle } from '../../sim/motions.ts';
import { nameOf } from '../../sim/query.ts';
import { view } from '../../sim/view.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { Action, GameState, LogEntry, VoteRecord } from '../../sim/types.ts';
import { decidedByTie, eventVoteCounts, isEventVote } from './vote-words.ts';

export type Tone = 'good' | 'bad' | 'neutral' | 'refused';

export interface MoveResult {
  kind: 'action' | 'event' | 'vote' | 'turn' | 'refused';
  /** "What happened: Speak to the party in Moscow". */
  title: string;
  tone: Tone;
  /** The rules' own lines for the move (the chronicle's words). */
  lines: string[];
  /** Numbers the move changed, as the player sees them: "Your prestige: 44 → 43". */
  changes: string[];
  /** For a vote that was counted: whether the motion passed (the tone says if that is good). */
  passed?: boolean;
}

/**
 * Was the count good news for the player? A motion aimed at him (his censure, his removal, his
 * post given away, his platform condemned) is bad news when it passes, however he voted;
 * otherwise it is good when it went the way he voted, and neither when he abstained.
 */
export function voteTone(vote: VoteRecord, me: ContenderId, before: GameState): Tone {
  const spec = vote.spec;
  const target =
    spec.kind === 'condemn_platform'
      ? spec.leader
      : spec.kind === 'event_choice'
        ? null
        : motionTarget(before, spec);
  if (target === me) return vote.passed ? 'bad' : 'good';
  const mine = vote.ballots.find((b) => b.voter === me)?.choice;
  if (!mine || mine === 'abstain') return 'neutral';
  return (mine === 'yes') === vote.passed ? 'good' : 'bad';
}

function visible(entry: LogEntry, viewer: ContenderId): boolean {
  return !entry.visibleTo || entry.visibleTo.includes(viewer);
}

/** The log lines written since `from`, that the player may see. */
export function newLines(game: GameState, from: number, viewer: ContenderId): LogEntry[] {
  return game.log.slice(from).filter((l) => visible(l, viewer));
}

function arrow(label: string, a: number, b: number): string | null {
  const x = Math.round(a);
  const y = Math.round(b);
  return x === y ? null : `${label}: ${x} \u2192 ${y}.`;
}

/** The numbers an action touched, before and after, through the player's own eyes. */
function actionChanges(before: GameState, after: GameState, action: Action, me: ContenderId) {
  const vb = view(before, me);
  const va = view(after, me);
  const out: (string | null)[] = [];
  const mine = (s: typeof vb) => s.contenders[me];
  out.push(arrow('Your prestige', mine(vb).prestige, mine(va).prestige));
  out.push(arrow('Your heat', mine(vb).heat, mine(va).heat));
  out.push(arrow('Your health', mine(vb).health, mine(va).health));
  if ('region' in action) {
    const r = action.region;
    const where = regionInSentence(r, currentQuarter(vb));
    out.push(
      arrow(
        `Your secretaries in ${where}`,
        vb.regions[r].secretaries[me] ?? 0,
        va.regions[r].secretaries[me] ?? 0,
      ),
    );
    out.push(arrow(`Delegates sent from ${where}`, vb.regions[r].weight, va.regions[r].weight));
    const mb = vb.regions[r].mood;
    const ma = va.regions[r].mood;
    if (Math.round(mb) !== Math.round(ma))
      out.push(
        `Mood in ${where}: ${Math.round(mb)} \u2192 ${Math.round(ma)} (${ma < mb ? 'more Left' : 'more Right'}).`,
      );
  }
  const target =
    'target' in action && action.target ? action.target : 'to' in action ? action.to : null;
  if (target && typeof target === 'string' && target in va.contenders) {
    const t = target as ContenderId;
    out.push(
      arrow(`${nameOf(t)}\u2019s prestige`, vb.contenders[t].prestige, va.contenders[t].prestige),
    );
    out.push(arrow(`${nameOf(t)}\u2019s heat`, vb.contenders[t].heat, va.contenders[t].heat));
  }
  return out.filter((x): x is string => x !== null);
}

/** The lines the move itself wrote: up to the first line another contender's move wrote. */
function ownLines(game: GameState, from: number, me: ContenderId): string[] {
  const out: string[] = [];
  for (const l of newLines(game, from, me)) {
    if (l.actor && l.actor !== me && l.kind === 'action') break;
    out.push(l.text);
  }
  return out;
}

export function voteSentence(v: VoteRecord, me: ContenderId): string {
  const where =
    v.body === 'politburo'
      ? 'The Politburo'
      : v.body === 'cc'
        ? 'The Central Committee'
        : 'The congress';
  if (isEventVote(v)) {
    const counts = eventVoteCounts(v);
    const tie = decidedByTie(v)
      ? ' The vote was even: without a majority for the proposal, this course stood.'
      : '';
    return `${where} chose \u201c${counts[0]?.label ?? v.title}\u201d: ${counts.map((c) => `${c.label} ${c.votes}`).join(', ')}.${tie}`;
  }
  const mine = v.ballots.find((b) => b.voter === me);
  const your = mine ? ` You voted ${mine.choice === 'abstain' ? 'to abstain' : mine.choice}.` : '';
  return `${where} ${v.passed ? 'passed' : 'rejected'} \u201c${v.title}\u201d, ${v.yes} for, ${v.no} against.${your}`;
}

/** The result of one event the player sent, or null when there is nothing to say. */
export function moveResult(
  before: GameContext,
  after: GameContext,
  event: GameEvent,
  me: ContenderId,
): MoveResult | null {
  const from = before.game.log.length;
  if (after.rejected && after.rejected !== before.rejected) {
    return {
      title: 'Not allowed',
      tone: 'refused',
      kind: 'refused',
      lines: [
        `${after.rejected} The rules may have changed since the list was shown: choose again from the list.`,
      ],
      changes: [],
    };
  }
  switch (event.type) {
    case 'player.act': {
      if (event.action.type === 'end') return null;
      const title = previewAction(view(before.game, me), event.action).title;
      const lines = ownLines(after.game, from, me);
      if (event.action.type === 'offer_alliance')
        lines.push(
          `${nameOf(event.action.to)} may take it up when his turn comes; the news will tell you, and an offer not taken up by the end of next quarter lapses.`,
        );
      // The move alone: one that spent the last action point has let the rivals take their
      // whole turn by now, and their moves are not the player's. Applied again to a copy it
      // rolls the same dice (the random stream lives in the game state), as the machine did.
      const alone = cloneGame(before.game);
      applyActionInPlace(alone, event.action);
      const changes = actionChanges(before.game, alone, event.action, me);
      // The chronicle says, as data, whether the move worked (a roll of the dice, or certain).
      const own = newLines(after.game, from, me).find(
        (l) => l.outcome.what === 'action' && l.actor === me,
      );
      // An offer "works" when it is sent; whether it is accepted comes later, in the news.
      const worked =
        own?.outcome.what === 'action' && event.action.type !== 'offer_alliance'
          ? own.outcome.succeeded
          : null;
      const tone: Tone = worked === null ? 'neutral' : worked ? 'good' : 'bad';
      return { title: `What happened: ${title}`, tone, lines, changes, kind: 'action' };
    }
    case 'player.answerEvent': {
      const def = EVENT_BY_ID[event.event];
      const label =
        def?.choices
          ?.flatMap((c) => c.options)
          .concat(def.adapted?.choices?.flatMap((c) => c.options) ?? [])
          .find((o) => o.id === event.choice)?.label ?? event.choice;
      const lines: string[] = [`You chose: ${label}.`];
      const vote = after.game.votes.find(
        (v) => isEventVote(v) && v.spec.event === event.event && !before.game.votes.includes(v),
      );
      if (vote) lines.push(voteSentence(vote, me));
      const caused = newLines(after.game, from, me).filter(
        (l) => l.cause === `event:${event.event}` && l.kind !== 'event',
      );
      lines.push(...caused.map((l) => l.text));
      if (after.game.pendingEvents.some((p) => p.id === event.event))
        lines.push('The others have still to answer: the outcome comes when they have.');
      // Only the player's own numbers: an event's other effects are in its lines.
      const changes = actionChanges(before.game, after.game, { type: 'rest', actor: me }, me);
      return {
        title: `Your answer: ${def?.title ?? event.event}`,
        tone: 'neutral',
        lines,
        changes,
        kind: 'event',
      };
    }
    case 'player.vote': {
      const vote = after.game.votes.find((v) => v.id === event.motion);
      const lines: string[] = [];
      if (vote) {
        lines.push(voteSentence(vote, me));
        lines.push(
          ...newLines(after.game, from, me)
            .filter((l) => l.cause === `vote:${vote.id}` && l.kind !== 'vote')
            .map((l) => l.text),
        );
      } else {
        const withdrawn = newLines(after.game, from, me).find((l) => /withdrawn/.test(l.text));
        lines.push(
          withdrawn
            ? withdrawn.text
            : 'Your ballot is cast. The count comes when everyone has voted.',
        );
      }
      const tone: Tone = vote ? voteTone(vote, me, before.game) : 'neutral';
      const motion = before.game.motions.find((m) => m.id === event.motion);
      const title =
        vote?.title ??
        (motion ? motionTitle(motion.spec, currentQuarter(after.game)) : 'the motion');
      return {
        title: `The vote on \u201c${title}\u201d`,
        tone,
        lines,
        changes: [],
        kind: 'vote',
        passed: vote?.passed,
      };
    }
    case 'player.endTurn':
      return {
        title: 'You end your turn',
        tone: 'neutral',
        kind: 'turn',
        lines: ['Your rivals make their moves; then the motions are voted.'],
        changes: [],
      };
    default:
      return null;
  }
}

/** The result as one paragraph for the live region: the same words as the card. */
export function resultWords(r: MoveResult): string {
  return [r.title + '.', ...r.lines, ...r.changes].join(' ');
}
