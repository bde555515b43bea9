// Falls get their own moment: a removal, an expulsion or a lost post is a turning point, so it is
// shown as a card of its own, not as one bullet among region changes.
import type { GameContext } from '../../machine/game-machine.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { HEAT_TO_LOSE_POST } from '../../sim/motions.ts';
import type { GameState } from '../../sim/types.ts';
import { buildBoardModel, type BoardModel, type SeatModel } from '../board/model.ts';

export interface Moment {
  /** "You are out of the Politburo". */
  title: string;
  /** What it means for the game, in words a newcomer follows. */
  meaning: string;
  mine: boolean;
}

const STATUS_MEANING: Record<string, { you: string; them: string; title: [string, string] }> = {
  removed: {
    title: ['You are removed from the Central Committee', 'is removed from the Central Committee'],
    you: 'You hold no post and no seat. You can still act, but at heat 70 the party can expel you. Admitting your errors lowers your heat.',
    them: 'He holds no post and no seat any more; he can still act from outside, but his votes are gone.',
  },
  expelled: {
    title: ['You are expelled from the party', 'is expelled from the party'],
    you: 'You can no longer act or vote. Exile may follow.',
    them: 'He can no longer act or vote. His secretaries are left without a patron.',
  },
  exiled: {
    title: ['You are sent into exile', 'is sent into exile'],
    you: 'Your part in the struggle is over.',
    them: 'His part in the struggle is over.',
  },
  dead: {
    title: ['You have died', 'has died'],
    you: 'Your part in the struggle is over.',
    them: 'His part in the struggle is over.',
  },
};

function seatMoment(b: SeatModel, s: SeatModel): Moment | null {
  if (b.seat === 'none' || s.seat !== 'none' || s.status !== b.status) return null;
  return {
    mine: s.isViewer,
    title: s.isViewer ? 'You are out of the Politburo' : `${s.name} is out of the Politburo`,
    meaning: s.isViewer
      ? 'You no longer vote on Politburo motions. You are still in the Central Committee: at heat 60 it can throw you out of it.'
      : `${s.name} no longer votes on Politburo motions: one voice fewer at the table.`,
  };
}

/** The moments between two board pictures (the player's own first). */
export function momentsBetween(before: BoardModel | null, after: BoardModel): Moment[] {
  if (!before) return [];
  const out: Moment[] = [];
  for (const s of after.seats) {
    const b = before.seats.find((x) => x.id === s.id);
    if (!b) continue;
    if (b.status !== s.status && STATUS_MEANING[s.status]) {
      const m = STATUS_MEANING[s.status];
      out.push({
        mine: s.isViewer,
        title: s.isViewer ? m.title[0] : `${s.name} ${m.title[1]}`,
        meaning: s.isViewer ? m.you : m.them,
      });
      continue;
    }
    const seat = seatMoment(b, s);
    if (seat) out.push(seat);
    if (s.isViewer) {
      const lost = b.posts.filter((p) => !s.posts.includes(p));
      if (lost.length > 0) {
        // Why: a post can be voted away from a leader under a cloud. Without it the loss read as
        // bad luck, and the player did not learn to watch his heat.
        const heat = Math.round(Math.max(b.heat, s.heat));
        const why =
          heat >= HEAT_TO_LOSE_POST
            ? ` Your heat was ${heat}: from ${HEAT_TO_LOSE_POST}, the Politburo can vote your posts to others. Admitting your errors lowers your heat.`
            : '';
        out.push({
          mine: true,
          title: `You lose the post of ${lost.join(' and ')}`,
          meaning: `A post gives you its powers (appointments, the press, the army\u2026) and the actions that go with them. Those actions are gone from your list.${why}`,
        });
      }
    }
  }
  return out.sort((a, b) => Number(b.mine) - Number(a.mine));
}

/**
 * A new game's first picture is taken after the first quarter's events that ask nobody have run
 * (the game runs them as it is created): the falls they brought are found against the board as
 * the scenario set it (`opening`), so they come with the quarter's news. Nothing for a restored
 * game (`opening` null): its falls were shown when they happened.
 */
export function openingMoments(
  opening: GameState | null,
  ctx: GameContext,
  viewer: ContenderId,
): Moment[] {
  if (!opening) return [];
  return momentsBetween(
    buildBoardModel({ ...ctx, game: opening }, viewer),
    buildBoardModel(ctx, viewer),
  );
}
