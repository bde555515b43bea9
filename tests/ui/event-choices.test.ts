// An event's vote on the player's own man (src/ui/session/event-choices.ts): the question and
// its answers speak to him as "you", in words the event's data has for him, and the answer that
// acts against him is not the first offered. Every such vote in the decks has those words.
import { describe, expect, it } from 'vitest';
import { EVENT_BY_ID, EVENTS } from '../../src/content/events.ts';
import type { Condition, EventChoice, EventOption } from '../../src/content/types.ts';
import { CONTENDERS, type ContenderId, type PostId } from '../../src/sim/ids.ts';
import { choiceAsSeenBy, harmTo } from '../../src/ui/session/event-choices.ts';
import { plainState } from '../helpers.ts';

function politburoChoice(id: string): EventChoice {
  const choice = EVENT_BY_ID[id].choices?.find((c) => c.who === 'politburo');
  if (!choice) throw new Error(`${id} has no Politburo vote`);
  return choice;
}

function seenBy(id: string, me: ContenderId) {
  const choice = politburoChoice(id);
  return choiceAsSeenBy(plainState(), choice, choice.options, me);
}

describe('a vote on the player\u2019s own man, as he reads it', () => {
  it('the October 1926 plenum: Trotsky is asked about his own seat, and sparing it comes first', () => {
    const shown = seenBy('trotsky_kamenev_removed_politburo', 'trotsky');
    expect(shown.prompt).toMatch(/^The plenum proposes to remove you from the Politburo/);
    expect(shown.options.map((o) => o.option.id)).toEqual(['spare', 'remove']);
    expect(shown.options.map((o) => o.label)).toEqual([
      'Vote to keep your seat, and Kamenev\u2019s',
      'Vote for your own removal, and Kamenev\u2019s',
    ]);
    expect(shown.options[1].preview).toMatch(/^You lose your Politburo seat/);
  });

  it('the Declaration of the 46: Trotsky does not see "condemn Trotsky" first', () => {
    const shown = seenBy('declaration_of_46', 'trotsky');
    expect(shown.options.map((o) => o.option.id)).toEqual(['debate', 'condemn']);
    expect(shown.options[1].label).toBe(
      'Vote to condemn the declaration, and yourself as its inspiration',
    );
    expect(shown.options.every((o) => !/Trotsky/.test(o.label + o.preview))).toBe(true);
  });

  it('says which answer stands on a tie, in his own words', () => {
    const removal = seenBy('trotsky_kamenev_removed_politburo', 'trotsky');
    expect(removal.onTie).toBe('Vote to keep your seat, and Kamenev\u2019s');
    expect(removal.proposal).toBe(true);
    expect(seenBy('great_break_article', 'bukharin').onTie).toBe(
      'Slow down: collective farms only where peasants want them',
    );
    // A choice between two courses with no proposal before it: the first listed stands.
    const plan = seenBy('five_year_plan_adopted', 'bukharin');
    expect(plan.onTie).toBe('Back the ambitious "optimal" plan');
    expect(plan.proposal).toBe(false);
    // Three answers and none named: it depends on which two tie, so nothing is promised.
    expect(seenBy('joint_plenum_jul_aug_1927', 'trotsky').onTie).toBeNull();
  });

  it('a post taken only from named men harms its holder only if he is one of them', () => {
    const strip: EventOption = {
      id: 'strip',
      label: 'Strip the Right',
      preview: '',
      effects: [{ kind: 'post', post: 'pravda', to: null, takenFrom: ['bukharin', 'tomsky'] }],
    };
    const game = plainState();
    game.posts.pravda = 'bukharin';
    expect(harmTo(game, strip, 'bukharin')).toBeGreaterThan(0);
    game.posts.pravda = 'rykov';
    expect(harmTo(game, strip, 'rykov')).toBe(0);
  });

  it('everyone else reads the event as written, in its own order', () => {
    const choice = politburoChoice('trotsky_kamenev_removed_politburo');
    const shown = seenBy('trotsky_kamenev_removed_politburo', 'stalin');
    expect(shown.prompt).toBe(choice.prompt);
    expect(shown.options.map((o) => [o.option.id, o.label, o.preview])).toEqual(
      choice.options.map((o) => [o.id, o.label, o.preview]),
    );
  });
});

/** The posts an event's conditions say a contender holds when it fires. */
function postsHeld(conditions: readonly Condition[] | undefined, c: ContenderId): PostId[] {
  return (conditions ?? []).flatMap((k) =>
    k.kind === 'holds' && k.who === c && k.is ? [k.post] : [],
  );
}

/** Does the option act against `c`: his seat, his membership, a post he holds, heat on him? */
function actsAgainst(o: EventOption, c: ContenderId, held: PostId[]): boolean {
  return o.effects.some(
    (e) =>
      (e.kind === 'politburo' && e.person === c && e.seat === 'none') ||
      (e.kind === 'status' && e.who === c && e.status !== 'active') ||
      (e.kind === 'heat' && e.who === c && e.delta > 0) ||
      (e.kind === 'post' && (held.includes(e.post) || e.takenFrom?.includes(c)) && e.to !== c),
  );
}

/** Does the option name `c` at all (so its words speak of him)? */
function touches(o: EventOption, c: ContenderId, held: PostId[]): boolean {
  return o.effects.some(
    (e) =>
      ('who' in e && e.who === c) ||
      ('person' in e && e.person === c) ||
      (e.kind === 'relation' && e.from === c) ||
      (e.kind === 'post' && (held.includes(e.post) || e.takenFrom?.includes(c) === true)),
  );
}

describe('the decks\u2019 words for a man the Politburo votes on', () => {
  const votes = EVENTS.flatMap((e) => [
    ...(e.choices ?? []).map((ch) => ({ id: e.id, conditions: e.conditions, ch })),
    ...(e.adapted?.choices ?? []).map((ch) => ({
      id: `${e.id} (adapted)`,
      conditions: e.adapted?.when,
      ch,
    })),
  ]).filter((v) => v.ch.who === 'politburo');

  it('give him the question and each answer that names him in his own words, and no one else', () => {
    let checked = 0;
    for (const { id, conditions, ch } of votes) {
      for (const c of CONTENDERS) {
        const held = postsHeld(conditions, c);
        const aimedAtHim = ch.options.some((o) => actsAgainst(o, c, held));
        if (!aimedAtHim) {
          expect(ch.promptAsTarget?.[c], `${id}: ${c}`).toBeUndefined();
          for (const o of ch.options)
            expect(o.asTarget?.[c], `${id}/${o.id}: ${c}`).toBeUndefined();
          continue;
        }
        checked++;
        expect(ch.promptAsTarget?.[c], `${id}: the question for ${c}`).toBeTruthy();
        for (const o of ch.options) {
          if (!touches(o, c, held)) continue;
          const words = o.asTarget?.[c];
          expect(words, `${id}/${o.id}: words for ${c}`).toBeDefined();
          expect(words?.label, `${id}/${o.id}`).toMatch(/\S/);
          expect(words?.preview, `${id}/${o.id}`).toMatch(/\byou/i);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
});
