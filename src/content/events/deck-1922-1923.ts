import type { EventDef } from '../types.ts';

export const DECK_1922_1923: readonly EventDef[] = [
  {
    id: 'lenin_stroke_1',
    title: "Lenin's first stroke",
    kind: 'event',
    date: '1922-05',
    window: { from: '1922-04', to: '1922-06' },
    text: 'Lenin collapses at his country house at Gorki. He cannot speak or write for weeks, and the doctors order complete rest. For the first time the leaders must ask who will run the party without him.',
    effects: [
      { kind: 'figure', figure: 'lenin', incapacitated: true },
      { kind: 'prestige', who: 'holder:general_secretary', delta: 2 },
    ],
    history:
      'Lenin suffered his first stroke in late May 1922 (sources give 25, 26 or 27 May). He lost the use of his right side and his speech for a time and spent the summer recovering at Gorki.',
    ref: 'Fact sheet: lenin_stroke_1 (uncertain day; month secure).',
  },
  {
    id: 'lenin_returns_1922',
    title: 'Lenin returns to work',
    kind: 'event',
    date: '1922-10',
    window: { from: '1922-10', to: '1922-12' },
    conditions: [{ kind: 'alive', who: 'lenin', is: true }],
    text: 'Lenin is back in the Kremlin, thinner and slower. He watches his colleagues closely, and he is starting to worry about Stalin.',
    effects: [{ kind: 'figure', figure: 'lenin', incapacitated: false }],
    history:
      'Lenin returned to work in October 1922 but worked only a few months; his last day in his Kremlin office was 12 December 1922.',
    ref: 'Fact sheet: lenin_last_kremlin_workday.',
  },
  {
    id: 'lenin_stroke_2',
    title: "Lenin's second stroke",
    kind: 'event',
    date: '1922-12',
    window: { from: '1922-10', to: '1922-12' },
    conditions: [{ kind: 'fired', event: 'lenin_returns_1922', is: true }],
    text: 'Lenin suffers another stroke and his right arm and leg are paralysed. The Central Committee makes Stalin responsible for keeping him isolated, as the doctors order.',
    effects: [
      { kind: 'figure', figure: 'lenin', incapacitated: true },
      { kind: 'prestige', who: 'stalin', delta: 2 },
    ],
    history:
      'In mid-December 1922 (13, 15 or 16 December by different sources) Lenin\u2019s health collapsed again. On 18 December a Central Committee plenum made Stalin personally responsible for the doctors\u2019 rules around him.',
    ref: 'Fact sheet: lenin_stroke_2 (uncertain day), cc_plenum_lenin_regime (1922-12-18).',
  },
];
