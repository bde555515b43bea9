// The history corrections of issue 11, each held by a test where a test can hold it: the city's
// name by date, the partial Politburo lists, the Testament's rider, Kamenev's offices, the
// historians' schools, the report's caveat, and counts that only go up.
import { describe, expect, it } from 'vitest';
import { EVENTS, EVENT_BY_ID } from '../../src/content/events.ts';
import { GLOSSARY } from '../../src/content/glossary.ts';
import { GRAIN_DECISION } from '../../src/content/grain-decision.ts';
import {
  HISTORIAN_NOTES,
  HISTORIANS,
  MODEL_QUESTION,
  REPORT_CAVEAT,
} from '../../src/content/historians.ts';
import {
  CONTENDER_INFO,
  cityName,
  cityNameOn,
  partialListNote,
  postName,
  regionName,
  regionShort,
  unmodelledCandidates,
} from '../../src/content/people.ts';
import { builtinScenarios } from '../../src/io/scenario.ts';
import { quarterOf } from '../../src/sim/calendar.ts';
import { explain } from '../../src/sim/report.ts';
import { SIGNALS, type Signal, type SignalId } from '../../src/sim/signals.ts';
import { builtin, newGame, playFirst } from './play.ts';

/** Every text a student reads in an event: its texts, prompts, labels and previews. */
function eventTexts(id: string): string {
  const e = EVENT_BY_ID[id];
  const choices = [...(e.choices ?? []), ...(e.adapted?.choices ?? [])];
  return [
    e.title,
    e.text,
    e.adapted?.text ?? '',
    e.history,
    ...choices.flatMap((c) => [c.prompt, ...c.options.flatMap((o) => [o.label, o.preview])]),
  ].join(' ');
}

describe('Petrograd becomes Leningrad on 26 January 1924', () => {
  it('names the city by date', () => {
    expect(cityNameOn('1922-04')).toBe('Petrograd');
    expect(cityNameOn('1924-01-21')).toBe('Petrograd');
    expect(cityNameOn('1924-01-25')).toBe('Petrograd');
    expect(cityNameOn('1924-01-26')).toBe('Leningrad');
    expect(cityNameOn('1926-01')).toBe('Leningrad');
    expect(cityName(quarterOf('1923-10'))).toBe('Petrograd');
    expect(cityName(quarterOf('1924-01'))).toBe('Leningrad');
    expect(regionName('leningrad', quarterOf('1922-04'))).toBe('Petrograd');
    expect(regionName('leningrad', quarterOf('1925-04'))).toBe('Leningrad');
    expect(regionName('moscow', quarterOf('1922-04'))).toBe('Moscow');
    expect(regionShort('leningrad', quarterOf('1922-04'))).toBe('PET');
    expect(regionShort('leningrad', quarterOf('1924-01'))).toBe('LEN');
    expect(postName('leningrad_party', quarterOf('1923-01'))).toBe('Petrograd party chief');
    expect(postName('leningrad_party', quarterOf('1927-01'))).toBe('Leningrad party chief');
  });

  it('renames the city as an event in the quarter Lenin dies, after his death', () => {
    const ids = EVENTS.map((e) => e.id);
    expect(ids.indexOf('petrograd_renamed')).toBeGreaterThan(ids.indexOf('lenin_death'));
    const e = EVENT_BY_ID.petrograd_renamed;
    expect(e.date).toBe('1924-01-26');
    expect(quarterOf(e.window.from)).toBe(quarterOf('1924-01'));
    expect(e.conditions).toContainEqual({ kind: 'fired', event: 'lenin_death', is: true });
  });

  it('never says Leningrad in a text dated before the renaming', () => {
    for (const e of EVENTS) {
      if (cityNameOn(e.date) === 'Leningrad' || e.id === 'petrograd_renamed') continue;
      expect(eventTexts(e.id), e.id).not.toMatch(/Leningrad/);
    }
    for (const s of builtinScenarios()) {
      if (cityNameOn(s.start) === 'Leningrad') continue;
      const texts = [s.summary, ...Object.values(s.briefings)].join(' ');
      // Only as the name it will take, never as the name in force.
      for (const m of texts.matchAll(/Leningrad/g)) {
        expect(texts.slice(Math.max(0, (m.index ?? 0) - 40), m.index), s.id).toMatch(
          /renamed|later|from 1924/,
        );
      }
    }
    expect(CONTENDER_INFO.zinoviev.pitch).toMatch(/Petrograd \(Leningrad from 1924\)/);
  });
});

describe('the Politburo lists are complete or marked partial', () => {
  it('names the candidates the game does not model, by date', () => {
    expect(unmodelledCandidates('1922-04')).toEqual([]);
    expect(unmodelledCandidates('1924-01')).toEqual([]);
    expect(unmodelledCandidates('1926-04')).toEqual(['Petrovsky']);
    expect(unmodelledCandidates('1928-01')).toEqual(['Andreyev', 'Chubar', 'Kosior', 'Petrovsky']);
    expect(partialListNote('1922-04')).toBe('');
    expect(partialListNote('1928-01')).toMatch(/partial.*Andreyev, Chubar, Kosior and Petrovsky/);
  });

  it('says so in every scenario whose list is short', () => {
    for (const s of builtinScenarios()) {
      const missing = unmodelledCandidates(s.start);
      for (const name of missing) expect(s.summary, `${s.id}: ${name}`).toContain(name);
    }
  });
});

describe('corrected facts', () => {
  it('gives Kamenev the Moscow Soviet, not the Moscow party, as fact', () => {
    for (const id of ['1922-full', '1924-lenin-dies']) {
      const k = builtin(id).briefings.kamenev ?? '';
      expect(k, id).toMatch(/Moscow Soviet/);
      expect(k, id).not.toMatch(/run the Moscow party|and run Moscow/);
      expect(k, id).toMatch(/Zelensky/);
    }
    expect(CONTENDER_INFO.kamenev.pitch).toMatch(/Moscow Soviet/);
    const k26 = builtin('1926-united-opposition').briefings.kamenev ?? '';
    expect(k26).not.toMatch(/lost your government posts/);
    expect(k26).toMatch(/Trade/);
  });

  it('gives Uglanov no patron in 1922 and 1924 (he had clashed with Zinoviev)', () => {
    expect(builtin('1922-full').figures.uglanov?.patron).toBeNull();
    expect(builtin('1924-lenin-dies').figures.uglanov?.patron).toBeNull();
  });

  it('dates the Krupskaya call and keeps the Testament\u2019s rider and its silence on a successor', () => {
    expect(EVENT_BY_ID.stalin_krupskaya_clash.date).toBe('1922-12-22');
    const t = EVENT_BY_ID.lenin_testament_dictated.text;
    expect(t).toMatch(/no successor/);
    expect(t).toMatch(/Pyatakov/);
    expect(t).toMatch(/held against them/);
  });

  it('corrects the great turn, Dzerzhinsky, the scissors option and the grain labels', () => {
    expect(EVENT_BY_ID.great_break_article.history).toMatch(/7\.5%/);
    expect(EVENT_BY_ID.great_break_article.history).toMatch(/1930/);
    expect(EVENT_BY_ID.dzerzhinsky_death.text).not.toMatch(/above the factions/);
    expect(eventTexts('scissors_crisis')).not.toMatch(/make the peasants pay/);
    const labels = GRAIN_DECISION.choices?.flatMap((c) =>
      c.options.map((o) => `${o.label} ${o.preview}`),
    );
    expect(labels?.join(' ')).not.toMatch(/Left\u2019s long-term answer/);
    // The decision can come in any year: labels name when things happened in the record.
    expect(labels?.join(' ')).toMatch(/in 1928/);
  });

  it('presents the General Secretaryship and congress frequency as the record has them', () => {
    const gs = GLOSSARY.find((g) => g.id === 'general_secretary')?.definition ?? '';
    expect(gs).toMatch(/Deutscher/);
    expect(gs).toMatch(/Kotkin/);
    const pc = GLOSSARY.find((g) => g.id === 'party_congress')?.definition ?? '';
    expect(pc).not.toMatch(/about once a year/);
    expect(pc).toMatch(/1926, 1928 or 1929/);
    expect(builtin('1922-full').summary).toMatch(/historians disagree/);
  });

  it('places the historians where they belong', () => {
    const structural = HISTORIANS.find((h) => h.id === 'structural');
    expect(structural?.historians.join(' ')).not.toMatch(/Montefiore/);
    const social = HISTORIANS.find((h) => h.id === 'social');
    expect(social?.argument).toMatch(/class war/);
    expect(social?.argument).not.toMatch(/wanted order/);
    const noted = HISTORIAN_NOTES.map((n) => n.id);
    for (const id of ['official_soviet', 'trotsky_deutscher', 'lewin', 'pipes_schapiro'])
      expect(noted).toContain(id);
    expect(noted).toContain('able_believer');
    for (const n of HISTORIAN_NOTES) {
      expect(n.date, n.id).toMatch(/^\d{4}/);
      expect(n.ref.trim(), n.id).not.toBe('');
    }
  });
});

describe('the game-over report knows it is a model', () => {
  it('says plainly that a simulation shows what its rules assume', () => {
    expect(REPORT_CAVEAT).toMatch(/shows what its rules assume/);
    expect(REPORT_CAVEAT).toMatch(/what does the game assume that produced this\?/);
    expect(MODEL_QUESTION).toMatch(/\?$/);
    const signals = Object.fromEntries(
      SIGNALS.map((id) => [id, { id, value: 1, strength: 0.9, text: `${id} was high.` }]),
    ) as Record<SignalId, Signal>;
    for (const x of explain(signals)) {
      expect(x.inTheModel.trim(), x.id).not.toBe('');
      for (const p of x.prompts) expect(p.aboutTheModel).toBe(MODEL_QUESTION);
    }
    const structural = HISTORIANS.find((h) => h.id === 'structural');
    expect(structural?.inTheModel).toMatch(/by design/);
  });
});

describe('the deck and the glossary only grow', () => {
  it('has at least as many events and terms as before issue 11, plus the new ones', () => {
    // Before issue 11: 67 events and 53 glossary terms.
    expect(EVENTS.length).toBeGreaterThanOrEqual(67 + 13);
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(53 + 8);
    for (const id of [
      'ussr_formed',
      'petrograd_renamed',
      'foundations_of_leninism',
      'party_always_right',
      'zinoviev_letter',
      'industrialisation_debate',
      'expulsion_demand_1925',
      'enrich_yourselves',
      'lashevich_affair',
      'platform_of_opposition',
      'fifteenth_congress_directives',
      'tribute_speech',
      'tomsky_leaves_unions',
    ]) {
      expect(EVENT_BY_ID[id], id).toBeDefined();
    }
    for (const id of [
      'workers_opposition',
      'democratic_centralists',
      'primitive_socialist_accumulation',
      'lenin_cult',
      'bourgeois_specialists',
      'apparatchik',
      'vydvizhentsy',
      'left_right_centre',
    ]) {
      const g = GLOSSARY.find((x) => x.id === id);
      expect(g, id).toBeDefined();
      expect(g?.ref?.trim(), id).toBeTruthy();
    }
  });
});

describe('the new events fire on their dates', () => {
  it('in a 1924 game played by the first legal action', () => {
    const s = playFirst(newGame('1924-lenin-dies'));
    for (const id of [
      'petrograd_renamed',
      'foundations_of_leninism',
      'party_always_right',
      'zinoviev_letter',
      'industrialisation_debate',
      'expulsion_demand_1925',
      'enrich_yourselves',
      'lashevich_affair',
      'platform_of_opposition',
      'fifteenth_congress_directives',
      'tribute_speech',
      'tomsky_leaves_unions',
    ]) {
      const line = s.log.find((l) => l.cause === `event:${id}`);
      expect(line, id).toBeDefined();
      expect(s.startQuarter + (line?.turn ?? -99), id).toBe(quarterOf(EVENT_BY_ID[id].date));
    }
  });
});
