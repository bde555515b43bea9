// The lab's charts, as SVG: bars of shares with their 95% range as a whisker, and each
// contender's fates as a stacked bar. Every bar carries its number in words too (colour is never
// the only signal), and the exact counts are in the table beside each chart.
import { FATES, type Fate } from '../../sim/ids.ts';
import { FATE_LABEL } from '../board/over-model.ts';
import { h } from '../dom.ts';
import { share, type ArmResult, type FateGroup, type Row } from './model.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Setup A dark, setup B red; the bar's own label says which. */
export const ARM_COLOUR = ['#2f3b52', '#b3201c'];

export const FATE_COLOUR: Record<Fate, string> = {
  supreme: '#7d1411',
  collective: '#c0392b',
  survived: '#e0a030',
  sidelined: '#b8ad98',
  expelled: '#6b5d4a',
  exiled: '#4b3a73',
  dead: '#111111',
};

const LIGHT_TEXT: ReadonlySet<Fate> = new Set([
  'supreme',
  'collective',
  'expelled',
  'exiled',
  'dead',
]);

const W = 440;
const LABEL_W = 78;
const RIGHT = 58;
const BAR = 15;

/** A row's name, right-aligned in the label column, centred on the row's band. */
function rowLabel(y0: number, per: number, text: string): SVGTextElement {
  return svg(
    'text',
    {
      x: LABEL_W - 6,
      y: y0 + (per - 10) / 2 + 4,
      'text-anchor': 'end',
      'font-size': 13,
      fill: '#1b1b1b',
    },
    text,
  );
}

function axis(root: SVGSVGElement, top: number, bottom: number): void {
  const x = (v: number) => LABEL_W + v * (W - LABEL_W - RIGHT);
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    root.append(
      svg('line', { x1: x(v), x2: x(v), y1: top, y2: bottom, stroke: '#d6c59e' }),
      svg(
        'text',
        { x: x(v), y: bottom + 14, 'text-anchor': 'middle', 'font-size': 11, fill: '#5b5347' },
        `${v * 100}%`,
      ),
    );
  }
}

function chartRoot(title: string, desc: string, height: number): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${W} ${height}`, role: 'img', class: 'lab-chart' });
  const t = svg('title', {}, title);
  const d = svg('desc', {}, desc);
  root.append(t, d);
  return root;
}

/** Bars of shares, one per setup per row, each with its 95% range. */
export function shareChart(
  title: string,
  rows: readonly Row[],
  arms: readonly ArmResult[],
): SVGSVGElement {
  const per = arms.length * (BAR + 3) + 10;
  const top = 6;
  const height = top + rows.length * per + 22;
  const desc = rows
    .map(
      (r) =>
        `${r.label}: ${r.counts.map((c, i) => `${arms[i].name} ${share(c / Math.max(1, r.runs[i]))}`.trim()).join(', ')}`,
    )
    .join('; ');
  const root = chartRoot(title, desc, height);
  axis(root, top, height - 22);
  const x = (v: number) => LABEL_W + v * (W - LABEL_W - RIGHT);
  rows.forEach((r, ri) => {
    const y0 = top + ri * per + 5;
    root.append(rowLabel(y0, per, r.label));
    r.counts.forEach((c, ai) => {
      const y = y0 + ai * (BAR + 3);
      const p = c / Math.max(1, r.runs[ai]);
      const iv = r.intervals[ai];
      root.append(
        svg('rect', {
          x: x(0),
          y,
          width: Math.max(0.5, x(p) - x(0)),
          height: BAR,
          fill: ARM_COLOUR[ai],
        }),
        svg('line', {
          x1: x(iv.low),
          x2: x(iv.high),
          y1: y + BAR / 2,
          y2: y + BAR / 2,
          stroke: '#1b1b1b',
          'stroke-width': 1.5,
        }),
        svg('line', {
          x1: x(iv.low),
          x2: x(iv.low),
          y1: y + 3,
          y2: y + BAR - 3,
          stroke: '#1b1b1b',
          'stroke-width': 1.5,
        }),
        svg('line', {
          x1: x(iv.high),
          x2: x(iv.high),
          y1: y + 3,
          y2: y + BAR - 3,
          stroke: '#1b1b1b',
          'stroke-width': 1.5,
        }),
        svg(
          'text',
          { x: x(iv.high) + 5, y: y + BAR - 3, 'font-size': 12, fill: '#1b1b1b' },
          `${arms[ai].name ? `${arms[ai].name} ` : ''}${share(p)}`,
        ),
      );
    });
  });
  return root;
}

/** Each contender's fates as one stacked bar per setup, with a legend. */
export function fateChart(groups: readonly FateGroup[], arms: readonly ArmResult[]): HTMLElement {
  const per = arms.length * (BAR + 3) + 10;
  const top = 6;
  const height = top + groups.length * per + 22;
  const desc = groups
    .map(
      (g) =>
        `${g.name}: ${g.seen.map((r) => `${r.label} ${r.counts.map((c, i) => share(c / Math.max(1, r.runs[i]))).join(' / ')}`).join(', ')}`,
    )
    .join('; ');
  const root = chartRoot('Each contender\u2019s fate', desc, height);
  axis(root, top, height - 22);
  const x = (v: number) => LABEL_W + v * (W - LABEL_W - RIGHT);
  groups.forEach((g, gi) => {
    const y0 = top + gi * per + 5;
    root.append(rowLabel(y0, per, g.name));
    arms.forEach((arm, ai) => {
      const y = y0 + ai * (BAR + 3);
      let at = 0;
      g.all.forEach((r, fi) => {
        const p = r.counts[ai] / Math.max(1, r.runs[ai]);
        if (p <= 0) return;
        const fate = FATES[fi];
        const seg = svg('rect', {
          x: x(at),
          y,
          width: x(at + p) - x(at),
          height: BAR,
          fill: FATE_COLOUR[fate],
          stroke: '#efe4cc',
          'stroke-width': 0.5,
        });
        seg.append(
          svg(
            'title',
            {},
            `${g.name}, ${arm.name ? `setup ${arm.name}, ` : ''}${FATE_LABEL[fate]}: ${share(p)}`,
          ),
        );
        root.append(seg);
        if (x(at + p) - x(at) >= 30) {
          root.append(
            svg(
              'text',
              {
                x: (x(at) + x(at + p)) / 2,
                y: y + BAR - 3.5,
                'text-anchor': 'middle',
                'font-size': 11,
                fill: LIGHT_TEXT.has(fate) ? '#fff' : '#1b1b1b',
              },
              share(p),
            ),
          );
        }
        at += p;
      });
      if (arm.name) {
        root.append(
          svg('text', { x: x(1) + 5, y: y + BAR - 3, 'font-size': 12, fill: '#1b1b1b' }, arm.name),
        );
      }
    });
  });
  const legend = h(
    'ul',
    { class: 'lab-legend', 'aria-hidden': 'true' },
    ...FATES.map((f) =>
      h(
        'li',
        null,
        h('span', { class: 'swatch', style: `background:${FATE_COLOUR[f]}` }),
        FATE_LABEL[f],
      ),
    ),
  );
  return h('div', { class: 'lab-fate-chart' }, root, legend);
}
