// The top of the viewer's side panel: where the game stands at this step (and its state hash
// on request), and the take-over: play on from here as any contender still in the game.
import { quarterLabel } from '../../sim/calendar.ts';
import { CONTENDERS, type ContenderId } from '../../sim/ids.ts';
import { canAct } from '../../sim/query.ts';
import type { GameState } from '../../sim/types.ts';
import { h } from '../dom.ts';
import { PHASE_WORDS, nameOf } from './side.ts';
import type { Timeline } from './timeline.ts';

export function moment(
  t: Timeline,
  step: number,
  game: GameState,
  who: ContenderId | null,
  hash: () => string,
  save: () => void,
): { head: Node[]; tools: Node } {
  const status = t.finished ? 'a finished game' : 'an unfinished game (it stops here)';
  const checked = t.hashChecked
    ? 'Checked: re-applying it reproduces the recorded game.'
    : 'It runs, but the file records no hash to check it against.';
  const hashOut = h('output', { class: 'viewer-hash' });
  const hashButton = h(
    'button',
    { type: 'button', class: 'link', onclick: () => (hashOut.textContent = hash()) },
    'Show the state hash',
  );
  const head = [
    h('h2', { tabindex: -1 }, quarterLabel(game.startQuarter + game.turn)),
    h(
      'p',
      null,
      step === t.last && !t.finished
        ? `The replay stops here${who ? `, with ${nameOf(who)} about to decide` : ''}.`
        : who
          ? `${nameOf(who)} decides next (${PHASE_WORDS[game.phase]}).`
          : 'The game is over.',
    ),
    h('p', { class: 'hint' }, `${t.last} decisions, ${status}. ${checked}`),
  ];
  const tools = h(
    'section',
    null,
    h('h3', null, 'This replay'),
    h('p', null, hashButton, ' ', hashOut),
    h(
      'p',
      null,
      h('button', { type: 'button', onclick: save }, 'Download this replay'),
      ' ',
      h(
        'span',
        { class: 'hint' },
        'with the AI\u2019s reasons (when known) and a check for each quarter.',
      ),
    ),
  );
  return { head, tools };
}

/** "Play on from here as …": nothing once the game is over. */
export function takeoverSection(
  game: GameState,
  follow: ContenderId,
  takeOver: (seat: ContenderId) => void,
): Node | null {
  if (game.phase === 'over') return null;
  const seats = CONTENDERS.filter((c) => canAct(game, c));
  const choose = h(
    'select',
    { id: 'viewer-seat' },
    ...seats.map((c) => h('option', { value: c, selected: c === follow }, nameOf(c))),
  );
  const go = h(
    'button',
    { type: 'button', class: 'primary', onclick: () => takeOver(choose.value as ContenderId) },
    'Play on from here',
  );
  return h(
    'section',
    null,
    h('h3', null, 'Take over'),
    h(
      'p',
      null,
      h('label', { for: 'viewer-seat' }, 'Play on from this moment as '),
      choose,
      ' against the AIs. ',
      go,
    ),
    h(
      'p',
      { class: 'hint' },
      'A new game branches off here; its replay file records this replay and the decision it left it at.',
    ),
  );
}
