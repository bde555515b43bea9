// The exact numbers beside each chart: games, share with its 95% range, and (for two setups)
// the change and whether it is larger than chance — with the reasoning in plain words.
import { oneIn } from '../../lab/stats.ts';
import { h, tableHead } from '../dom.ts';
import { points, range, share, type ArmResult, type FateGroup, type Row } from './model.ts';

function armCells(r: Row, i: number, two: boolean): HTMLTableCellElement[] {
  const count = r.counts[i].toLocaleString('en-GB');
  const p = share(r.counts[i] / Math.max(1, r.runs[i]));
  const iv = range(r.intervals[i]);
  if (two) {
    return [h('td', { class: 'num' }, `${count} \u00b7 ${p}`, h('span', { class: 'range' }, iv))];
  }
  return [
    h('td', { class: 'num' }, count),
    h('td', { class: 'num' }, p),
    h('td', { class: 'num' }, iv),
  ];
}

function verdictCells(r: Row): HTMLTableCellElement[] {
  const p = r.paired;
  if (!p) return [];
  const change = h('td', { class: 'num' }, points(p.difference));
  if (p.onlyA + p.onlyB === 0) {
    return [
      change,
      h(
        'td',
        { class: 'verdict' },
        h('strong', null, 'No'),
        h('span', { class: 'why' }, 'no pair differs'),
      ),
    ];
  }
  return [
    change,
    h(
      'td',
      { class: p.significant ? 'verdict yes' : 'verdict' },
      h('strong', null, p.significant ? 'Yes' : 'No'),
      h(
        'span',
        { class: 'why' },
        `pairs: ${p.onlyA} only A, ${p.onlyB} only B; by chance ${oneIn(p.p)}`,
      ),
    ),
  ];
}

function heads(first: string, arms: readonly ArmResult[]): HTMLTableSectionElement {
  if (arms.length === 2) {
    return tableHead(
      first,
      'A: games \u00b7 share (95% range)',
      'B: games \u00b7 share (95% range)',
      'Change, A to B',
      'Larger than chance?',
    );
  }
  return tableHead(first, 'Games', 'Share', '95% range');
}

export function shareTable(
  caption: string,
  rows: readonly Row[],
  arms: readonly ArmResult[],
): HTMLElement {
  return h(
    'table',
    { class: 'data lab-table' },
    h('caption', null, caption),
    heads('Who', arms),
    h(
      'tbody',
      null,
      ...rows.map((r) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, r.label),
          ...arms.flatMap((_, i) => armCells(r, i, arms.length === 2)),
          ...verdictCells(r),
        ),
      ),
    ),
  );
}

export function fateTable(groups: readonly FateGroup[], arms: readonly ArmResult[]): HTMLElement {
  return h(
    'table',
    { class: 'data lab-table' },
    h('caption', null, 'Each contender\u2019s fate: exact counts'),
    heads('Fate', arms),
    ...groups.map((g) =>
      h(
        'tbody',
        null,
        h(
          'tr',
          { class: 'group' },
          h('th', { scope: 'rowgroup', colspan: arms.length === 2 ? 5 : 4 }, g.name),
        ),
        ...g.seen.map((r) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row', 'aria-label': `${g.name}: ${r.label}` }, r.label),
            ...arms.flatMap((_, i) => armCells(r, i, arms.length === 2)),
            ...verdictCells(r),
          ),
        ),
      ),
    ),
  );
}

/** How to read the numbers, for a teacher and a class. */
export function howToRead(arms: readonly ArmResult[]): HTMLElement {
  const n = arms[0]?.records.length ?? 0;
  return h(
    'details',
    { class: 'lab-how', open: arms.length === 2 },
    h('summary', null, 'How to read these numbers'),
    h(
      'p',
      null,
      'The range after each share is a 95% interval (Wilson\u2019s method): with this many games, the true share is very likely inside it. Fewer games give wider ranges. ',
      `Here each setup played ${n.toLocaleString('en-GB')} games.`,
    ),
    arms.length === 2
      ? h(
          'p',
          null,
          'Both setups play the same numbered games with the same seeds, so game 12 of A is paired with game 12 of B. For each row we count the pairs where it happened with one setup but not the other. If the difference between A and B were only luck, those pairs would split about evenly, like tossing a coin. \u201cYes\u201d means a split as uneven as this would happen by chance less than 1 time in 20 (an exact McNemar test on the pairs). \u201cNo\u201d does not prove there is no effect: with more games a small one may show.',
        )
      : null,
    arms.length === 2
      ? h(
          'p',
          null,
          'The tables have many rows. Even with no real effect, about 1 row in 20 can say \u201cYes\u201d by luck: a surprising result deserves a second run with another seed.',
        )
      : null,
  );
}
