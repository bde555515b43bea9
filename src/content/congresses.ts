// Congresses and party conferences on their historical dates (fact sheet: congresses[]).
// The rules hold a congress in the quarter that contains its opening day.
// Every note starts "In the record:" because it is shown wherever the gathering is named (the
// calendar, the chronicle, the congress message) even in games that took another course.
export interface GatheringDef {
  id: string;
  title: string;
  kind: 'congress' | 'conference';
  /** Opening day in the record. */
  date: string;
  endDate: string;
  /** Congresses elect the Central Committee; conferences only condemn platforms. */
  electsCentralCommittee: boolean;
  /** What really happened there, framed as the record ("In the record: ..."), not as this game. */
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
    note: 'In the record: it met without Lenin, who was ill. It dealt with the trade unions, the co-operatives and the other socialist parties.',
  },
  {
    id: 'congress_12',
    title: '12th Party Congress',
    kind: 'congress',
    date: '1923-04-17',
    endDate: '1923-04-25',
    electsCentralCommittee: true,
    note: 'In the record: the first congress without Lenin. The Troika ran it, and Stalin gave the report on the party\u2019s organisation.',
  },
  {
    id: 'conference_13',
    title: '13th Party Conference',
    kind: 'conference',
    date: '1924-01-16',
    endDate: '1924-01-18',
    electsCentralCommittee: false,
    note: 'In the record: it condemned Trotsky\u2019s \u201cNew Course\u201d opposition, days before Lenin died.',
  },
  {
    id: 'congress_13',
    title: '13th Party Congress',
    kind: 'congress',
    date: '1924-05-23',
    endDate: '1924-05-31',
    electsCentralCommittee: true,
    note: 'In the record: Lenin\u2019s Testament was read only to small groups of delegates. Stalin stayed General Secretary.',
  },
  {
    id: 'conference_14',
    title: '14th Party Conference',
    kind: 'conference',
    date: '1925-04-27',
    endDate: '1925-04-29',
    electsCentralCommittee: false,
    note: 'In the record: it passed the resolution on building socialism in the USSR (Socialism in One Country).',
  },
  {
    id: 'congress_14',
    title: '14th Party Congress',
    kind: 'congress',
    date: '1925-12-18',
    endDate: '1925-12-31',
    electsCentralCommittee: true,
    note: 'In the record: the Stalin\u2013Bukharin majority beat the Leningrad opposition of Zinoviev and Kamenev.',
  },
  {
    id: 'conference_15',
    title: '15th Party Conference',
    kind: 'conference',
    date: '1926-10-26',
    endDate: '1926-11-03',
    electsCentralCommittee: false,
    note: 'In the record: it condemned the United Opposition of Trotsky, Zinoviev and Kamenev.',
  },
  {
    id: 'congress_15',
    title: '15th Party Congress',
    kind: 'congress',
    date: '1927-12-02',
    endDate: '1927-12-19',
    electsCentralCommittee: true,
    note: 'In the record: it said opposition views had no place in the party and expelled the oppositionists. It also called for a first Five-Year Plan and for collective farms that peasants joined by choice.',
  },
  {
    id: 'conference_16',
    title: '16th Party Conference',
    kind: 'conference',
    date: '1929-04-23',
    endDate: '1929-04-29',
    electsCentralCommittee: false,
    note: 'In the record: it adopted the most ambitious, \u201coptimal\u201d version of the First Five-Year Plan. The Right objected in vain.',
  },
];
