// The first card of a game opened from a class link with &play=1: the title screen was skipped,
// so its briefing, the player's aims, the game's length and how to play come first, in a dialog.
import { AIMS } from '../../content/aims.ts';
import { CONTENDER_INFO } from '../../content/people.ts';
import type { ScenarioData } from '../../content/types.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { h } from '../dom.ts';
import { playingTime } from '../session/playing-time.ts';
import { button, openDialog, type OpenDialog } from './dialog.ts';
import { linkify } from './refs.ts';
import { howToPlay } from './title-parts.ts';

export function openBriefingDialog(
  scenario: ScenarioData,
  faction: ContenderId,
  done: () => void,
): OpenDialog {
  const name = CONTENDER_INFO[faction].name;
  const briefing = scenario.briefings[faction];
  const how = howToPlay();
  how.setAttribute('open', '');
  let dialog: OpenDialog | null = null;
  const begin = button('Begin', () => dialog?.close(), { primary: true });
  dialog = openDialog({
    title: `Your briefing: ${name}`,
    kicker: scenario.title,
    className: 'briefing-dialog',
    body: [
      h('p', null, ...linkify(scenario.summary)),
      ...(briefing ? [h('p', null, ...linkify(briefing))] : []),
      h('h3', null, 'Your aims'),
      h('p', null, AIMS[faction].summary),
      h('ul', null, ...AIMS[faction].conditions.map((c) => h('li', null, c.label))),
      h('p', { class: 'hint' }, `Length: ${playingTime(scenario)}`),
      how,
    ],
    actions: [begin],
    onClose: done,
  });
  begin.focus();
  return dialog;
}
