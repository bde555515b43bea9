// While the games run: who wins so far, redrawn about once a second from the games finished in
// every setup, so a class has something to watch. The ranges are wide at first and narrow as
// games come in — which is itself the lesson about sample size.
import { emptyTable, type BatchSpec, type LabTable } from '../../lab/batch.ts';
import { recordOf } from '../../lab/lab-game.ts';
import { h, replaceChildren } from '../dom.ts';
import { shareChart } from './charts.ts';
import { winnerRows, type ArmResult } from './model.ts';
import { armLabel } from './setup.ts';

export class LivePreview {
  private body = h('div', { class: 'lab-live-body' });
  readonly root = h(
    'section',
    { class: 'lab-section lab-live', 'aria-labelledby': 'lab-live-title' },
    h('h2', { id: 'lab-live-title' }, 'Who wins so far'),
    this.body,
  );
  private last = -Infinity;

  constructor(
    private specs: BatchSpec[],
    private tables: (LabTable | undefined)[][],
  ) {}

  /** Redraw, at most once a second unless `now` is asked for. */
  update(force = false): void {
    const t = performance.now();
    if (!force && t - this.last < 1000) return;
    this.last = t;
    const done: number[] = [];
    for (let i = 0; i < this.specs[0].runs; i++) {
      if (this.tables.every((arm) => arm[i])) done.push(i);
    }
    if (done.length === 0) return;
    const arms: ArmResult[] = this.specs.map((spec, a) => ({
      spec,
      name: this.specs.length > 1 ? (a === 0 ? 'A' : 'B') : '',
      label: armLabel(spec),
      records: done.map((i) => recordOf(spec, this.tables[a][i] as LabTable, i)),
      table: emptyTable(spec),
    }));
    replaceChildren(
      this.body,
      h(
        'p',
        { class: 'hint' },
        `After ${done.length.toLocaleString('en-GB')} game${done.length === 1 ? '' : 's'}${arms.length > 1 ? ' of each setup' : ''}. The lines show the 95% range: watch them narrow as more games finish.`,
      ),
      shareChart('Who wins so far', winnerRows(arms), arms),
    );
  }
}
