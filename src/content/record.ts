// Entries of the historical record that the calendar always shows, whatever happens in a game.
// They are not deck events: they change nothing in play, they only date what really happened
// (the issue asked for them so the calendar tells the whole story, not only the game's).
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
