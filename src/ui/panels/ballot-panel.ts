// The player's ballot: the motion, who proposed it, what it will do, who has voted, and the three
// buttons. (The result of the vote is told where it is cast, by the move panel's result card.)
import type { GameContext, GameEvent } from '../../machine/game-machine.ts';
import { previewAction } from '../../sim/actions/table.ts';
import { currentQuarter } from '../../sim/calendar.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { bodyOf, motionTitle } from '../../sim/motions.ts';
import { nameOf } from '../../sim/query.ts';
import { openBallot } from '../../sim/turn.ts';
import { motionStillValid } from '../../sim/votes.ts';
import type { BallotChoice } from '../../sim/types.ts';
import { view } from '../../sim/view.ts';
import { h } from '../dom.ts';
import { ifPassedWords } from './motion-effect.ts';
import { linkify } from './refs.ts';
import { CHOICE_WORD } from './vote-table.ts';

/** The heading's words, and the panel's content under it; null when no ballot is open. */
export function ballotPanel(
  ctx: GameContext,
  human: ContenderId,
  send: (e: GameEvent) => void,
): { title: string; body: HTMLElement[] } | null {
  const game = ctx.game;
  const open = openBallot(game);
  if (!open) return null;
  const motion = open.motion;
  const body = bodyOf(motion.spec) === 'cc' ? 'Central Committee' : 'Politburo';
  const effect = previewAction(view(game, human), {
    type: 'motion',
    actor: motion.proposer,
    motion: motion.spec,
  }).effect;
  const cast = Object.entries(motion.ballots) as [ContenderId, BallotChoice][];
  const vote = (choice: BallotChoice) => send({ type: 'player.vote', motion: motion.id, choice });
  return {
    title: `${body} vote`,
    body: [
      h('p', null, h('strong', null, motionTitle(motion.spec, currentQuarter(game)))),
      h(
        'p',
        null,
        `Proposed by ${motion.proposer === human ? 'you' : nameOf(motion.proposer)}. `,
        ...linkify(effect, { people: false }),
      ),
      // A vote earlier this quarter can leave a motion nothing to do (the post has gone to
      // someone else): say so instead, or the player weighs a ballot that cannot count.
      motionStillValid(game, motion)
        ? h(
            'p',
            { class: 'if-passed' },
            ...linkify(ifPassedWords(motion.spec, currentQuarter(game), human), {
              people: false,
            }),
          )
        : h(
            'p',
            { class: 'note-box overtaken', role: 'note' },
            'Events have overtaken this motion: it will be withdrawn, whatever anyone votes.',
          ),
      cast.length > 0
        ? h(
            'p',
            { class: 'hint' },
            'Already voted: ',
            cast.map(([c, choice]) => `${nameOf(c)} ${CHOICE_WORD[choice]}`).join(', '),
            '.',
          )
        : h('p', { class: 'hint' }, 'You vote first.'),
      h(
        'div',
        { class: 'ballot-buttons', role: 'group', 'aria-label': 'Your ballot' },
        h('button', { type: 'button', onclick: () => vote('yes') }, 'Vote yes'),
        h('button', { type: 'button', onclick: () => vote('no') }, 'Vote no'),
        h('button', { type: 'button', onclick: () => vote('abstain') }, 'Abstain'),
      ),
    ],
  };
}
