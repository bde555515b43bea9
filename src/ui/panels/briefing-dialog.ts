// The first card of a game opened from a class link with &play=1: the title screen was skipped,
// so its briefing, the player's aims, the game's length and how to play come first, in a dialog.
import { aimsFor } from '../../sim/aims.ts';
import { CONTENDER_INFO } from '../../content/people.ts';
import type { ScenarioData } from '../../content/types.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { h } from '../dom.ts';
import { playingTime } from '../session/playing-time.ts';
import { nameField, rememberName } from '../session/student.ts';
import { button, openDialog, type OpenDialog } from './dialog.ts';
import { linkify } from './refs.ts';
import { howToPlay } from './title-parts.ts';

/**
 * `named` receives the student's name (cleaned, remembered) when the card closes, however it is
 * closed: the class link skipped the title screen, so this is where the name is asked for.
 */
export function openBriefingDialog(
  scenario: ScenarioData,
  faction: ContenderId,
  done: () => void,
  named: (student: string) => void = () => undefined,
): OpenDialog {
  const name = CONTENDER_INFO[faction].name;
  const briefing = scenario.briefings[faction];
  const aims = aimsFor(scenario.id, faction);
  const how = howToPlay();
  how.setAttribute('open', '');
  const student = nameField('briefing-student-name');
  let dialog: OpenDialog | null = null;
  const begin = button('Begin', () => dialog?.close(), { primary: true });
  dialog = openDialog({
    title: `Your briefing: ${name}`,
    kicker: scenario.title,
    className: 'briefing-dialog',
    body: [
      student.row,
      h('p', null, ...linkify(scenario.summary)),
      ...(briefing ? [h('p', null, ...linkify(briefing))] : []),
      h('h3', null, 'Your aims'),
      h('p', null, aims.summary),
      h('ul', null, ...aims.conditions.map((c) => h('li', null, c.label))),
      h('p', { class: 'hint' }, `Length: ${playingTime(scenario)}`),
      how,
    ],
    actions: [begin],
    onClose: () => {
      named(rememberName(student.input.value));
      done();
    },
  });
  // Enter in the name field begins, as it would in a form.
  student.input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') begin.click();
  });
  // A name already remembered: straight to Begin; otherwise the name first.
  (student.input.value ? begin : student.input).focus();
  return dialog;
}
