// One game of the batch at a time: find it (by number, or the next one where someone won), read
// how it ended, and download its replay file — played again in a worker, so the page never stops.
import { CONTENDER_INFO } from '../../content/people.ts';
import type { GameRecord } from '../../lab/lab-game.ts';
import { quarterLabel, quarterOf } from '../../sim/calendar.ts';
import { CONTENDERS, type ContenderId } from '../../sim/ids.ts';
import type { Replay } from '../../sim/replay.ts';
import { FATE_LABEL } from '../board/over-model.ts';
import { download, h, replaceChildren, uid } from '../dom.ts';
import type { ArmResult } from './model.ts';
import { openViewerTab, sendToViewer } from './handoff.ts';
import { replayInWorker } from './pool.ts';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "A", "A and B", "A, B and C". */
function listOf(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

type Filter = 'any' | 'none' | ContenderId;

export function gamesSection(arms: readonly ArmResult[]): HTMLElement {
  let arm = 0;
  let filter: Filter = 'any';
  let index = 0;
  const status = h('p', { role: 'status', class: 'lab-game-status' });
  const card = h('div', { class: 'lab-game-card', 'aria-live': 'polite' });
  const runs = arms[0].records.length;
  const numberId = uid('lab-game');
  const numberInput = h('input', {
    id: numberId,
    type: 'number',
    min: 1,
    max: runs,
    value: 1,
    class: 'lab-runs',
  });
  const matches = (g: GameRecord) =>
    filter === 'any' || (filter === 'none' ? g.winners.length === 0 : g.winners.includes(filter));

  const show = () => {
    const g = arms[arm].records[index];
    numberInput.value = String(index + 1);
    const won = g.winners.length
      ? `${listOf(g.winners.map((c) => CONTENDER_INFO[c].name))} won.`
      : 'No one won.';
    const first =
      g.firstToFall === 'none'
        ? 'No one fell.'
        : `First to fall: ${CONTENDER_INFO[g.firstToFall].name}.`;
    replaceChildren(
      card,
      h(
        'p',
        null,
        h('strong', null, `Game ${index + 1}`),
        ` (seed \u201c${g.seed}\u201d${arms.length > 1 ? `, setup ${arms[arm].name}` : ''}): ${won} ${first}`,
      ),
      h(
        'ul',
        { class: 'lab-game-fates' },
        ...CONTENDERS.map((c) =>
          h(
            'li',
            null,
            `${CONTENDER_INFO[c].name}: ${lowerFirst(FATE_LABEL[g.fates[c]])}${g.falls[c] ? ` (left the Politburo: ${quarterLabel(quarterOf(g.falls[c]))})` : ''}`,
          ),
        ),
      ),
    );
    replaceChildren(status);
  };
  const step = (dir: 1 | -1) => {
    const recs = arms[arm].records;
    for (let k = 1; k <= recs.length; k++) {
      const i = (index + dir * k + recs.length * k) % recs.length;
      if (matches(recs[i])) {
        index = i;
        show();
        return;
      }
    }
    replaceChildren(status, 'No game of this run matches.');
  };
  const getReplay = async (): Promise<Replay | null> => {
    replaceChildren(status, `Playing game ${index + 1} again to record every move\u2026`);
    try {
      const { replay } = await replayInWorker(arms[arm].spec, index);
      return replay;
    } catch (e) {
      replaceChildren(
        status,
        `The game could not be replayed: ${e instanceof Error ? e.message : String(e)}`,
      );
      return null;
    }
  };
  numberInput.addEventListener('change', () => {
    const v = Number(numberInput.value);
    if (Number.isInteger(v) && v >= 1 && v <= runs) {
      index = v - 1;
      show();
    } else replaceChildren(status, `Choose a game from 1 to ${runs}.`);
  });
  const filterId = uid('lab-filter');
  const armId = uid('lab-arm');
  const controls = h(
    'div',
    { class: 'row lab-game-controls' },
    arms.length > 1
      ? h(
          'span',
          null,
          h('label', { for: armId }, 'Setup: '),
          h(
            'select',
            {
              id: armId,
              onchange: (e: Event) => (
                (arm = Number((e.target as HTMLSelectElement).value)),
                show()
              ),
            },
            ...arms.map((a, i) => h('option', { value: i }, `${a.name}: ${a.label}`)),
          ),
        )
      : null,
    h(
      'span',
      null,
      h('label', { for: filterId }, 'Only games where: '),
      h(
        'select',
        {
          id: filterId,
          onchange: (e: Event) => {
            filter = (e.target as HTMLSelectElement).value as Filter;
            if (!matches(arms[arm].records[index])) step(1);
          },
        },
        h('option', { value: 'any' }, 'anything happens'),
        ...CONTENDERS.map((c) => h('option', { value: c }, `${CONTENDER_INFO[c].name} wins`)),
        h('option', { value: 'none' }, 'no one wins'),
      ),
    ),
    h('span', null, h('label', { for: numberId }, 'Game: '), numberInput),
    h('button', { type: 'button', onclick: () => step(-1) }, 'Previous game'),
    h('button', { type: 'button', onclick: () => step(1) }, 'Next game'),
  );
  const actions = h(
    'div',
    { class: 'row' },
    h(
      'button',
      {
        type: 'button',
        onclick: async () => {
          const replay = await getReplay();
          if (!replay) return;
          download(
            `heirs-lab-${replay.scenario}-${replay.seed.replace(/[^\w-]+/g, '-')}-replay.json`,
            JSON.stringify(replay),
          );
          replaceChildren(
            status,
            `Replay of game ${index + 1} downloaded. Watch it from the title screen (\u201cWatch a replay\u201d), or check it with \u201cheirs replay\u201d.`,
          );
        },
      },
      'Download this game\u2019s replay',
    ),
    h(
      'button',
      {
        type: 'button',
        onclick: async () => {
          const tab = openViewerTab();
          const replay = await getReplay();
          if (!replay) {
            tab?.close();
            return;
          }
          if (sendToViewer(tab, replay))
            replaceChildren(status, `Game ${index + 1} opens in the replay viewer, in a new tab.`);
          else {
            replaceChildren(
              status,
              'The browser has no room to pass the game on: download its replay instead.',
            );
          }
        },
      },
      'Watch this game',
    ),
  );
  show();
  return h(
    'section',
    { class: 'lab-section', 'aria-labelledby': 'lab-games-title' },
    h('h2', { id: 'lab-games-title' }, 'One game at a time'),
    h(
      'p',
      { class: 'hint' },
      'Every game above can be replayed move by move: pick one, then watch it on the board or download its replay file.',
    ),
    controls,
    card,
    actions,
    status,
  );
}
