// Congresses and party conferences on their historical dates (fact sheet: congresses[]).
// The rules hold a congress in the quarter that contains its opening day.
export interface GatheringDef {
  id: string;
  title: string;
  kind: 'congress' | 'conference';
  /** Opening day in the record. */
  date: string;
  endDate: string;
  /** Congresses elect the Central Committee; conferences only condemn platforms. */
  electsCentralCommittee: boolean;
  note: string;
}

export const GATHERINGS: readonly GatheringDef[] = [
  {
    id: 'conference_12',
    title: '12th Party Conference',
    kind: 'conference',
    date: '1922-08-04',
    endDate: '1922-08-07',
    electsCentralCommittee: false,
    note: 'Met without Lenin, who was ill; dealt with trade unions, co-operatives and rival parties.',
  },
  {
    id: 'congress_12',
    title: '12th Party Congress',
    kind: 'congress',
    date: '1923-04-17',
    endDate: '1923-04-25',
    electsCentralCommittee: true,
    note: 'The first congress without Lenin. The Troika ran it; Stalin gave the organisational report.',
  },
  {
    id: 'conference_13',
    title: '13th Party Conference',
    kind: 'conference',
    date: '1924-01-16',
    endDate: '1924-01-18',
    electsCentralCommittee: false,
    note: "Condemned Trotsky's 'New Course' opposition days before Lenin died.",
  },
  {
    id: 'congress_13',
    title: '13th Party Congress',
    kind: 'congress',
    date: '1924-05-23',
    endDate: '1924-05-31',
    electsCentralCommittee: true,
    note: 'The Testament was read only to separate delegations; Stalin stayed General Secretary.',
  },
  {
    id: 'conference_14',
    title: '14th Party Conference',
    kind: 'conference',
    date: '1925-04-27',
    endDate: '1925-04-29',
    electsCentralCommittee: false,
    note: 'Adopted the resolution on building socialism in the USSR.',
  },
  {
    id: 'congress_14',
    title: '14th Party Congress',
    kind: 'congress',
    date: '1925-12-18',
    endDate: '1925-12-31',
    electsCentralCommittee: true,
    note: 'The Stalin\u2013Bukharin majority beat the Leningrad opposition of Zinoviev and Kamenev.',
  },
  {
    id: 'conference_15',
    title: '15th Party Conference',
    kind: 'conference',
    date: '1926-10-26',
    endDate: '1926-11-03',
    electsCentralCommittee: false,
    note: 'Condemned the United Opposition of Trotsky, Zinoviev and Kamenev.',
  },
  {
    id: 'congress_15',
    title: '15th Party Congress',
    kind: 'congress',
    date: '1927-12-02',
    endDate: '1927-12-19',
    electsCentralCommittee: true,
    note: 'Declared opposition views incompatible with membership and expelled the oppositionists.',
  },
  {
    id: 'conference_16',
    title: '16th Party Conference',
    kind: 'conference',
    date: '1929-04-23',
    endDate: '1929-04-29',
    electsCentralCommittee: false,
    note: "Adopted the ambitious 'optimal' version of the First Five-Year Plan over the Right's objections.",
  },
];
