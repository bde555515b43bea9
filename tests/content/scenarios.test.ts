// The built-in scenarios: they validate, match the fact sheet on their start date, and agree with
// the event deck about what has already happened.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../src/content/events.ts';
import type { ScenarioData } from '../../src/content/types.ts';
import { builtinScenarios, validateScenario } from '../../src/io/scenario.ts';
import { quarterOf } from '../../src/sim/calendar.ts';
import { CONTENDERS, isContender, type PersonId } from '../../src/sim/ids.ts';
import { newGame } from './play.ts';

const FILES = [
  '1922-full',
  '1924-lenin-dies',
  '1926-united-opposition',
  '1926-lesson',
  '1928-grain-crisis',
] as const;

function load(id: string): ScenarioData {
  const file = `scenarios/${id}.json`;
  const r = validateScenario(file, JSON.parse(readFileSync(file, 'utf8')));
  if (!r.ok) throw new Error(`${r.error.where}: ${r.error.what}`);
  return r.value;
}

/** When each what-if's divergence happens. */
const WHATIF_DATES: Record<string, string> = {
  testament_read_12th: '1923-04',
  trotsky_at_funeral: '1924-01',
  zk_back_trotsky_1925: '1925-10',
  good_harvest_1927: '1927-07',
  no_war_scare_1927: '1927-04',
  bukharin_kamenev_1928: '1928-07',
};

/** Flags the rules clear again once they have done their work (the war scare's hoarding). */
const PASSING_FLAGS = new Set(['war_scare']);

/** Events that only a what-if (not the record) makes happen. */
const WHATIF_ONLY = new Set(['testament_at_12th_congress']);

/** The flags the historical path through the deck sets before a date. */
function historicalFlags(start: string): Set<string> {
  const flags = new Set<string>();
  for (const e of EVENTS) {
    if (quarterOf(e.window.to) >= quarterOf(start) || WHATIF_ONLY.has(e.id)) continue;
    for (const eff of e.effects ?? []) {
      if (eff.kind === 'flag' && eff.value && !PASSING_FLAGS.has(eff.flag)) flags.add(eff.flag);
    }
    for (const ch of e.choices ?? []) {
      const o = ch.options.find((x) => x.historical)!;
      for (const eff of o.effects) if (eff.kind === 'flag' && eff.value) flags.add(eff.flag);
    }
  }
  return flags;
}

describe('built-in scenarios', () => {
  it('all five validate and are registered in date order', () => {
    for (const id of FILES) expect(load(id).id).toBe(id);
    const builtins = builtinScenarios().map((s) => s.id);
    expect(builtins).toEqual([...FILES]);
    const starts = builtinScenarios().map((s) => quarterOf(s.start));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('start on the right dates and end with the campaign', () => {
    expect(load('1924-lenin-dies').start).toBe('1924-01');
    expect(load('1926-united-opposition').start).toBe('1926-04');
    expect(load('1928-grain-crisis').start).toBe('1928-01');
    for (const id of FILES) {
      // The lesson scenario stops in September 1927, so that it fits a 45-minute lesson.
      expect(load(id).end).toBe(id === '1926-lesson' ? '1927-07' : '1929-10');
    }
    expect(load('1926-lesson').start).toBe(load('1926-united-opposition').start);
  });

  it('give the lesson six quarters in which Trotsky and Bukharin both have choices to make', () => {
    const lesson = load('1926-lesson');
    // Six quarters at 4–7 minutes each (src/ui/session/playing-time.ts) fit 45 minutes.
    expect(quarterOf(lesson.end) - quarterOf(lesson.start) + 1).toBe(6);
    expect(lesson.playable).toEqual(expect.arrayContaining(['trotsky', 'bukharin']));
    // The same start as the longer 1926 scenario: only the end and the texts differ.
    const { title, summary, end, briefings, whatifs, ...start } = lesson;
    const {
      title: t2,
      summary: s2,
      end: e2,
      briefings: b2,
      whatifs: w2,
      ...start26
    } = load('1926-united-opposition');
    expect({ ...start, id: '' }).toEqual({ ...start26, id: '' });
    expect([title, summary, end, briefings, whatifs]).not.toEqual([t2, s2, e2, b2, w2]);
    // Both start in the Politburo, and the events inside the lesson ask each of them something.
    expect(lesson.politburo.full).toEqual(expect.arrayContaining(['trotsky', 'bukharin']));
    const inside = EVENTS.filter(
      (e) =>
        quarterOf(e.window.from) >= quarterOf(lesson.start) &&
        quarterOf(e.window.to) <= quarterOf(lesson.end),
    );
    const asks = (who: string) =>
      inside.filter((e) => e.choices?.some((c) => c.who === who || c.who === 'politburo'));
    expect(asks('trotsky').map((e) => e.id)).toContain('united_opposition_formed');
    expect(asks('trotsky').map((e) => e.id)).toContain('joint_plenum_jul_aug_1927');
    expect(asks('bukharin').map((e) => e.id)).toContain('trotsky_kamenev_removed_politburo');
    // The texts say where the game stops and that the record went on.
    expect(lesson.summary).toMatch(/six quarters/);
    expect(lesson.summary).toMatch(/September 1927/);
    expect(lesson.summary).not.toMatch(/spring 1928|April 1928/);
  });

  it('list every deck event already past as fired (or skipped, for what-if-only events)', () => {
    for (const id of FILES) {
      const s = load(id);
      for (const e of EVENTS) {
        const past = quarterOf(e.window.to) < quarterOf(s.start);
        const listed = s.firedEvents.includes(e.id) || s.firedEvents.includes(`skipped:${e.id}`);
        expect(listed, `${id}: ${e.id}`).toBe(past);
      }
      for (const f of s.firedEvents) {
        const eid = f.replace(/^skipped:/, '');
        expect(
          EVENTS.some((e) => e.id === eid),
          `${id}: ${f}`,
        ).toBe(true);
      }
    }
  });

  it('carry the flags the historical path has set by their start', () => {
    for (const id of FILES) {
      const s = load(id);
      for (const f of historicalFlags(s.start)) expect(s.flags, `${id}: ${f}`).toContain(f);
    }
    // The winter of 1927/28: the grain has not come in, so the Politburo must decide at once.
    expect(load('1928-grain-crisis').flags).toContain('grain_shortfall');
    expect(load('1928-grain-crisis').flags).toContain('shortfall_1927');
  });

  it('only let contenders who can still act be played, each with a briefing', () => {
    for (const id of FILES) {
      const s = load(id);
      for (const c of s.playable) {
        expect(['active', 'removed'], `${id}: ${c}`).toContain(s.contenders[c].status);
        expect(s.briefings[c]?.trim(), `${id}: ${c}`).toBeTruthy();
      }
      for (const c of CONTENDERS) {
        if (['active', 'removed'].includes(s.contenders[c].status) && id !== '1928-grain-crisis') {
          expect(s.playable, `${id}: ${c}`).toContain(c);
        }
      }
    }
  });

  it('seat only the living, and give posts only to the living', () => {
    for (const id of FILES) {
      const s = load(id);
      const alive = (p: PersonId) =>
        isContender(p) ? s.contenders[p].status !== 'dead' : (s.figures[p]?.alive ?? true);
      const canAct = (p: PersonId) =>
        !isContender(p) || ['active', 'removed'].includes(s.contenders[p].status);
      for (const p of [...s.politburo.full, ...s.politburo.candidates]) {
        expect(alive(p) && canAct(p), `${id}: ${p} in the Politburo`).toBe(true);
      }
      for (const [post, holder] of Object.entries(s.posts)) {
        if (holder) expect(alive(holder) && canAct(holder), `${id}: ${post}`).toBe(true);
      }
      const seats = Object.values(s.cc).reduce((a, b) => a + (b ?? 0), 0);
      expect(seats, id).toBe(40);
    }
  });

  it('match the fact sheet on posts and the Politburo at each start', () => {
    const s24 = load('1924-lenin-dies');
    expect(s24.politburo.full).toEqual(
      expect.arrayContaining([
        'lenin',
        'trotsky',
        'stalin',
        'kamenev',
        'zinoviev',
        'rykov',
        'tomsky',
      ]),
    );
    expect(s24.politburo.candidates).toEqual(
      expect.arrayContaining(['bukharin', 'kalinin', 'molotov', 'rudzutak']),
    );
    expect(s24.posts.sovnarkom).toBe('lenin');
    expect(s24.posts.rabkrin).toBe('kuibyshev');
    expect(s24.figures.lenin?.incapacitated).toBe(true);

    const s26 = load('1926-united-opposition');
    expect([...s26.politburo.full].sort()).toEqual(
      [
        'bukharin',
        'kalinin',
        'molotov',
        'rykov',
        'stalin',
        'tomsky',
        'trotsky',
        'voroshilov',
        'zinoviev',
      ].sort(),
    );
    expect(s26.politburo.candidates).toEqual(
      expect.arrayContaining(['kamenev', 'dzerzhinsky', 'rudzutak', 'uglanov']),
    );
    expect(s26.posts.leningrad_party).toBe('kirov');
    expect(s26.posts.war_commissar).toBe('voroshilov');
    expect(s26.posts.sovnarkom).toBe('rykov');
    expect(s26.posts.moscow_party).toBe('uglanov');
    expect(s26.figures.frunze?.alive).toBe(false);

    const s28 = load('1928-grain-crisis');
    expect([...s28.politburo.full].sort()).toEqual(
      [
        'bukharin',
        'kalinin',
        'kuibyshev',
        'molotov',
        'rudzutak',
        'rykov',
        'stalin',
        'tomsky',
        'voroshilov',
      ].sort(),
    );
    expect(s28.posts.rabkrin).toBe('ordzhonikidze');
    expect(s28.posts.comintern).toBe('bukharin');
    // Trotsky expelled (14 Nov 1927), exiled only on 17/18 Jan 1928 by the first quarter's event;
    // Zinoviev (Nov 1927) and Kamenev (15th Congress, Dec 1927) expelled, readmitted later in 1928.
    expect(s28.contenders.trotsky.status).toBe('expelled');
    expect(s28.contenders.zinoviev.status).toBe('expelled');
    expect(s28.contenders.kamenev.status).toBe('expelled');
    expect([...s28.playable].sort()).toEqual(['bukharin', 'rykov', 'stalin', 'tomsky']);
  });

  it('offer the six what-ifs in the full campaign, each setting a flag the deck or rules read', () => {
    const full = load('1922-full');
    expect(full.whatifs.map((w) => w.id)).toEqual([
      'testament_read_12th',
      'trotsky_at_funeral',
      'zk_back_trotsky_1925',
      'good_harvest_1927',
      'no_war_scare_1927',
      'bukharin_kamenev_1928',
    ]);
    const good = full.whatifs.find((w) => w.id === 'good_harvest_1927')!;
    expect(good.effects).toContainEqual({ kind: 'flag', flag: 'good_harvest_1927', value: true });
    const readFlags = new Set(
      EVENTS.flatMap((e) => [...(e.conditions ?? []), ...(e.adapted?.when ?? [])])
        .filter((c) => c.kind === 'flag')
        .map((c) => (c.kind === 'flag' ? c.flag : '')),
    );
    readFlags.add('good_harvest_1927'); // read by the economy rules
    for (const id of FILES) {
      for (const w of load(id).whatifs) {
        expect(w.framing.trim().length, w.id).toBeGreaterThan(100);
        expect(w.question.trim(), w.id).toMatch(/[?.]$/);
        for (const eff of w.effects) {
          if (eff.kind === 'flag') expect(readFlags.has(eff.flag), `${id}: ${w.id}`).toBe(true);
        }
        // A what-if must make sense on the scenario's dates: its divergence lies ahead, and
        // before the scenario ends (a switch for after the end would change nothing).
        expect(WHATIF_DATES[w.id], w.id).toBeDefined();
        expect(quarterOf(WHATIF_DATES[w.id]) >= quarterOf(load(id).start), `${id}: ${w.id}`).toBe(
          true,
        );
        expect(quarterOf(WHATIF_DATES[w.id]) < quarterOf(load(id).end), `${id}: ${w.id}`).toBe(
          true,
        );
      }
    }
  });

  it('start a game in every scenario with all its what-ifs switched on', () => {
    for (const id of FILES) {
      const s = load(id);
      const state = newGame(
        id,
        s.whatifs.map((w) => w.id),
      );
      expect(state.turn).toBe(0);
      for (const w of s.whatifs)
        for (const eff of w.effects)
          if (eff.kind === 'flag') expect(state.flags).toContain(eff.flag);
    }
  });
});
