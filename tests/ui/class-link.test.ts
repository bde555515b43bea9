// The class link: every parameter checked, a wrong one named in words (with a did-you-mean),
// a teacher's scenario only from the game's own site; building and parsing round-trip.
import { describe, expect, it } from 'vitest';
import { buildLink, parseLink, scenarioAddress } from '../../src/ui/session/link.ts';
import { chooseFromLink } from '../../src/ui/session/link-choice.ts';
import { builtinScenarios } from '../../src/io/scenario.ts';

const PAGE = 'https://school.example/heirs/index.html';

describe('the class link', () => {
  it('round-trips a setup with a teacher scenario served beside the game', () => {
    const url = buildLink(PAGE, {
      scenario: 'example-zinoviev-keeps-leningrad-1926',
      scenarioUrl: './scenarios/examples/zinoviev-keeps-leningrad-1926.json',
      seed: 'class 7B',
      faction: 'zinoviev',
      difficulty: 'easy',
      whatifs: ['good_harvest_1927'],
    });
    expect(url).toBe(
      'https://school.example/heirs/index.html?scenario=example-zinoviev-keeps-leningrad-1926&scenarioUrl=./scenarios/examples/zinoviev-keeps-leningrad-1926.json&seed=class+7B&faction=zinoviev&difficulty=easy&whatif=good_harvest_1927',
    );
    expect(parseLink(new URL(url).search, PAGE)).toEqual({
      scenario: 'example-zinoviev-keeps-leningrad-1926',
      scenarioUrl: './scenarios/examples/zinoviev-keeps-leningrad-1926.json',
      seed: 'class 7B',
      faction: 'zinoviev',
      difficulty: 'easy',
      whatifs: ['good_harvest_1927'],
      problems: [],
    });
  });

  it('names each wrong parameter, with a suggestion', () => {
    const link = parseLink('?sed=1&faction=trotksy&difficulty=hrad&play=yes', PAGE);
    expect(link.problems).toEqual([
      "The link has an unknown part \u201csed\u201d (did you mean 'seed'?).",
      "faction \u201ctrotksy\u201d is not a contender (did you mean 'trotsky'?).",
      "difficulty \u201chrad\u201d is not one of easy, historical, hard (did you mean 'hard'?).",
      'play \u201cyes\u201d should be play=1.',
    ]);
    expect(link.faction).toBeUndefined();
    expect(link.play).toBeUndefined();
  });

  it('takes a scenario file only from the game\u2019s own site', () => {
    expect(scenarioAddress('./my.json', PAGE)).toEqual({
      url: 'https://school.example/heirs/my.json',
    });
    expect(scenarioAddress('/other/my.json', PAGE)).toEqual({
      url: 'https://school.example/other/my.json',
    });
    for (const bad of [
      'https://evil.example/my.json',
      '//evil.example/my.json',
      'javascript:alert(1)//.json',
      'data:application/json,{}',
    ]) {
      const r = scenarioAddress(bad, PAGE);
      expect('problem' in r && r.problem).toMatch(/on another site/);
    }
    expect(scenarioAddress('./notes.txt', PAGE)).toEqual({
      problem: 'scenarioUrl \u201c./notes.txt\u201d does not name a .json file.',
    });
    const link = parseLink('?scenarioUrl=https%3A%2F%2Fevil.example%2Fx.json', PAGE);
    expect(link.scenarioUrl).toBeUndefined();
    expect(link.problems[0]).toMatch(
      /^scenarioUrl \u201chttps:\/\/evil\.example\/x\.json\u201d is on another site/,
    );
  });

  it('keeps hostile text short and as text', () => {
    const link = parseLink(`?faction=${encodeURIComponent('<script>'.repeat(100))}`, PAGE);
    expect(link.problems[0].length).toBeLessThan(120);
    expect(link.problems[0]).toContain('<script>');
  });
});

describe('what the title screen makes of a link', () => {
  const scenarios = builtinScenarios();
  const current = { scenario: scenarios[0], faction: 'trotsky' as const };

  it('chooses what the link asks for when it exists', () => {
    const choice = chooseFromLink(
      scenarios,
      parseLink('?scenario=1926-united-opposition&faction=bukharin&whatif=good_harvest_1927'),
      current,
    );
    expect(choice.scenario.id).toBe('1926-united-opposition');
    expect(choice.faction).toBe('bukharin');
    expect(choice.whatifs).toEqual(['good_harvest_1927']);
    expect(choice.notes).toEqual([]);
  });

  it('says what it could not choose, with a suggestion, and shows something playable', () => {
    const choice = chooseFromLink(
      scenarios,
      parseLink('?scenario=1926-united-oposition&whatif=good_harvest_1928'),
      current,
    );
    expect(choice.scenario).toBe(scenarios[0]);
    expect(choice.notes[0]).toMatch(/\(did you mean '1926-united-opposition'\?\)/);
    expect(choice.notes[1]).toMatch(/\(did you mean 'good_harvest_1927'\?\)\.$/);
    const grain = chooseFromLink(
      scenarios,
      parseLink('?scenario=1928-grain-crisis&faction=trotsky'),
      current,
    );
    expect(grain.scenario.playable).not.toContain('trotsky');
    expect(grain.scenario.playable).toContain(grain.faction);
    expect(grain.notes).toEqual([
      'trotsky cannot be played in \u201cThe grain crisis and the Right, 1928\u20131929\u201d.',
    ]);
  });
});
