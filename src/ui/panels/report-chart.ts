// The power chart: one line per contender over the quarters, as SVG (it prints), with each
// line labelled by name at its end (colour is not the only signal) and the numbers in a table.
import { h, tableHead, tableRow } from '../dom.ts';
import type { ReportData } from './report-data.ts';

const NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function powerChart(data: ReportData): HTMLElement {
  const W = 900;
  const H = 340;
  const L = 44;
  const R = 110;
  const T = 14;
  const B = 40;
  const n = data.power.labels.length;
  const max = Math.max(10, ...data.power.series.flatMap((s) => s.values));
  const x = (i: number) => L + (n <= 1 ? 0 : (i / (n - 1)) * (W - L - R));
  const y = (v: number) => T + (1 - v / max) * (H - T - B);
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-labelledby': 'chart-title chart-desc',
  });
  const title = svg('title', { id: 'chart-title' });
  title.textContent = 'Power over time';
  const desc = svg('desc', { id: 'chart-desc' });
  desc.textContent = `Power index of each contender, quarter by quarter. At the end: ${data.power.series.map((s) => `${s.name} ${s.values[s.values.length - 1] ?? 0}`).join(', ')}.`;
  root.append(title, desc);
  for (let v = 0; v <= max; v += 10) {
    root.append(
      svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: '#d6c59e', 'stroke-width': 1 }),
    );
    const t = svg('text', {
      x: L - 6,
      y: y(v) + 4,
      'text-anchor': 'end',
      'font-size': 12,
      fill: '#5b5347',
    });
    t.textContent = String(v);
    root.append(t);
  }
  data.power.labels.forEach((label, i) => {
    if (!/^Jan/.test(label) && i !== 0) return;
    const t = svg('text', {
      x: x(i),
      y: H - B + 18,
      'text-anchor': 'middle',
      'font-size': 12,
      fill: '#5b5347',
    });
    t.textContent = label.replace(/^.*?(\d{4}).*$/, '$1');
    root.append(t);
  });
  const ends: { y: number; s: ReportData['power']['series'][number] }[] = [];
  data.power.series.forEach((s, k) => {
    const points = s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    root.append(
      svg('polyline', {
        points,
        fill: 'none',
        stroke: s.colour,
        'stroke-width': s.id === data.player ? 4 : 2.5,
        'stroke-dasharray': k % 2 === 1 ? '7 4' : 'none',
      }),
    );
    ends.push({ y: y(s.values[s.values.length - 1] ?? 0), s });
  });
  // Labels at the right end, nudged apart so none overlap.
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++)
    if (ends[i].y - ends[i - 1].y < 14) ends[i].y = ends[i - 1].y + 14;
  for (const e of ends) {
    const t = svg('text', {
      x: W - R + 6,
      y: e.y + 4,
      'font-size': 13,
      fill: e.s.colour,
      'font-weight': e.s.id === data.player ? 'bold' : 'normal',
    });
    t.textContent = e.s.name + (e.s.id === data.player ? ' (you)' : '');
    root.append(t);
  }
  const table = h(
    'table',
    { class: 'data' },
    h('caption', null, 'Power index by quarter'),
    tableHead('Quarter', ...data.power.series.map((s) => s.name)),
    h(
      'tbody',
      null,
      ...data.power.labels.map((l, i) =>
        tableRow(
          l,
          data.power.series.map((s) => String(s.values[i] ?? '')),
        ),
      ),
    ),
  );
  const wrap = h('div', { class: 'chart' });
  wrap.append(
    root,
    h(
      'p',
      { class: 'hint chart-unit' },
      'The power index is in points (about 0\u2013100): a share of the Central Committee (up to 35) and of congress delegates (up to 25), posts (up to 15), prestige (up to 15) and a Politburo seat (6). A fallen leader has 0.',
    ),
    h('details', null, h('summary', null, 'Show the numbers'), table),
  );
  return wrap;
}
