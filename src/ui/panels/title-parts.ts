// Parts of the title screen: how to play, the saved games, loading a file.
import type { SaveFile } from '../../io/save.ts';
import { stageOf } from '../../machine/game-machine.ts';
import { download, h } from '../dom.ts';
import type { SavedGame } from '../session/saves.ts';
import { linkify } from './refs.ts';
import type { TitleHandlers } from './title-screen.ts';

export function savesSection(saves: SavedGame[], handlers: TitleHandlers): HTMLElement | null {
  if (saves.length === 0) return null;
  return h(
    'fieldset',
    null,
    h('legend', null, 'Continue'),
    h(
      'ul',
      { class: 'saves-list' },
      ...saves.map((s) =>
        s.ok
          ? h(
              'li',
              null,
              h(
                'span',
                { class: 'label' },
                s.save.label,
                h('br'),
                h('small', null, `saved ${new Date(s.save.savedAt).toLocaleString('en-GB')}`),
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'primary',
                  onclick: () => handlers.continueSave(s.key),
                  'aria-label': `${finished(s.save) ? 'See the report' : 'Continue'}: ${s.save.label}`,
                },
                finished(s.save) ? 'See the report' : 'Continue',
              ),
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => handlers.deleteSave(s.key),
                  'aria-label': `Delete the save: ${s.save.label}`,
                },
                'Delete',
              ),
            )
          : h(
              'li',
              null,
              h(
                'span',
                { class: 'label' },
                h('strong', null, 'A saved game cannot be opened. '),
                s.problem,
                ' It has been kept: you can download it or delete it.',
              ),
              h(
                'button',
                { type: 'button', onclick: () => download('heirs-damaged-save.json', s.raw) },
                'Download it',
              ),
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => handlers.deleteSave(s.key),
                  'aria-label': 'Delete the damaged save',
                },
                'Delete',
              ),
            ),
      ),
    ),
  );
}

/** "Watch a replay": a replay file straight into the viewer. */
function watchInput(watch: (file: File) => void): HTMLElement {
  const input = h('input', { type: 'file', id: 'watch-file', accept: '.json,application/json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) watch(file);
    input.value = '';
  });
  return h('p', null, h('label', { for: 'watch-file' }, 'Watch a replay: '), input);
}

export function filesSection(handlers: TitleHandlers): HTMLElement {
  const input = h('input', { type: 'file', id: 'load-file', accept: '.json,application/json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) handlers.loadFile(file);
    input.value = '';
  });
  return h(
    'fieldset',
    null,
    h('legend', null, 'Load a file'),
    h('label', { for: 'load-file' }, 'Load a replay, save or scenario file: '),
    input,
    handlers.watchFile ? watchInput(handlers.watchFile) : null,
    h(
      'p',
      { class: 'hint' },
      'Replays and saves come from the game-over screen and the menu; a teacher can write a scenario file.',
    ),
  );
}

export function howToPlay(): HTMLElement {
  return h(
    'details',
    { class: 'how-to' },
    h('summary', null, 'How to play (one minute)'),
    h(
      'ol',
      null,
      h(
        'li',
        null,
        'You are one of Lenin\u2019s heirs. Each turn is a quarter of a year, from the scenario\u2019s start to the end of 1929.',
      ),
      h(
        'li',
        null,
        ...linkify(
          'Each quarter: answer the events that touch you, then spend your action points: place loyal secretaries, give speeches, publish, table motions, make secret alliances, attack rivals.',
        ),
      ),
      h(
        'li',
        null,
        ...linkify(
          'At the end of the quarter the Politburo votes on the motions; at each congress the delegates your secretaries picked elect the Central Committee.',
        ),
      ),
      h(
        'li',
        null,
        'You win if you end as supreme leader, or if your side reaches its own aims (shown with your contender). Every other fate scores points too.',
      ),
      h(
        'li',
        null,
        ...linkify(
          'No party machine? Use the openings the record offers: court the waverers in the Politburo, win a congress\u2019s open meetings with speeches, take the Secretariat when a new Central Committee elects it. An opposition platform rallies support, but lets the Central Committee vote you out of the Politburo.',
        ),
      ),
      h(
        'li',
        null,
        'Everything works with the keyboard: Tab moves, Enter chooses. The \u201cBoard in words\u201d tab reads the whole board as text.',
      ),
    ),
  );
}

function finished(save: SaveFile): boolean {
  return stageOf(save.snapshot.value) === 'gameOver';
}
