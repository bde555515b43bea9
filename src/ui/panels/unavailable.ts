// Actions the player cannot take now, shown greyed in their group with the reason, so a choice
// that vanished (the party machine after losing a post) is explained, not silently gone.
import type { ActionGroup } from '../../sim/actions/rule.ts';
import type { Unavailable } from '../../sim/feedback.ts';
import { h, uid } from '../dom.ts';

export function unavailableIn(list: Unavailable[], group: ActionGroup): Unavailable[] {
  return list.filter((u) => u.group === group);
}

/** A greyed entry: still focusable (aria-disabled), so a keyboard player can read why. */
export function unavailableItem(u: Unavailable): HTMLElement {
  const why = uid('why');
  return h(
    'li',
    null,
    h(
      'button',
      {
        type: 'button',
        class: 'action-btn unavailable',
        'aria-disabled': 'true',
        'aria-describedby': why,
      },
      h('span', null, u.title),
      h('span', { class: 'numbers' }, 'not now'),
    ),
    h('p', { class: 'why-not', id: why }, u.reason),
  );
}
