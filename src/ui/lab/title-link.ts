// The title screen's way into the what-if lab: a page of its own (lab.html), so the game's
// bundle does not grow and the lab needs no Phaser.
import { h } from '../dom.ts';

const BUTTON_LOOK =
  'display:inline-block;border:2px solid #1b1b1b;border-radius:3px;padding:6px 12px;background:#efe4cc;color:inherit;font-weight:bold;text-decoration:none';

export function labEntry(): HTMLElement {
  return h(
    'fieldset',
    null,
    h('legend', null, 'What-if lab'),
    h(
      'p',
      { style: 'margin:0 0 8px' },
      'Let the computer play hundreds of games and count how they end, with and without a what-if: history as an experiment a class can run.',
    ),
    h('a', { href: './lab.html', style: BUTTON_LOOK }, 'Open the what-if lab'),
  );
}
