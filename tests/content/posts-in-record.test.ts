// Who held the game's posts in the record: when a game hands a post to someone the record did
// not, the news says who held it then (src/content/record.ts, POSTS_IN_RECORD;
// src/sim/history.ts, recordHolderInstead; src/ui/session/news.ts).
import { describe, expect, it } from 'vitest';
import { POSTS_IN_RECORD } from '../../src/content/record.ts';
import { quarterOf } from '../../src/sim/calendar.ts';
import { recordHolderInstead } from '../../src/sim/history.ts';
import { createGame } from '../../src/sim/index.ts';
import { newsSince } from '../../src/ui/session/news.ts';
import { builtin } from './play.ts';

const q = (yyyyMm: string) => quarterOf(yyyyMm);

describe('the posts in the record', () => {
  it('names the record holder where the game gives the post to someone else', () => {
    // The Politburo voting the War Commissariat to Rykov in 1923: Trotsky held it until 1925.
    expect(recordHolderInstead('war_commissar', 'rykov', q('1923-07'))).toEqual({
      name: 'Trotsky',
      until: '1925-01',
    });
    expect(recordHolderInstead('general_secretary', 'trotsky', q('1927-10'))).toEqual({
      name: 'Stalin',
      until: null,
    });
    // Bukharin's end at Pravda is unsure (April or November 1929): no end is given.
    expect(recordHolderInstead('pravda', 'stalin', q('1928-01'))).toEqual({
      name: 'Bukharin',
      until: null,
    });
    expect(recordHolderInstead('moscow_party', 'kamenev', q('1926-01'))).toEqual({
      name: 'Uglanov',
      until: '1928-11',
    });
  });

  it('says nothing where the game agrees with the record, within a quarter', () => {
    expect(recordHolderInstead('war_commissar', 'frunze', q('1925-01'))).toBeNull();
    // A quarter early: the game's plenum may come before the record's.
    expect(recordHolderInstead('war_commissar', 'frunze', q('1924-10'))).toBeNull();
    // Frunze died in October 1925; Voroshilov followed in November.
    expect(recordHolderInstead('war_commissar', 'voroshilov', q('1925-10'))).toBeNull();
    expect(recordHolderInstead('leningrad_party', 'kirov', q('1926-01'))).toBeNull();
    expect(recordHolderInstead('sovnarkom', 'rykov', q('1924-01'))).toBeNull();
  });

  it('says nothing where the record does not date the holder', () => {
    // The Orgburo and Rabkrin are left out; the Moscow party is dated from Uglanov (1924).
    expect(recordHolderInstead('orgburo', 'trotsky', q('1923-07'))).toBeNull();
    expect(recordHolderInstead('rabkrin', 'trotsky', q('1923-07'))).toBeNull();
    expect(recordHolderInstead('moscow_party', 'trotsky', q('1923-07'))).toBeNull();
  });

  it('has each post\u2019s tenures in order, none ending before it starts', () => {
    for (const [post, tenures] of Object.entries(POSTS_IN_RECORD)) {
      let last = '';
      for (const t of tenures) {
        expect(t.from >= last, `${post}: ${t.from} after ${last}`).toBe(true);
        if (t.to !== null) expect(t.to >= t.from, `${post}: ${t.from}–${t.to}`).toBe(true);
        last = t.from;
      }
    }
  });

  it('puts the record holder in the news when a vote gives the post to another man', () => {
    const game = createGame(builtin('1922-full'), 'posts', {
      difficulty: 'historical',
      whatifs: [],
      faction: 'bukharin',
    });
    const from = game.log.length;
    // Turn 5 of a game from April 1922 is July–September 1923.
    game.log.push({
      turn: 5,
      kind: 'vote',
      text: 'The Politburo gives the post of Commissar of War to Rykov.',
      outcome: { what: 'post_filled', post: 'war_commissar', holder: 'rykov', by: 'vote' },
    });
    const news = newsSince(game, from, 'bukharin');
    const note = news.items.find((i) => i.record !== null);
    expect(note).toEqual({
      text: 'Trotsky was Commissar of War at this time, until January 1925.',
      record: 'Jul\u2013Sep 1923',
      happened: false,
      important: false,
    });
  });
});
