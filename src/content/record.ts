// Entries of the historical record that the calendar always shows, whatever happens in a game.
// They are not deck events: they change nothing in play, they only date what really happened
// (the issue asked for them so the calendar tells the whole story, not only the game's).
import type { PersonId, PostId } from '../sim/ids.ts';
import type { HistoricalDate } from './types.ts';

export interface RecordEntry {
  id: string;
  title: string;
  date: HistoricalDate;
  /** The most likely day when `date` gives only the month: used to order the calendar. */
  bestKnown?: HistoricalDate;
  note: string;
  ref: string;
  /**
   * A deck event that tells the same story: when the calendar already lists it, this entry is
   * left out, so nothing is shown twice.
   */
  sameAs?: string;
}

export const RECORD_ENTRIES: readonly RecordEntry[] = [
  {
    id: 'record_stalin_general_secretary',
    title: 'Stalin made General Secretary',
    date: '1922-04-03',
    note: 'The Central Committee met after the 11th Congress and made Stalin the party\u2019s first General Secretary. At the time few people saw the post as the key to power.',
    ref: 'Fact sheet: stalin_general_secretary (1922-04-03).',
  },
  {
    id: 'record_politburo_enlarged_1926',
    title: 'The Politburo enlarged after the 14th Congress',
    date: '1926-01-01',
    note: 'The first Central Committee meeting after the 14th Congress made the Politburo nine strong. Molotov, Kalinin and Voroshilov became full members, and Kamenev was cut to a candidate.',
    ref: 'Fact sheet: politburo_jan_1926 (1926-01-01).',
    sameAs: 'politburo_jan_1926',
  },
  {
    id: 'record_grain_procurement_crisis',
    title: 'The grain procurement crisis',
    date: '1927-11',
    bestKnown: '1927-11-15',
    note: 'In November and December 1927 the state bought only about half as much grain as a year before, although the harvest was average. Peasants held back grain because prices were low and there was little to buy.',
    ref: 'Fact sheet: grain_procurement_crisis (1927-11); Encyclopedia of Russian History, "Grain crisis of 1928".',
  },
];

/**
 * Who held a post in the record, and when (months, from the fact sheet's posts). `to` is the
 * latest month the record allows; `sureEnd` is false where the sources disagree on the end
 * (the note then gives no end). Someone outside the game has a name instead of an id.
 */
export interface Tenure {
  holder: PersonId | { name: string };
  from: string;
  to: string | null;
  sureEnd: boolean;
}

/**
 * The record's holders of the game's posts, 1922–1929, for the posts whose holders the fact
 * sheet dates. Left out: the Orgburo (the game's post stands for the Secretariat's work, which
 * Molotov and others shared) and Rabkrin (the fact sheet gives only years before 1926).
 */
export const POSTS_IN_RECORD: Readonly<Partial<Record<PostId, readonly Tenure[]>>> = {
  general_secretary: [{ holder: 'stalin', from: '1922-04', to: null, sureEnd: true }],
  war_commissar: [
    // The day Trotsky's tenure ended is uncertain; the month (the January 1925 plenum) is not.
    { holder: 'trotsky', from: '1918-03', to: '1925-01', sureEnd: true },
    { holder: 'frunze', from: '1925-01', to: '1925-10', sureEnd: true },
    { holder: 'voroshilov', from: '1925-11', to: '1934-06', sureEnd: true },
  ],
  leningrad_party: [
    { holder: 'zinoviev', from: '1917-12', to: '1926-01', sureEnd: false },
    { holder: 'kirov', from: '1926-01', to: '1934-12', sureEnd: true },
  ],
  moscow_party: [
    { holder: 'uglanov', from: '1924-08', to: '1928-11', sureEnd: true },
    { holder: 'molotov', from: '1928-11', to: '1929-08', sureEnd: true },
    { holder: { name: 'Bauman' }, from: '1929-08', to: '1930-07', sureEnd: true },
  ],
  // Bukharin left Pravda in April or in November 1929: the sources differ.
  pravda: [{ holder: 'bukharin', from: '1918-11', to: '1929-11', sureEnd: false }],
  comintern: [
    { holder: 'zinoviev', from: '1919-03', to: '1926-11', sureEnd: true },
    { holder: 'bukharin', from: '1926-11', to: '1929-07', sureEnd: false },
  ],
  sovnarkom: [
    { holder: 'lenin', from: '1917-11', to: '1924-01', sureEnd: true },
    { holder: 'rykov', from: '1924-02', to: '1930-12', sureEnd: true },
  ],
  // The fact sheet dates him from September 1922 (one source says 1919) to May 1929 (unsure).
  trade_unions: [{ holder: 'tomsky', from: '1922-09', to: '1929-05', sureEnd: false }],
};
