// The viewer's side panel, section by section: what the last decision did (and the AI's stated
// reason), what the followed contender believes beside the truth, and the quarters to jump to.
// Text from replay files reaches the page only as text nodes (h()).
import { CONTENDER_INFO } from '../../content/people.ts';
import type { ReplayNote } from '../../io/replay.ts';
import type { GameContext } from '../../machine/game-machine.ts';
import { initialRngState } from '../../sim/rng.ts';
import { CONTENDERS, type ContenderId } from '../../sim/ids.ts';
import { view } from '../../sim/view.ts';
import type { GameState, LogEntry } from '../../sim/types.ts';
import type { BoardModel } from '../board/model.ts';
import { delegatesOf } from '../board/model.ts';
import { h } from '../dom.ts';
import type { Timeline } from './timeline.ts';

export const PHASE_WORDS: Record<GameState['phase'], string> = {
  events: 'events',
  actions: 'actions',
  votes: 'votes',
  congress: 'congress',
  resolution: 'end of the quarter',
  over: 'the game is over',
};

export const nameOf = (c: ContenderId) => CONTENDER_INFO[c].name;

/** A context the UI's chronicle can read: the game at this step and the reasons recorded so far. */
export function contextAt(game: GameState, notes: ReplayNote[] | null): GameContext {
  return {
    game,
    human: null,
    external: [...CONTENDERS],
    policies: Object.fromEntries(
      CONTENDERS.map((c) => [c, 'historical']),
    ) as GameContext['policies'],
    aiRng: initialRngState('viewer'),
    actions: [],
    notes: (notes ?? []).filter((n) => n.logIndex < game.log.length),
    undo: null,
    pauseForUi: false,
    immutable: true,
    rejected: null,
    planAway: false,
    awaitingPlan: null,
  };
}

/** The same game with its secret lines shown to everyone, marked as secret. */
export function withSecretsShown(game: GameState): GameState {
  const log: LogEntry[] = game.log.map((e) =>
    e.visibleTo
      ? {
          ...e,
          visibleTo: undefined,
          text: `(secret, known to ${e.visibleTo.map(nameOf).join(' and ')}) ${e.text}`,
        }
      : e,
  );
  return { ...game, log };
}

function visibleTo(entry: LogEntry, viewer: ContenderId, all: boolean): boolean {
  return all || !entry.visibleTo || entry.visibleTo.includes(viewer);
}

/** What the decision that led to this step did: its chronicle lines and the reason given. */
export function lastDecision(
  timeline: Timeline,
  step: number,
  game: GameState,
  follow: ContenderId,
  showSecrets: boolean,
): HTMLElement {
  const action = timeline.actionBefore(step);
  const head = h('h3', null, 'The last decision');
  if (!action) return h('section', null, head, h('p', null, 'The game is about to begin.'));
  const from = timeline.steps[step - 1].logLen;
  const lines = game.log
    .slice(from)
    .filter((e) => visibleTo(e, follow, showSecrets))
    .filter((e) => !/^\u2014 .* \u2014$/.test(e.text));
  const reason = timeline.reasonBefore(step);
  const why =
    timeline.notes === null
      ? h('p', { class: 'hint' }, 'The AI\u2019s reasons are not recorded in this file.')
      : reason
        ? h(
            'p',
            { class: 'viewer-reason' },
            `${nameOf(reason.contender)}\u2019s reasoning: ${reason.text}`,
          )
        : null;
  const secret = lines.length === 0 && game.log.length > from;
  return h(
    'section',
    null,
    head,
    h('p', null, `${nameOf(action.actor)} decided (decision ${step}).`),
    lines.length
      ? h('ul', { class: 'viewer-lines' }, ...lines.map((e) => h('li', null, e.text)))
      : h(
          'p',
          { class: 'hint' },
          secret
            ? `What it did is secret from ${nameOf(follow)}.`
            : 'It left no line in the chronicle (a ballot is counted when everyone has voted).',
        ),
    why,
  );
}

/** What the followed contender believes about each rival's delegates, beside the truth. */
export function beliefs(game: GameState, model: BoardModel): HTMLElement {
  const follow = model.viewer;
  const rows = model.seats.map((seat) => {
    const truth = delegatesOf(view(game, seat.id), seat.id);
    const off = Math.round(seat.delegates - truth);
    return h(
      'tr',
      null,
      h('th', { scope: 'row' }, seat.name),
      h('td', null, String(Math.round(seat.delegates))),
      h('td', null, String(Math.round(truth))),
      h(
        'td',
        null,
        seat.id === follow ? 'exact' : off === 0 ? 'right' : off > 0 ? `+${off}` : String(off),
      ),
    );
  });
  const secret = game.alliances.filter(
    (a) => a.secret && !model.alliances.some((k) => k.a === a.members[0] && k.b === a.members[1]),
  );
  return h(
    'section',
    null,
    h('h3', null, `What ${nameOf(follow)} believes, and the truth`),
    h(
      'table',
      { class: 'viewer-beliefs' },
      h(
        'caption',
        { class: 'hint' },
        'Congress delegates each contender\u2019s secretaries deliver',
      ),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, 'Contender'),
          h('th', { scope: 'col' }, `${nameOf(follow)} thinks`),
          h('th', { scope: 'col' }, 'Truth'),
          h('th', { scope: 'col' }, 'Off by'),
        ),
      ),
      h('tbody', null, ...rows),
    ),
    h(
      'p',
      null,
      secret.length
        ? `Secret understandings ${nameOf(follow)} does not know about: ${secret.map((a) => `${nameOf(a.members[0])} and ${nameOf(a.members[1])}`).join('; ')}.`
        : `${nameOf(follow)} knows every understanding there is.`,
    ),
  );
}

/** The calendar: one button per quarter the replay reaches. */
export function calendar(
  quarters: { turn: number; step: number; label: string }[],
  currentTurn: number,
  jump: (step: number) => void,
): HTMLElement {
  return h(
    'section',
    null,
    h('h3', { id: 'viewer-calendar-head' }, 'Jump to a quarter'),
    h(
      'div',
      { class: 'viewer-calendar', role: 'group', 'aria-labelledby': 'viewer-calendar-head' },
      ...quarters.map((q) =>
        h(
          'button',
          {
            type: 'button',
            'aria-current': q.turn === currentTurn ? 'true' : null,
            'data-turn': q.turn,
            onclick: () => jump(q.step),
          },
          q.label.replace(/ \(.*\)$/, ''),
        ),
      ),
    ),
  );
}
