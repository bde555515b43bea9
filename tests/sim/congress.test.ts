// Congresses and conferences worked out by hand: the condemnation of a platform (blocs of
// delegates, the uncommitted by mood and standing), the Central Committee elected in proportion
// to the delegates each patron's secretaries deliver, and the Politburo re-formed after it.
//
// Every state starts from plainState(): 10 regions × 10 delegates (100 in all), mood 0, no
// secretaries, prestige 50, heat 30, positions 0, trust 50. A region's secretaries pick 80% of
// its delegates (APPARATUS_SHARE): each secretary of 10 slots delivers 10 × 0.8 / 10 = 0.8
// delegates, and the rest of the region, 10 × (0.2 + 0.8 × free slots / 10), is uncommitted.
import { describe, expect, it } from 'vitest';
import { GATHERINGS, type GatheringDef } from '../../src/content/congresses.ts';
import { runGathering } from '../../src/sim/congress.ts';
import { POSTS, REGIONS, type ContenderId, type RegionId } from '../../src/sim/ids.ts';
import { controlledDelegates, powerIndex } from '../../src/sim/query.ts';
import type { GameState } from '../../src/sim/types.ts';
import { allScenarios, playRandom, plainState } from '../helpers.ts';

const CONGRESS: GatheringDef = {
  id: 'congress_test',
  title: 'Test Congress',
  kind: 'congress',
  date: '1923-04-17',
  endDate: '1923-04-25',
  electsCentralCommittee: true,
  note: 'a congress for the tests',
};
const CONFERENCE: GatheringDef = {
  ...CONGRESS,
  id: 'conference_test',
  title: 'Test Conference',
  kind: 'conference',
  electsCentralCommittee: false,
};

function place(state: GameState, who: ContenderId, n: number, regions: readonly RegionId[]) {
  for (const r of regions) state.regions[r].secretaries[who] = n;
}

/** No posts but the General Secretary's, so the power index (and the proposer) is plain. */
function onlyGeneralSecretary(state: GameState, holder: GameState['posts']['general_secretary']) {
  for (const p of POSTS) state.posts[p] = null;
  state.posts.general_secretary = holder;
}

const conferenceVotes = (state: GameState) => state.votes.filter((v) => v.body === 'congress');
const ballotsOf = (v: GameState['votes'][number]) =>
  v.ballots.map((b) => `${b.voter}:${b.choice}:${b.weight}`);

describe('condemning a platform', () => {
  // Stalin (General Secretary) has 5 secretaries in every region: 10 × 4 = 40 delegates.
  // Trotsky leads a platform, with 5 secretaries in four regions: 4 × 4 = 16 delegates.
  // Uncommitted: 2 in each of Trotsky's four regions (no free slot), 6 in the other six: 44.
  // Their yes share: 0.55 + |mood − leader's economy|/250 + (heat−30)/200 − (prestige−50)/200
  // = 0.55 here, so round(44 × 0.55) = round(24.2) = 24 yes and round(19.8) = 20 no.
  const TROTSKY_REGIONS = ['moscow', 'leningrad', 'ukraine', 'urals'] as const;

  function platformState() {
    const state = plainState();
    onlyGeneralSecretary(state, 'stalin');
    state.politburo.full = ['lenin', 'stalin'];
    state.politburo.candidates = [];
    place(state, 'stalin', 5, REGIONS);
    place(state, 'trotsky', 5, TROTSKY_REGIONS);
    state.platforms = [{ leader: 'trotsky', members: ['trotsky'], since: 0, condemned: false }];
    return state;
  }

  it('the apparatus proposes; blocs vote whole; the uncommitted split by the formula', () => {
    const state = platformState();
    expect(controlledDelegates(state, 'stalin')).toBeCloseTo(40, 10);
    expect(controlledDelegates(state, 'trotsky')).toBeCloseTo(16, 10);
    runGathering(state, CONFERENCE);
    const [vote] = conferenceVotes(state);
    expect(vote).toMatchObject({
      proposer: 'stalin',
      spec: { kind: 'condemn_platform', leader: 'trotsky' },
      yes: 64, // 40 + 24
      no: 36, // 16 + 20
      passed: true,
    });
    expect(ballotsOf(vote)).toEqual([
      'stalin:yes:40',
      'trotsky:no:16',
      'unaligned:yes:24',
      'unaligned:no:20',
    ]);
  });

  it('a condemned platform: +20 heat and −10 prestige for each member, and it stays condemned', () => {
    const state = platformState();
    runGathering(state, CONFERENCE);
    expect(state.platforms[0].condemned).toBe(true);
    expect(state.contenders.trotsky.heat).toBe(50);
    // 50 − 10; his power index afterwards is 16/100 × 25 + 40 × 0.15 = 10, under the 30 that
    // earns a gathering's +2.
    expect(state.contenders.trotsky.prestige).toBe(40);
    // Stalin: 40/100 × 25 + 50 × 0.15 + 8 (General Secretary) + 6 (Politburo) = 31.5 > 30: +2.
    expect(powerIndex(state, 'stalin')).toBeCloseTo(31.8, 10); // 31.5 + 0.15 × 2 after the +2
    expect(state.contenders.stalin.prestige).toBe(52);
    // A second gathering does not try the condemned platform again.
    runGathering(state, CONFERENCE);
    expect(conferenceVotes(state)).toHaveLength(1);
  });

  it('a refused condemnation: +8 prestige to the leader, −8 to the proposer', () => {
    // Stalin 2 secretaries everywhere (16 delegates), Trotsky 5 (40); 3 slots free in each
    // region: 10 × (0.2 + 0.24) = 4.4 uncommitted each, 44 in all. Trotsky's prestige 90 makes
    // their yes share 0.55 − 40/200 = 0.35: round(15.4) = 15 yes, round(28.6) = 29 no.
    const state = platformState();
    place(state, 'stalin', 2, REGIONS);
    place(state, 'trotsky', 5, REGIONS);
    state.contenders.trotsky.prestige = 90;
    runGathering(state, CONFERENCE);
    const [vote] = conferenceVotes(state);
    expect([vote.yes, vote.no, vote.passed]).toEqual([31, 69, false]);
    expect(state.platforms[0].condemned).toBe(false);
    expect(state.contenders.trotsky.heat).toBe(30);
    // 98; power 40/100 × 25 + 98 × 0.15 = 24.7, no +2.
    expect(state.contenders.trotsky.prestige).toBe(98);
    // 42; power 16/100 × 25 + 42 × 0.15 + 8 + 6 = 24.3, no +2.
    expect(state.contenders.stalin.prestige).toBe(42);
  });

  it("the uncommitted lean on the region's mood, the leader's heat and his prestige", () => {
    const state = platformState();
    for (const r of REGIONS) state.regions[r].mood = 50; // +50/250 = +0.2
    state.contenders.trotsky.heat = 70; // +40/200 = +0.2: share clamped to 0.95
    runGathering(state, CONFERENCE);
    const [vote] = conferenceVotes(state);
    // round(44 × 0.95) = round(41.8) = 42; round(2.2) = 2.
    expect(ballotsOf(vote).slice(2)).toEqual(['unaligned:yes:42', 'unaligned:no:2']);
  });

  it("an undecided bloc's delegates go with the majority; an ally's stand by the leader", () => {
    // Zinoviev's 5 secretaries in the Volga deliver 4 delegates and leave its 2 uncommitted
    // (not 6): 40 uncommitted, 22 yes, 18 no. Toward Stalin's censure of Trotsky he has no
    // leaning at all (score 0): abstain, which here counts as yes.
    const state = platformState();
    place(state, 'zinoviev', 5, ['volga']);
    runGathering(state, CONFERENCE);
    const [vote] = conferenceVotes(state);
    expect(ballotsOf(vote)).toEqual([
      'stalin:yes:40',
      'trotsky:no:16',
      'zinoviev:yes:4',
      'unaligned:yes:22',
      'unaligned:no:18',
    ]);
    expect([vote.yes, vote.no]).toEqual([66, 34]);

    const allied = platformState();
    place(allied, 'zinoviev', 5, ['volga']);
    allied.alliances.push({ id: 1, members: ['zinoviev', 'trotsky'], secret: false, since: 0 });
    runGathering(allied, CONFERENCE);
    const [vote2] = conferenceVotes(allied);
    expect(ballotsOf(vote2)[2]).toBe('zinoviev:no:4'); // 0 − 60
    expect([vote2.yes, vote2.no]).toEqual([62, 38]);
  });

  it('the General Secretary speaks through his man; if he signed the platform, the strongest other does', () => {
    const viaFigure = platformState();
    onlyGeneralSecretary(viaFigure, 'molotov');
    viaFigure.figures.molotov.patron = 'stalin';
    runGathering(viaFigure, CONFERENCE);
    expect(conferenceVotes(viaFigure)[0].proposer).toBe('stalin');

    // The office, not strength: Tomsky as General Secretary (power 50 × 0.15 + 8 = 15.5)
    // speaks although Stalin is stronger (40/100 × 25 + 7.5 + 6 = 23.5).
    const weakSecretary = platformState();
    onlyGeneralSecretary(weakSecretary, 'tomsky');
    expect(powerIndex(weakSecretary, 'stalin')).toBeGreaterThan(
      powerIndex(weakSecretary, 'tomsky'),
    );
    runGathering(weakSecretary, CONFERENCE);
    expect(conferenceVotes(weakSecretary)[0].proposer).toBe('tomsky');

    const signed = platformState();
    signed.platforms[0].members = ['trotsky', 'stalin'];
    // Everyone else has prestige 50 and no posts or delegates; Kamenev alone has a Politburo
    // seat (+6 to his power index), so he speaks for the majority.
    signed.politburo.full = ['lenin', 'stalin', 'kamenev'];
    runGathering(signed, CONFERENCE);
    const [vote] = conferenceVotes(signed);
    expect(vote.proposer).toBe('kamenev');
    expect(ballotsOf(vote).slice(0, 2)).toEqual(['stalin:no:40', 'trotsky:no:16']);
  });

  it('if the General Secretary signed, a rival hostile to its leader tables it, not merely the strongest', () => {
    const state = platformState();
    state.platforms[0].members = ['trotsky', 'stalin'];
    state.politburo.full = ['lenin', 'stalin', 'kamenev']; // Kamenev the strongest outside it
    state.contenders.bukharin.relations.trotsky.grievance = 20; // Bukharin wants him cut down
    expect(powerIndex(state, 'kamenev')).toBeGreaterThan(powerIndex(state, 'bukharin'));
    runGathering(state, CONFERENCE);
    expect(conferenceVotes(state)[0].proposer).toBe('bukharin');
  });

  it("never names the player's seat as the proposer of a condemnation he did not table", () => {
    const state = platformState();
    state.platforms[0].members = ['trotsky', 'stalin'];
    state.politburo.full = ['lenin', 'stalin', 'kamenev'];
    place(state, 'kamenev', 5, ['volga']); // 4 delegates: his ballot is his own
    state.options.faction = 'kamenev';
    runGathering(state, CONFERENCE);
    const [vote] = conferenceVotes(state);
    // No one is hostile (all relations plain): the strongest other, ties to the first listed.
    expect(vote.proposer).toBe('zinoviev');
    const kamenev = vote.ballots.find((b) => b.voter === 'kamenev');
    expect(kamenev?.reason).not.toMatch(/proposed it/);
  });

  it('a conference elects no Central Committee', () => {
    const state = platformState();
    const cc = { ...state.cc };
    runGathering(state, CONFERENCE);
    expect(state.cc).toEqual(cc);
  });
});

describe('electing the Central Committee', () => {
  it('gives each patron round(40 × his delegates / all delegates) seats; the rest stay uncommitted', () => {
    const state = plainState();
    place(state, 'stalin', 5, REGIONS); // 40 delegates → 16 seats
    place(state, 'zinoviev', 5, ['leningrad']); // 4 → round(1.6) = 2
    place(state, 'trotsky', 5, ['red_army']); // 4 → 2
    place(state, 'bukharin', 1, ['moscow']); // 0.8 → round(0.32) = 0
    place(state, 'kamenev', 4, ['ukraine']); // expelled: delivers nothing, gets nothing
    state.contenders.kamenev.status = 'expelled';
    state.cc.kamenev = 5;
    runGathering(state, CONGRESS);
    expect(state.cc).toEqual({
      stalin: 16,
      trotsky: 2,
      zinoviev: 2,
      kamenev: 0,
      bukharin: 0,
      rykov: 0,
      tomsky: 0,
      unaligned: 20, // 40 − 20
    });
    const line = state.log.find((l) => l.cause?.startsWith('rule:cc_election'));
    // 40 + 4 + 4 + 0.8 = 48.8 of 100 delegates chosen by secretaries: 49%.
    expect(line?.text).toContain('Stalin 16, Trotsky 2, Zinoviev 2; 20 uncommitted. 49%');
  });

  it('gives a patron outside the Central Committee no bloc: his delegates elect uncommitted members', () => {
    // Zinoviev, removed from the CC, still has 5 secretaries in Petrograd (4 delegates, which
    // would be round(1.6) = 2 seats); a removed man casts no CC ballot, so they sit uncommitted.
    const state = plainState();
    state.contenders.zinoviev.status = 'removed';
    place(state, 'zinoviev', 5, ['leningrad']);
    place(state, 'stalin', 5, REGIONS);
    runGathering(state, CONGRESS);
    expect(state.cc.zinoviev).toBe(0);
    expect(state.cc.stalin).toBe(16);
    expect(state.cc.unaligned).toBe(24);
  });

  it('re-forms the Politburo: condemned members lose ground unless their bloc is large', () => {
    // Stalin 16 seats; Zinoviev and Kamenev 2 each (5 secretaries in one region); Trotsky
    // 3 secretaries (2.4 delegates: round(0.96) = 1 seat). Trotsky's platform, with Zinoviev and Kamenev, stands
    // condemned. Bukharin, a candidate with prestige 55 and clean hands, is promoted.
    const state = plainState();
    place(state, 'stalin', 5, REGIONS);
    place(state, 'zinoviev', 5, ['leningrad']);
    place(state, 'kamenev', 5, ['moscow']);
    place(state, 'trotsky', 3, ['red_army']);
    state.platforms = [
      { leader: 'trotsky', members: ['trotsky', 'zinoviev', 'kamenev'], since: 0, condemned: true },
    ];
    state.politburo.full = ['lenin', 'trotsky', 'stalin', 'zinoviev', 'rykov'];
    state.politburo.candidates = ['kamenev', 'bukharin'];
    state.contenders.trotsky.heat = 50; // heat ≥ 50 and at most 1 seat: not re-elected
    state.contenders.zinoviev.heat = 60; // as hot, but 2 seats: kept on the CC
    state.contenders.bukharin.prestige = 55;
    // Far from every region's mood (0), so his prestige carries no open delegates.
    state.contenders.bukharin.positions.economy = 60;
    state.contenders.rykov.prestige = 54; // a full member already: nothing changes
    runGathering(state, CONGRESS);

    expect(state.contenders.trotsky.status).toBe('removed');
    // His one seat goes back to the uncommitted: 40 − (16 + 2 + 2 + 1) + 1.
    expect([state.cc.trotsky, state.cc.unaligned]).toEqual([0, 20]);
    expect(state.contenders.zinoviev.status).toBe('active');
    // Zinoviev, a full member whose bloc (2) is under 40/4: demoted to candidate.
    // Kamenev, a candidate whose bloc (2) is under 40/8: out of the Politburo.
    expect(state.politburo).toEqual({
      full: ['lenin', 'stalin', 'rykov', 'bukharin'],
      candidates: ['zinoviev'],
    });
    expect(state.fallen.map((f) => [f.contender, f.fate])).toEqual([
      ['trotsky', 'sidelined'],
      ['kamenev', 'sidelined'],
    ]);
  });

  it("counts allies' seats in a condemned member's bloc, and holds back a candidate under 55", () => {
    const state = plainState();
    place(state, 'stalin', 5, REGIONS); // 16 seats
    place(state, 'zinoviev', 5, ['leningrad']); // 2 seats
    state.alliances.push({ id: 1, members: ['stalin', 'zinoviev'], secret: false, since: 0 });
    state.platforms = [{ leader: 'zinoviev', members: ['zinoviev'], since: 0, condemned: true }];
    state.politburo.full = ['lenin', 'stalin', 'zinoviev'];
    state.politburo.candidates = ['bukharin'];
    state.contenders.bukharin.prestige = 54;
    runGathering(state, CONGRESS);
    // Bloc 2 + 16 = 18 ≥ 10: Zinoviev keeps his full seat; Bukharin stays a candidate.
    expect(state.politburo).toEqual({
      full: ['lenin', 'stalin', 'zinoviev'],
      candidates: ['bukharin'],
    });
  });

  it('a bloc of exactly 40/4 keeps a full seat, of exactly 40/8 a candidate’s', () => {
    // Zinoviev 2 seats + his ally Stalin's 8 (5 secretaries in five regions: 20 delegates) = 10.
    // Kamenev 2 seats (5 secretaries in Moscow) + his ally Bukharin's 3 (5 secretaries in
    // two regions: 8 delegates, round(3.2) = 3) = 5.
    const state = plainState();
    place(state, 'stalin', 5, ['ukraine', 'urals', 'siberia', 'volga', 'black_earth']);
    place(state, 'zinoviev', 5, ['leningrad']);
    place(state, 'kamenev', 5, ['moscow']);
    place(state, 'bukharin', 5, ['transcaucasia', 'central_asia']);
    state.alliances.push({ id: 1, members: ['stalin', 'zinoviev'], secret: false, since: 0 });
    state.alliances.push({ id: 2, members: ['kamenev', 'bukharin'], secret: false, since: 0 });
    state.platforms = [
      { leader: 'zinoviev', members: ['zinoviev', 'kamenev'], since: 0, condemned: true },
    ];
    state.politburo.full = ['lenin', 'stalin', 'zinoviev'];
    state.politburo.candidates = ['kamenev'];
    runGathering(state, CONGRESS);
    expect([state.cc.stalin, state.cc.zinoviev, state.cc.kamenev, state.cc.bukharin]).toEqual([
      8, 2, 2, 3,
    ]);
    expect(state.politburo).toEqual({
      full: ['lenin', 'stalin', 'zinoviev'],
      candidates: ['kamenev'],
    });
  });
});

describe('the calendar of gatherings, in played games', () => {
  /** 'YYYY-MM(-DD)' → year × 4 + the quarter its month falls in (the game's quarter index). */
  const quarter = (date: string) =>
    Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3);

  it.each(allScenarios().map((sc) => [sc.id, sc] as const))(
    '%s: each gathering opens in the quarter of its opening day; only congresses elect a CC',
    (_, sc) => {
      const { state } = playRandom(`congress-calendar-${sc.id}`, sc);
      const byTurn = (prefix: string) => {
        const seen = new Map<number, string[]>();
        for (const l of state.log) {
          if (!l.cause?.startsWith(prefix)) continue;
          // Lines that follow from one election (a member dropped) share its cause: once each.
          const id = l.cause.slice(prefix.length);
          const ids = seen.get(l.turn) ?? [];
          if (!ids.includes(id)) seen.set(l.turn, [...ids, id]);
        }
        return seen;
      };
      const opened = byTurn('congress:');
      const elections = byTurn('rule:cc_election:');
      let held = 0;
      for (let turn = 0; turn <= state.turn; turn++) {
        const due = GATHERINGS.filter((g) => quarter(g.date) === state.startQuarter + turn);
        expect(opened.get(turn) ?? [], `turn ${turn}`).toEqual(due.map((g) => g.id));
        expect(elections.get(turn)?.length ?? 0, `turn ${turn}`).toBe(
          due.filter((g) => g.electsCentralCommittee).length,
        );
        held += due.length;
      }
      // Every scenario meets at least one (1928-grain-crisis only the 16th Conference, April
      // 1929), unless a game ends before it: these seeds' games do not.
      expect(held).toBeGreaterThan(0);
    },
  );
});
