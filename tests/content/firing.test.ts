// Seeded games through the rules: key events fire in their quarter when their conditions hold,
// take their changed form when the game has diverged, and are skipped (with a reason in the log)
// when their conditions are forced to fail. The driver always takes the first legal action.
import { describe, expect, it } from 'vitest';
import { currentQuarter, quarterOf } from '../../src/sim/calendar.ts';
import { editScenario, fired, newGame, playFirst, playToActions, skipped } from './play.ts';

/** The quarter (as 'YYYY-MM' of its start) in which the log first shows an event's title line. */
function firedInQuarter(state: ReturnType<typeof newGame>, title: string): number | null {
  const line = state.log.find((l) => l.kind === 'event' && l.text.startsWith(`${title}. `));
  return line ? state.startQuarter + line.turn : null;
}

describe('key events fire in their quarter when their conditions hold', () => {
  it('1922-full: Lenin\u2019s illness, the Troika, the Testament and the crises of 1923', () => {
    const s = playToActions(newGame('1922-full'), '1924-01');
    for (const id of [
      'lenin_stroke_1',
      'troika_formed',
      'lenin_stroke_2',
      'lenin_testament_dictated',
      'lenin_testament_postscript',
      'georgian_affair',
      'lenin_letter_to_stalin',
      'lenin_stroke_3',
      'scissors_crisis',
      'trotsky_letter_oct_1923',
      'declaration_of_46',
      'german_october',
      'new_course',
      'lenin_death',
    ]) {
      expect(fired(s, id), id).toBe(true);
    }
    expect(firedInQuarter(s, "Lenin's first stroke")).toBe(quarterOf('1922-04'));
    expect(firedInQuarter(s, "Lenin's Testament")).toBe(quarterOf('1922-10'));
    expect(firedInQuarter(s, 'The Declaration of the 46')).toBe(quarterOf('1923-10'));
    expect(firedInQuarter(s, 'Lenin dies')).toBe(quarterOf('1924-01'));
    expect(s.figures.lenin.alive).toBe(false);
    expect(s.posts.sovnarkom).toBe('rykov');
    // The Testament was not read to the 12th Congress in the record.
    expect(skipped(s, 'testament_at_12th_congress')).toBe(true);
  });

  it('1924-lenin-dies: death, funeral, Enrolment, the Testament handled and the new Politburo', () => {
    const s = playToActions(newGame('1924-lenin-dies'), '1924-07');
    for (const id of [
      'lenin_death',
      'lenin_funeral',
      'lenin_enrolment',
      'rykov_premier',
      'testament_handled_may_1924',
      'politburo_june_1924',
    ]) {
      expect(fired(s, id), id).toBe(true);
    }
    expect(s.flags).toContain('trotsky_missed_funeral');
    expect(s.politburo.full).toContain('bukharin');
    expect(s.politburo.candidates).toEqual(
      expect.arrayContaining(['dzerzhinsky', 'frunze', 'sokolnikov']),
    );
  });

  it('1924-lenin-dies: Trotsky loses the army to Frunze, and Voroshilov follows Frunze', () => {
    const s = playToActions(newGame('1924-lenin-dies'), '1926-01');
    expect(fired(s, 'trotsky_removed_war_commissar')).toBe(true);
    expect(fired(s, 'new_opposition_formed')).toBe(true);
    expect(fired(s, 'frunze_death')).toBe(true);
    expect(s.figures.frunze.alive).toBe(false);
    expect(s.posts.war_commissar).toBe('voroshilov');
    expect(fired(s, 'politburo_jan_1926')).toBe(true);
    expect(fired(s, 'kirov_to_leningrad')).toBe(true);
    expect(s.posts.leningrad_party).toBe('kirov');
  });

  it('1924-lenin-dies: Kalinin is promoted by Stalin\u2019s majority and becomes his man (rules version 10)', () => {
    const start = newGame('1924-lenin-dies');
    expect(start.figures.kalinin.patron).toBeNull();
    const s = playToActions(start, '1926-04');
    expect(fired(s, 'politburo_jan_1926')).toBe(true);
    expect(s.politburo.full).toContain('kalinin');
    // The later scenarios start from the record's own 1926: Kalinin already Stalin's client.
    expect(s.figures.kalinin.patron).toBe('stalin');
    expect(newGame('1926-united-opposition').figures.kalinin.patron).toBe('stalin');
  });

  it('1926-united-opposition: the bloc forms and is broken', () => {
    const s = playToActions(newGame('1926-united-opposition'), '1928-01');
    for (const id of [
      'united_opposition_formed',
      'dzerzhinsky_death',
      'zinoviev_removed_politburo',
      'trotsky_kamenev_removed_politburo',
      'zinoviev_removed_comintern',
      'war_scare_1927',
      'joint_plenum_jul_aug_1927',
      'oct_anniversary_demonstration',
      'trotsky_zinoviev_expelled_party',
      'kamenev_expelled_15th_congress',
      'trotsky_exiled_alma_ata',
    ]) {
      expect(fired(s, id), id).toBe(true);
    }
    expect(s.contenders.trotsky.status).toBe('exiled');
    expect(s.contenders.zinoviev.status).toBe('expelled');
    expect(s.posts.comintern).toBe('bukharin');
  });

  it('1928-grain-crisis: Siberia, Alma-Ata, Shakhty, the Right, and the Great Turn', () => {
    const s = playFirst(newGame('1928-grain-crisis'));
    expect(s.phase).toBe('over');
    for (const id of [
      'stalin_siberia_trip',
      'trotsky_exiled_alma_ata',
      'shakhty_affair',
      'zinoviev_kamenev_readmitted',
      'right_opposition_forms',
      'bukharin_kamenev_meeting',
      'notes_of_an_economist',
      'right_deviation_condemned',
      'bukharin_kamenev_notes_leaked',
      'trotsky_deported',
      'april_1929_plenum',
      'five_year_plan_adopted',
      'great_break_article',
      'bukharin_removed_politburo',
      'liquidate_kulaks_speech',
    ]) {
      expect(fired(s, id), id).toBe(true);
    }
    expect(firedInQuarter(s, 'A plan to exile Trotsky')).toBe(quarterOf('1928-01'));
    expect(firedInQuarter(s, 'The April 1929 plenum')).toBe(quarterOf('1929-04'));
    expect(s.posts.moscow_party).toBe('molotov');
    expect(s.politburo.full).not.toContain('bukharin');
    expect(s.flags).toContain('great_turn');
  });

  it('is deterministic: the same seed fires the same events', () => {
    const a = playFirst(newGame('1924-lenin-dies', [], 'same'));
    const b = playFirst(newGame('1924-lenin-dies', [], 'same'));
    expect(a.eventStatus).toEqual(b.eventStatus);
    expect(a.flags).toEqual(b.flags);
  });
});

describe('what-ifs change events at the right date', () => {
  it('testament_read_12th: the Testament is read to the 12th Congress', () => {
    const s = playToActions(newGame('1922-full', ['testament_read_12th']), '1923-04');
    expect(fired(s, 'testament_at_12th_congress')).toBe(true);
    expect(s.flags).toContain('testament_published');
  });

  it('trotsky_at_funeral: the funeral fires in its changed form', () => {
    const s = playToActions(newGame('1924-lenin-dies', ['trotsky_at_funeral']), '1924-01');
    expect(fired(s, 'lenin_funeral')).toBe(true);
    expect(s.flags).not.toContain('trotsky_missed_funeral');
  });

  it('zk_back_trotsky_1925: the Left unites in the autumn of 1925', () => {
    const s = playToActions(newGame('1924-lenin-dies', ['zk_back_trotsky_1925']), '1926-04');
    expect(s.flags).toContain('left_bloc_1925');
    expect(fired(s, 'united_opposition_formed')).toBe(true);
  });

  it('good_harvest_1927: no forced collections in Siberia', () => {
    const s = playToActions(newGame('1926-united-opposition', ['good_harvest_1927']), '1928-04');
    expect(fired(s, 'stalin_siberia_trip')).toBe(true);
    expect(s.flags).not.toContain('urals_siberian_method');
  });

  it('no_war_scare_1927: Britain keeps relations and the scare never comes', () => {
    const s = playToActions(newGame('1926-united-opposition', ['no_war_scare_1927']), '1927-10');
    expect(skipped(s, 'anglo_soviet_break')).toBe(true);
    // The scare takes its changed form: a calm summer, with no panic and no hoarding.
    expect(fired(s, 'war_scare_1927')).toBe(true);
    expect(s.flags).toContain('calm_summer_1927');
    expect(s.flags).not.toContain('war_scare');
  });

  it('bukharin_kamenev_1928: the secret meeting becomes a pact', () => {
    // Stop as the actions begin: this driver's first move would be to break every alliance.
    const s = playToActions(newGame('1928-grain-crisis', ['bukharin_kamenev_1928']), '1928-07');
    expect(fired(s, 'bukharin_kamenev_meeting')).toBe(true);
    expect(s.flags).toContain('bukharin_kamenev_pact');
    expect(
      s.alliances.some((a) => a.members.includes('bukharin') && a.members.includes('kamenev')),
    ).toBe(true);
  });
});

describe('events that no longer fit the game are adapted or skipped', () => {
  it('a Trotsky already in exile is not exiled again (skipped, with a reason)', () => {
    const sc = editScenario('1928-grain-crisis', (s) => {
      s.contenders.trotsky.status = 'exiled';
    });
    const s = playToActions(newGame(sc), '1928-04');
    expect(skipped(s, 'trotsky_exiled_alma_ata')).toBe(true);
    expect(s.log.some((l) => l.text.startsWith('A plan to exile Trotsky does not happen:'))).toBe(
      true,
    );
  });

  it('a Trotsky still in the party is not exiled by decree (adapted)', () => {
    const sc = editScenario('1928-grain-crisis', (s) => {
      s.contenders.trotsky.status = 'removed';
    });
    const s = playToActions(newGame(sc), '1928-04');
    expect(fired(s, 'trotsky_exiled_alma_ata')).toBe(true);
    expect(s.contenders.trotsky.status).toBe('removed');
  });

  it('Kirov is not sent to Leningrad if Zinoviev never went into opposition', () => {
    const s = playToActions(newGame('1924-lenin-dies'), '1925-10');
    expect(currentQuarter(s)).toBe(quarterOf('1925-10'));
    // The Leningrad opposition has just formed; pretend Zinoviev had stayed loyal.
    s.flags = s.flags.filter((f) => f !== 'zinoviev_opposition');
    playToActions(s, '1926-04');
    expect(skipped(s, 'kirov_to_leningrad')).toBe(true);
    expect(s.posts.leningrad_party).toBe('zinoviev');
  });

  it('Trotsky keeps the army if no charge of factionalism has stuck to him (adapted)', () => {
    // Autumn 1924, after Lessons of October: wipe the record of every charge against him.
    const s = playToActions(newGame('1924-lenin-dies'), '1924-10');
    s.flags = s.flags.filter((f) => f !== 'trotsky_under_fire');
    playToActions(s, '1925-01');
    expect(fired(s, 'trotsky_removed_war_commissar')).toBe(true);
    expect(s.posts.war_commissar).toBe('trotsky');
    expect(s.flags).not.toContain('trotsky_lost_army');
  });

  it('the April 1929 plenum strips the Right of what it still holds, and nobody else', () => {
    // Pravda has passed to Kuibyshev by the spring of 1929. The plenum once needed Bukharin to
    // hold both Pravda and the Comintern, and so was skipped in most games (rules version 9).
    const s = playToActions(newGame('1928-grain-crisis'), '1929-01');
    expect(s.flags).toContain('right_deviation_condemned');
    s.posts.pravda = 'kuibyshev';
    expect(s.posts.comintern).toBe('bukharin');
    expect(s.posts.trade_unions).toBe('tomsky');
    playToActions(s, '1929-04');
    expect(fired(s, 'april_1929_plenum')).toBe(true);
    expect(s.flags).toContain('right_defeated');
    expect(s.posts.pravda).toBe('kuibyshev');
    expect(s.posts.comintern).not.toBe('bukharin');
    expect(s.posts.trade_unions).not.toBe('tomsky');
  });

  it('the April 1929 plenum comes after a compromise in November only if Kamenev\u2019s notes leaked (adapted)', () => {
    const compromise = () => {
      const s = playToActions(newGame('1928-grain-crisis'), '1929-01');
      s.flags = s.flags.filter((f) => f !== 'right_deviation_condemned');
      return s;
    };
    // The notes leaked: the majority has its proof of a factional group, and acts on it.
    const leaked = compromise();
    if (!leaked.flags.includes('bukharin_exposed')) leaked.flags.push('bukharin_exposed');
    playToActions(leaked, '1929-04');
    expect(fired(leaked, 'april_1929_plenum')).toBe(true);
    expect(leaked.log.some((l) => l.text.includes('Kamenev\u2019s notes have since given'))).toBe(
      true,
    );
    // Bukharin stayed away from Kamenev: no condemnation, no proof, no plenum.
    const careful = compromise();
    careful.flags = careful.flags.filter((f) => f !== 'bukharin_exposed');
    playToActions(careful, '1929-04');
    expect(skipped(careful, 'april_1929_plenum')).toBe(true);
  });

  it('Frunze\u2019s death leaves the army alone if he never ran it (adapted)', () => {
    const s = playToActions(newGame('1924-lenin-dies'), '1924-10');
    s.flags = s.flags.filter((f) => f !== 'trotsky_under_fire');
    playToActions(s, '1926-01');
    expect(fired(s, 'frunze_death')).toBe(true);
    expect(s.figures.frunze.alive).toBe(false);
    expect(s.posts.war_commissar).toBe('trotsky');
  });
});
