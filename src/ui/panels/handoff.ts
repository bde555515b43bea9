// Hot-seat: the card shown while the screen passes from one player to the next. The board and
// the last player's panels are hidden before it appears; the next player confirms he alone sees
// the screen before his own view is drawn.
import { h } from '../dom.ts';

export function showHandoff(parent: HTMLElement, name: string, confirm: () => void): HTMLElement {
  const go = h(
    'button',
    { type: 'button', class: 'primary', onclick: confirm },
    `I am ${name}: show my board`,
  );
  const card = h(
    'main',
    { id: 'handoff-screen', class: 'handoff', 'aria-labelledby': 'handoff-title' },
    h('h1', { id: 'handoff-title' }, `Pass the screen to ${name}`),
    h(
      'p',
      null,
      `${name}, press the button when only you can see the screen. The last player\u2019s moves and estimates are hidden: you will see the board as ${name} knows it.`,
    ),
    go,
  );
  parent.append(card);
  go.focus();
  return card;
}
