// The board in words: everything the canvas shows, as tables a screen reader (or a keyboard
// player who wants the numbers) can read.
import { CONTENDER_INFO } from '../../content/people.ts';
import type { BoardModel } from '../board/model.ts';
import { MARK } from '../board/palette.ts';
import { explainGrain } from '../board/grain.ts';
import { h, pct, replaceChildren, tableHead, tableRow } from '../dom.ts';
import { linkify } from './refs.ts';
import { heatWords } from '../board/heat.ts';
import { range } from '../board/estimate.ts';
import { bus, type BoardPick } from '../bus.ts';
import type { Notice } from '../session/notice.ts';

function pick(p: BoardPick): void {
  bus.emit('board.pick', p);
}

function explain(label: string, area: 'politburo' | 'track' | 'grain' | 'calendar'): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'link',
      onclick: () => pick({ kind: 'area', id: area }),
      'aria-label': `Explain: ${label}`,
    },
    'explain',
  );
}

function lean(v: number): string {
  if (v <= -15) return `Left (${Math.round(v)})`;
  if (v >= 15) return `Right (+${Math.round(v)})`;
  return `Centre (${Math.round(v)})`;
}

export function renderBoardText(root: HTMLElement, m: BoardModel): void {
  const name = (id: string | null) =>
    id ? (m.seats.find((s) => s.id === id)?.name ?? id) : 'nobody';
  replaceChildren(
    root,
    h('h2', { class: 'move-head', tabindex: -1 }, 'The board in words'),
    h(
      'p',
      null,
      `${m.dateLabel}. Your estimates of rivals may be off by \u00b1${m.estimateError} secretaries in each region.`,
    ),
    h(
      'table',
      { class: 'data' },
      h('caption', null, 'Contenders'),
      tableHead('Who', 'Standing', 'Posts', 'Health', 'Prestige', 'Heat', 'Delegates'),
      h(
        'tbody',
        null,
        ...m.seats.map((s) =>
          tableRow(
            [
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  onclick: () => pick({ kind: 'contender', id: s.id }),
                  'aria-label': `${s.name}: details`,
                },
                `${s.name} (${MARK[s.id]})`,
              ),
              s.isViewer ? ' \u2014 you' : '',
            ],
            [
              s.statusLabel,
              s.posts.join(', ') || '\u2014',
              String(Math.round(s.health)),
              String(Math.round(s.prestige)),
              heatWords(s),
              `${s.isViewer ? '' : '\u2248'}${pct(s.delegateShare)}`,
            ],
          ),
        ),
      ),
    ),
    h(
      'table',
      { class: 'data' },
      h('caption', null, 'Party regions'),
      tableHead('Region', 'Delegates', 'Held by (secretaries of 10)', 'Your secretaries', 'Mood'),
      h(
        'tbody',
        null,
        ...m.regions.map((r) =>
          tableRow(
            [
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  onclick: () => pick({ kind: 'region', id: r.id }),
                  'aria-label': `${r.name}: details`,
                },
                r.name,
              ),
            ],
            [
              String(r.weight),
              r.controller
                ? `${name(r.controller)}${r.controller === m.viewer ? ' (you)' : ', your estimate'}: ${range(
                    r.slots.filter((x) => x === r.controller).length,
                    m.estimateError,
                    r.controller === m.viewer,
                  )}`
                : 'No one (open)',
              `${r.mine} of 10`,
              lean(r.mood),
            ],
          ),
        ),
      ),
    ),
    h('h3', null, 'Party line ', explain('Party line', 'track')),
    h(
      'p',
      null,
      ...linkify(
        `The economy: ${lean(m.line.economy)} (Left = build industry fast, Right = keep the NEP). The revolution: ${lean(m.line.revolution)} (Left = Permanent Revolution, Right = Socialism in One Country).`,
      ),
    ),
    h('h3', null, 'Grain ', explain('Grain', 'grain')),
    h(
      'p',
      null,
      `Harvest ${m.economy.harvest} million tonnes. Procured ${m.economy.procured} of ${m.economy.needs} needed. Unrest ${Math.round(m.economy.unrest)}/100${m.economy.rationing ? ', rationing' : ''}. ${explainGrain(m)}`,
    ),
    h('h3', null, 'Alliances you know of'),
    m.alliances.length > 0
      ? h(
          'ul',
          null,
          ...m.alliances.map((a) =>
            h(
              'li',
              null,
              `${CONTENDER_INFO[a.a].name} and ${CONTENDER_INFO[a.b].name}${a.secret ? ' (secret)' : ''}`,
            ),
          ),
        )
      : h('p', null, 'None.'),
    h('h3', null, 'Politburo ', explain('Politburo', 'politburo')),
    h(
      'p',
      null,
      `Members: ${m.politburo
        .filter((p) => p.seat === 'full')
        .map((p) => (p.standing ? `${p.name} (${p.standing})` : p.name))
        .join(', ')}. Candidates: ${
        m.politburo
          .filter((p) => p.seat === 'candidate')
          .map((p) => p.name)
          .join(', ') || 'none'
      }.`,
    ),
    h('p', null, m.politburoBalance),
    h('h3', null, 'Calendar ', explain('Calendar', 'calendar')),
    h(
      'p',
      null,
      m.nextGathering
        ? `Next: ${m.nextGathering.title}, ${m.nextGathering.label}.`
        : 'No more congresses before the end.',
    ),
    ...(m.secretariatNotice ? [noticeWords('secretariat-notice', m.secretariatNotice)] : []),
    ...(m.voteAheadNotice ? [noticeWords('vote-ahead-notice', m.voteAheadNotice)] : []),
  );
}

/** A notice of the quarter's moment in words: its title, then its lines as a list. */
function noticeWords(kind: string, notice: Notice): HTMLElement {
  return h(
    'div',
    { class: kind },
    h('p', null, h('strong', null, notice.title)),
    h('ul', null, ...notice.lines.map((line) => h('li', null, line))),
  );
}
