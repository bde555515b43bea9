// Settings (animation speed) and the game menu (save file, replay, class link, back to title).
import { download, h } from '../dom.ts';
import { studentFileStem } from '../../io/student-name.ts';
import { toReplay } from '../../lab/run-game.ts';
import { builtinScenarios } from '../../io/scenario.ts';
import { buildLink } from '../session/link.ts';
import type { Session } from '../session/session.ts';
import { SPEED_LABELS, type AnimSpeed, type Settings } from '../settings.ts';
import { button, openDialog, type OpenDialog } from './dialog.ts';

export function openSettings(current: Settings, apply: (s: Settings) => void): OpenDialog {
  const speeds = Object.keys(SPEED_LABELS) as AnimSpeed[];
  const group = h(
    'fieldset',
    null,
    h('legend', null, 'Animation speed'),
    ...speeds.map((s) =>
      h(
        'label',
        { style: 'display:block;margin:4px 0' },
        h('input', {
          type: 'radio',
          name: 'anim-speed',
          value: s,
          checked: s === current.animSpeed,
          onchange: () => apply({ ...current, animSpeed: s }),
        }),
        ' ',
        SPEED_LABELS[s],
      ),
    ),
  );
  let dialog: OpenDialog | null = null;
  dialog = openDialog({
    title: 'Settings',
    body: [
      group,
      h(
        'p',
        { class: 'hint' },
        'Votes and regions changing hands are animated on the board. \u201cSkip animation\u201d in the top bar finishes them at once.',
      ),
    ],
    actions: [button('Done', () => dialog?.close(), { primary: true })],
  });
  (group.querySelector('input:checked') as HTMLElement | null)?.focus();
  return dialog;
}

export interface MenuHandlers {
  saveFile: () => void;
  replayFile: () => void;
  copyLink: () => Promise<string>;
  toTitle: () => void;
}

export function openMenu(handlers: MenuHandlers): OpenDialog {
  let dialog: OpenDialog | null = null;
  const status = h('p', { role: 'status', class: 'hint' });
  const done = (fn: () => void) => () => {
    fn();
    status.textContent = 'Done: check your downloads.';
  };
  dialog = openDialog({
    title: 'Menu',
    body: [
      h('p', null, 'The game saves itself after every move in this browser.'),
      h(
        'div',
        { class: 'move-buttons' },
        button('Download a save file', done(handlers.saveFile)),
        button('Download the replay so far', done(handlers.replayFile)),
        button('Copy a link to this setup', () => {
          void handlers.copyLink().then((url) => (status.textContent = `Link: ${url}`));
        }),
      ),
      status,
    ],
    actions: [
      button('Back to the title screen', () => {
        dialog?.close();
        handlers.toTitle();
      }),
      button('Back to the game', () => dialog?.close(), { primary: true }),
    ],
  });
  return dialog;
}

/** A download's file name: the student's name (when given) and the seat. */
function stemOf(session: Session): string {
  const who = studentFileStem(session.student);
  return `heirs-${who ? `${who}-` : ''}${session.human}`;
}

/** The menu of a game in progress. */
export function openGameMenu(session: Session, toTitle: () => void): OpenDialog {
  return openMenu({
    saveFile: () => download(`${stemOf(session)}-save.json`, JSON.stringify(session.toSave())),
    replayFile: () =>
      download(
        `${stemOf(session)}-replay.json`,
        JSON.stringify(
          toReplay(session.context.game, session.context.actions, {
            notes: session.context.notes,
            branchOf: session.branchOf ?? undefined,
            student: session.student || undefined,
          }),
          null,
          1,
        ),
      ),
    copyLink: async () => {
      const g = session.context.game;
      // A teacher's scenario came from the page's own link: the class needs its address too.
      const builtin = builtinScenarios().some((s) => s.id === g.scenario);
      const url = buildLink(location.href, {
        scenario: g.scenario,
        scenarioUrl: builtin
          ? undefined
          : (new URLSearchParams(location.search).get('scenarioUrl') ?? undefined),
        seed: g.seed,
        faction: session.human,
        difficulty: g.options.difficulty,
        whatifs: g.options.whatifs,
      });
      await navigator.clipboard?.writeText(url).catch(() => undefined);
      return url;
    },
    toTitle,
  });
}
