// A region's details, opened by clicking it on the board (or from the board in words).
import type { BoardModel } from '../board/model.ts';
import { MARK } from '../board/palette.ts';
import { CONTENDERS } from '../../sim/ids.ts';
import type { RegionId } from '../../sim/ids.ts';
import { h } from '../dom.ts';
import { openDialog } from './dialog.ts';
import { linkify } from './refs.ts';
import { range } from '../board/estimate.ts';

export function openRegionDialog(model: BoardModel, id: RegionId): void {
  const r = model.regions.find((x) => x.id === id);
  if (!r) return;
  const counts = CONTENDERS.map((c) => ({ c, n: r.slots.filter((s) => s === c).length })).filter(
    (x) => x.n > 0,
  );
  const open = r.slots.filter((s) => s === null).length;
  const name = (c: string) => model.seats.find((s) => s.id === c)?.name ?? c;
  openDialog({
    title: r.name,
    kicker: 'Party region',
    body: [
      h(
        'p',
        null,
        ...linkify(
          `${r.weight} delegates to the next congress. Its ten secretaries pick most of them.`,
        ),
      ),
      h(
        'ul',
        null,
        ...counts.map((x) =>
          h(
            'li',
            null,
            x.c === model.viewer
              ? `${name(x.c)} (${MARK[x.c]}): ${x.n} secretar${x.n === 1 ? 'y' : 'ies'} \u2014 yours, exact`
              : `${name(x.c)} (${MARK[x.c]}): ${range(x.n, model.estimateError, false)} secretaries \u2014 your estimate, it may be off by up to ${model.estimateError}`,
          ),
        ),
        h('li', null, `Unaligned: ${open}`),
      ),
      h(
        'p',
        null,
        `Mood: ${r.mood <= -15 ? 'leans Left' : r.mood >= 15 ? 'leans Right' : 'in the centre'} (${Math.round(r.mood)} on a scale from \u2212100 to +100). The delegates no loyal secretary picks vote by it: at a congress they back a platform whose leader stands close to it.`,
      ),
      h(
        'p',
        { class: 'hint' },
        r.controller
          ? `${name(r.controller)} holds the region: he has more than three of its secretaries and more than anyone else.`
          : 'No one holds the region yet: nobody has four or more secretaries here.',
      ),
    ],
  });
}
