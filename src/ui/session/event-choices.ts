// An event's question as the player reads it. When the Politburo votes on the player's own man
// (his seat, his membership, his posts, his heat), the question and its answers speak to him as
// "you", in words the event's data has for him (EventOption.asTarget), and the answers that
// hit him hardest come last: the first button is never "remove yourself".
import type { EventChoice, EventOption } from '../../content/types.ts';
import { resolveTarget } from '../../sim/effects.ts';
import { optionOnTie } from '../../sim/events.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { GameState } from '../../sim/types.ts';

export interface ShownOption {
  option: EventOption;
  label: string;
  preview: string;
}

export interface ShownChoice {
  prompt: string;
  options: ShownOption[];
  /** In a Politburo vote: the answer, as he reads it, that stands on a tie between two. */
  onTie: string | null;
  /** The vote is on a proposal, which needs a majority (the event names a course for a tie). */
  proposal: boolean;
}

/** What losing a seat, a post or one's membership weighs against heat and prestige points. */
const SEAT = 100;
const POST = 20;

/**
 * How hard an option hits `me`, from its effects (data, never its words): a seat or his
 * membership lost, a post taken, heat gained and prestige lost count against him; the
 * opposite counts for him. 0 when the option does not touch him.
 */
export function harmTo(game: GameState, option: EventOption, me: ContenderId): number {
  let harm = 0;
  const isMe = (who: Parameters<typeof resolveTarget>[1]) => resolveTarget(game, who, me) === me;
  for (const e of option.effects) {
    if (e.kind === 'heat' && isMe(e.who)) harm += e.delta;
    else if (e.kind === 'prestige' && isMe(e.who)) harm -= e.delta;
    else if (e.kind === 'politburo' && e.person === me) harm += e.seat === 'none' ? SEAT : -SEAT;
    else if (e.kind === 'status' && e.who === me) harm += e.status === 'active' ? -SEAT : SEAT;
    else if (e.kind === 'post' && e.to === me) harm -= POST;
    // A post taken only from named men (the April 1929 plenum) spares any other holder.
    else if (e.kind === 'post' && game.posts[e.post] === me && (e.takenFrom?.includes(me) ?? true))
      harm += POST;
  }
  return harm;
}

/**
 * The question and the answers `me` may give, as he reads them: his own words where the data
 * has them, and in a Politburo vote the answers that spare him before those that hit him (the
 * rules' order otherwise; the order shown changes nothing in the game).
 */
export function choiceAsSeenBy(
  game: GameState,
  choice: EventChoice | undefined,
  options: EventOption[],
  me: ContenderId,
): ShownChoice {
  const shown = options.map((option) => ({
    option,
    label: option.asTarget?.[me]?.label ?? option.label,
    preview: option.asTarget?.[me]?.preview ?? option.preview,
  }));
  if (choice?.who === 'politburo') {
    const harm = new Map(options.map((o) => [o, harmTo(game, o, me)]));
    shown.sort((a, b) => harm.get(a.option)! - harm.get(b.option)!);
  }
  const onTie = choice?.who === 'politburo' ? optionOnTie(choice) : null;
  const tied = shown.find((s) => s.option === onTie);
  return {
    prompt: choice?.promptAsTarget?.[me] ?? choice?.prompt ?? 'What do you do?',
    options: shown,
    onTie: tied ? tied.label : null,
    proposal: choice?.ifTied !== undefined,
  };
}
