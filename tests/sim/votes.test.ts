// Votes worked out by hand: who votes, how each contender leans, how the uncommitted split, the
// count (a tie fails) and what a passed or failed motion does. Every state starts from
// plainState() (prestige 50, heat 30, positions 0, trust 50, no grievance, no alliances, every
// CC seat uncommitted) and sets only what the rule under test reads, so each expected number
// below follows from the formula in src/sim/votes.ts quoted beside it.
import { describe, expect, it } from 'vitest';
import { CONTENDERS, type ContenderId } from '../../src/sim/ids.ts';
import type { PowerTable } from '../../src/sim/query.ts';
import type { BallotChoice, Body, GameState, Motion, MotionSpec } from '../../src/sim/types.ts';
import {
  resolveMotion,
  stanceOn,
  tallyMotion,
  unalignedYesShare,
  votersFor,
} from '../../src/sim/votes.ts';
import { plainState } from '../helpers.ts';

const censure = (target: ContenderId): MotionSpec => ({ kind: 'censure', target });

function motion(
  proposer: ContenderId,
  spec: MotionSpec,
  body: Body,
  ballots: Partial<Record<ContenderId, BallotChoice>> = {},
): Motion {
  return { id: 900, proposer, spec, body, ballots };
}

/** A power table with the given values and 0 for everyone else. */
function powers(values: Partial<PowerTable>): PowerTable {
  const table = {} as PowerTable;
  for (const c of CONTENDERS) table[c] = values[c] ?? 0;
  return table;
}

function ally(state: GameState, a: ContenderId, b: ContenderId): void {
  state.alliances.push({
    id: state.alliances.length + 1,
    members: [a, b],
    secret: false,
    since: 0,
  });
}

/** yes/no weights per voter, in ballot order, for compact comparisons. */
const ballotsOf = (r: ReturnType<typeof tallyMotion>) =>
  r.ballots.map((b) => `${b.voter}:${b.choice}:${b.weight}`);

describe('votersFor', () => {
  it('in the Politburo: full members who can act, not candidates, not the expelled', () => {
    const state = plainState();
    state.politburo.full = ['lenin', 'trotsky', 'stalin', 'kamenev', 'zinoviev', 'rykov', 'tomsky'];
    state.politburo.candidates = ['bukharin', 'kalinin'];
    state.contenders.rykov.status = 'removed'; // off the CC but still able to act: votes
    state.contenders.tomsky.status = 'expelled'; // cannot act: does not vote
    const m = motion('stalin', censure('trotsky'), 'politburo');
    expect(votersFor(state, m)).toEqual(['stalin', 'trotsky', 'zinoviev', 'kamenev', 'rykov']);
  });

  it('in the CC: active contenders with seats or any Politburo seat', () => {
    const state = plainState();
    state.politburo.full = ['lenin', 'trotsky', 'stalin', 'kamenev', 'zinoviev'];
    state.politburo.candidates = ['bukharin', 'kalinin'];
    state.cc.tomsky = 3; // seats, no Politburo seat: votes
    state.cc.rykov = 0; // neither: does not vote
    state.contenders.zinoviev.status = 'removed'; // in the Politburo but not active: no vote
    // Bukharin has no seats but is a Politburo candidate: votes.
    const m = motion('stalin', censure('trotsky'), 'cc');
    expect(votersFor(state, m)).toEqual(['stalin', 'trotsky', 'kamenev', 'bukharin', 'tomsky']);
  });
});

describe('stanceOn', () => {
  const P = powers({});

  it('a proposer backs his motion and a target opposes it, whatever else', () => {
    const state = plainState();
    state.contenders.trotsky.relations.stalin.grievance = 100;
    expect(stanceOn(state, 'stalin', 'stalin', censure('trotsky'), P)).toMatchObject({
      choice: 'yes',
      score: 100,
    });
    expect(stanceOn(state, 'trotsky', 'stalin', censure('trotsky'), P)).toMatchObject({
      choice: 'no',
      score: -100,
    });
  });

  it('a censure: hostility to the target over 2, and only a score above 5 is a yes', () => {
    // score = (trust−50)/2 − grievance/2 toward the proposer (0 here)
    //       + [grievance − (trust−50) + (heat−30)/2 + distance/2] / 2 toward the target.
    const state = plainState();
    const rel = state.contenders.kamenev.relations.trotsky;
    const lean = () => stanceOn(state, 'kamenev', 'stalin', censure('trotsky'), P);
    expect(lean()).toMatchObject({ choice: 'abstain', score: 0 });
    rel.grievance = 10; // 10/2 = 5: not above 5
    expect(lean()).toMatchObject({ choice: 'abstain', score: 5 });
    rel.grievance = 12; // 6
    expect(lean()).toMatchObject({ choice: 'yes', score: 6, reason: 'trusts Stalin' });
    rel.grievance = 50; // hostility 50 > 20: the reason names it
    expect(lean()).toMatchObject({ choice: 'yes', score: 25, reason: 'wants Trotsky cut down' });
    rel.grievance = 0;
    rel.trust = 90; // hostility −40
    expect(lean()).toMatchObject({
      choice: 'no',
      score: -20,
      reason: 'will not sacrifice Trotsky',
    });
  });

  it('on the line an ally counts +5, not +35: a man votes the policy, not the friendship', () => {
    // score = (trust−50)/2 − grievance/2 + 5 if allied + (his position − line) × direction / 2.
    const state = plainState();
    const right: MotionSpec = { kind: 'line', axis: 'economy', direction: 1 };
    state.partyLine.economy = 20;
    state.contenders.stalin.positions.economy = -20; // (−20 − 20) × 1 / 2 = −20
    ally(state, 'stalin', 'rykov');
    expect(stanceOn(state, 'stalin', 'rykov', right, P)).toMatchObject({
      choice: 'no',
      score: -15, // 5 − 20
      reason: 'opposes the policy',
    });
    // The same ally's motion on a man is backed by the full 35 (and a little for the distance).
    const onAMan = stanceOn(state, 'stalin', 'rykov', censure('trotsky'), P);
    expect(onAMan.choice).toBe('yes');
    expect(onAMan.score).toBeGreaterThanOrEqual(35);
  });

  it("a censure: the target's heat and the distance between them count too", () => {
    const state = plainState();
    state.contenders.trotsky.heat = 70; // (70−30)/2 = 20 hostility
    state.contenders.kamenev.positions.economy = 40; // distance 40/4 = 10, half of it: 5
    expect(stanceOn(state, 'kamenev', 'stalin', censure('trotsky'), P)).toMatchObject({
      choice: 'yes',
      score: 12.5, // (20 + 5) / 2
    });
  });

  it('trust in the proposer and alliances: +35 with the proposer, −60 with the target', () => {
    const state = plainState();
    state.contenders.kamenev.relations.stalin.grievance = 20; // −10
    expect(stanceOn(state, 'kamenev', 'stalin', censure('trotsky'), P)).toMatchObject({
      choice: 'no',
      score: -10,
      reason: 'distrusts Stalin',
    });
    ally(state, 'kamenev', 'stalin'); // −10 + 35
    expect(stanceOn(state, 'kamenev', 'stalin', censure('trotsky'), P)).toMatchObject({
      choice: 'yes',
      score: 25,
      reason: 'backs his ally Stalin',
    });
    state.alliances = [];
    state.contenders.kamenev.relations.stalin.grievance = 0;
    state.contenders.kamenev.relations.trotsky.grievance = 100; // +50
    ally(state, 'kamenev', 'trotsky'); // 50 − 60
    expect(stanceOn(state, 'kamenev', 'stalin', censure('trotsky'), P)).toMatchObject({
      choice: 'no',
      score: -10,
      reason: 'stands by his ally Trotsky',
    });
  });

  it('a line: half of how far the line moves toward the voter', () => {
    // helps = (position − line) × direction; score += helps / 2.
    const state = plainState();
    state.partyLine.economy = 10;
    state.contenders.bukharin.positions.economy = 50; // helps ±40
    const right: MotionSpec = { kind: 'line', axis: 'economy', direction: 1 };
    const left: MotionSpec = { kind: 'line', axis: 'economy', direction: -1 };
    expect(stanceOn(state, 'bukharin', 'stalin', right, P)).toMatchObject({
      choice: 'yes',
      score: 20,
      reason: 'agrees with the policy',
    });
    expect(stanceOn(state, 'bukharin', 'stalin', left, P)).toMatchObject({
      choice: 'no',
      score: -20,
      reason: 'opposes the policy',
    });
    // The other axis is not moved by an economy motion.
    state.contenders.bukharin.positions.economy = 10;
    state.contenders.bukharin.positions.revolution = 90;
    expect(stanceOn(state, 'bukharin', 'stalin', right, P)).toMatchObject({ score: 0 });
  });

  it("expanding the Politburo: fear of the proposer's power, and 10 against by default", () => {
    // score −= (power[proposer] − power[voter]) / 2 + 10
    const state = plainState();
    const spec: MotionSpec = { kind: 'expand_politburo', nominee: 'kalinin' };
    expect(
      stanceOn(state, 'kamenev', 'stalin', spec, powers({ stalin: 40, kamenev: 10 })),
    ).toMatchObject({ choice: 'no', score: -25, reason: 'fears Stalin packing the Politburo' });
    expect(
      stanceOn(state, 'kamenev', 'stalin', spec, powers({ stalin: 20, kamenev: 20 })),
    ).toMatchObject({ choice: 'no', score: -10 });
    expect(
      stanceOn(state, 'kamenev', 'stalin', spec, powers({ stalin: 10, kamenev: 40 })),
    ).toMatchObject({ choice: 'abstain', score: 5 });
  });

  it('moving a post: against its holder (or his patron) like a censure, else by power', () => {
    const state = plainState();
    // The Rabkrin's holder Tsiurupa has no patron: no target, a third of the power gap counts.
    state.posts.rabkrin = 'tsiurupa';
    state.figures.tsiurupa.patron = null;
    const rabkrin: MotionSpec = { kind: 'transfer_post', post: 'rabkrin', to: 'trotsky' };
    expect(
      stanceOn(state, 'kamenev', 'trotsky', rabkrin, powers({ trotsky: 40, kamenev: 10 })),
    ).toMatchObject({ choice: 'no', score: -10 });
    // The Orgburo is Molotov's, Stalin's man: taking it strikes at Stalin, who defends himself.
    state.posts.orgburo = 'molotov';
    state.figures.molotov.patron = 'stalin';
    const orgburo: MotionSpec = { kind: 'transfer_post', post: 'orgburo', to: 'trotsky' };
    expect(stanceOn(state, 'stalin', 'trotsky', orgburo, P)).toMatchObject({ choice: 'no' });
    state.contenders.kamenev.relations.stalin.grievance = 40; // hostility 40 → +20
    expect(stanceOn(state, 'kamenev', 'trotsky', orgburo, powers({ trotsky: 90 }))).toMatchObject({
      choice: 'yes',
      score: 20,
    });
  });
});

describe('unalignedYesShare', () => {
  // 0.45 + (proposer prestige − 50)/200, + (target heat − 30)/150 − (target prestige − 50)/250,
  // − 0.1 for moving a post or a seat, + (mean mood − line) × direction / 300; within 0.05..0.95.
  it('rises with the proposer’s prestige and the target’s heat, falls with his prestige', () => {
    const state = plainState();
    const m = motion('stalin', censure('trotsky'), 'cc');
    expect(unalignedYesShare(state, m)).toBeCloseTo(0.45, 10);
    state.contenders.stalin.prestige = 70; // +0.1
    state.contenders.trotsky.heat = 60; // +0.2
    state.contenders.trotsky.prestige = 25; // +0.1
    expect(unalignedYesShare(state, m)).toBeCloseTo(0.85, 10);
  });

  it('is clamped to 0.05..0.95', () => {
    const state = plainState();
    const m = motion('stalin', censure('trotsky'), 'cc');
    state.contenders.stalin.prestige = 100;
    state.contenders.trotsky.heat = 100;
    expect(unalignedYesShare(state, m)).toBe(0.95);
    state.contenders.stalin.prestige = 0;
    state.contenders.trotsky.heat = 0;
    state.contenders.trotsky.prestige = 100; // 0.45 − 0.25 − 0.2 − 0.2
    expect(unalignedYesShare(state, m)).toBe(0.05);
  });

  it('the uncommitted prefer things as they are: a post or a new seat costs 0.1', () => {
    const state = plainState();
    state.posts.rabkrin = 'tsiurupa';
    state.figures.tsiurupa.patron = null; // no target: only the 0.1
    const post = motion('trotsky', { kind: 'transfer_post', post: 'rabkrin', to: 'trotsky' }, 'cc');
    const seat = motion('stalin', { kind: 'expand_politburo', nominee: 'kalinin' }, 'cc');
    expect(unalignedYesShare(state, post)).toBeCloseTo(0.35, 10);
    expect(unalignedYesShare(state, seat)).toBeCloseTo(0.35, 10);
  });

  it('a line follows the rank and file’s mean mood against the present line', () => {
    const state = plainState();
    for (const r of Object.values(state.regions)) r.mood = 40;
    state.partyLine.economy = 10; // (40 − 10) / 300 = ±0.1
    const right = motion('stalin', { kind: 'line', axis: 'economy', direction: 1 }, 'cc');
    const left = motion('stalin', { kind: 'line', axis: 'economy', direction: -1 }, 'cc');
    expect(unalignedYesShare(state, right)).toBeCloseTo(0.55, 10);
    expect(unalignedYesShare(state, left)).toBeCloseTo(0.35, 10);
  });
});

describe('tallyMotion in the Central Committee', () => {
  // Stalin 10 seats, Trotsky 8, 22 uncommitted; the uncommitted share is 0.45, so
  // round(22 × 0.45) = round(9.9) = 10 vote yes and 12 no.
  function ccState() {
    const state = plainState();
    state.cc.stalin = 10;
    state.cc.trotsky = 8;
    state.cc.unaligned = 22;
    return state;
  }

  it('weighs each bloc by its seats (at least 1), splits the uncommitted, and a tie fails', () => {
    const state = ccState();
    const m = motion('stalin', censure('trotsky'), 'cc', {
      stalin: 'yes',
      trotsky: 'no',
      zinoviev: 'abstain', // no seats: weight 1, but an abstention counts for neither side
    });
    const r = tallyMotion(state, m);
    expect(ballotsOf(r)).toEqual([
      'stalin:yes:10',
      'trotsky:no:8',
      'zinoviev:abstain:1',
      'unaligned:yes:10',
      'unaligned:no:12',
    ]);
    expect([r.yes, r.no, r.passed]).toEqual([20, 20, false]);
    m.ballots.kamenev = 'yes'; // no seats: weight 1
    const r2 = tallyMotion(state, m);
    expect([r2.yes, r2.no, r2.passed]).toEqual([21, 20, true]);
  });

  it('ignores the ballot of a contender no longer on the Central Committee', () => {
    const state = ccState();
    state.contenders.trotsky.status = 'removed';
    const r = tallyMotion(
      state,
      motion('stalin', censure('zinoviev'), 'cc', { stalin: 'yes', trotsky: 'no' }),
    );
    expect(r.ballots.map((b) => b.voter)).not.toContain('trotsky');
    expect([r.yes, r.no]).toEqual([20, 12]);
  });

  it('gives the uncommitted no ballot when there are none, and follows the clamped share', () => {
    const state = ccState();
    state.cc.unaligned = 0;
    const none = tallyMotion(state, motion('stalin', censure('trotsky'), 'cc', { stalin: 'yes' }));
    expect(ballotsOf(none)).toEqual(['stalin:yes:10']);
    state.cc.unaligned = 22;
    state.contenders.stalin.prestige = 100; // 0.45 + 0.25 + 70/150 > 0.95: clamped, and
    state.contenders.trotsky.heat = 100; // round(22 × 0.95) = round(20.9) = 21 yes, 1 no
    const hot = tallyMotion(state, motion('stalin', censure('trotsky'), 'cc', { stalin: 'yes' }));
    expect(ballotsOf(hot)).toEqual(['stalin:yes:10', 'unaligned:yes:21', 'unaligned:no:1']);
  });

  it('records reasons only when asked (forecasts skip them)', () => {
    const state = ccState();
    const m = motion('stalin', censure('trotsky'), 'cc', { stalin: 'yes' });
    expect(tallyMotion(state, m).ballots[0].reason).toBe('proposed it');
    expect(tallyMotion(state, m, undefined, false).ballots[0].reason).toBe('');
  });
});

describe('tallyMotion in the Politburo', () => {
  // One vote a head. Lenin is incapacitated and does not vote; Molotov's patron is Stalin,
  // Frunze's Zinoviev; Kalinin has none.
  function politburoState() {
    const state = plainState();
    state.politburo.full = [
      'lenin',
      'stalin',
      'trotsky',
      'zinoviev',
      'molotov',
      'kalinin',
      'frunze',
    ];
    state.figures.lenin.incapacitated = true;
    state.figures.molotov.patron = 'stalin';
    state.figures.kalinin.patron = null;
    state.figures.frunze.patron = 'zinoviev';
    state.cc.unaligned = 40; // the CC's uncommitted have no say here
    return state;
  }

  it('gives each ballot a reason that agrees with it', () => {
    // Trotsky trusts Stalin (trust 90: stance +20, "trusts Stalin") but votes No; Zinoviev, the
    // target, votes No to defend himself: his stance and his reason agree.
    const state = politburoState();
    state.contenders.trotsky.relations.stalin = { trust: 90, grievance: 0 };
    const m = motion('stalin', censure('zinoviev'), 'politburo', {
      stalin: 'yes',
      trotsky: 'no',
      zinoviev: 'no',
    });
    const reasons = Object.fromEntries(
      tallyMotion(state, m).ballots.map((b) => [`${b.voter}:${b.choice}`, b.reason]),
    );
    expect(reasons['trotsky:no']).toBe('weighs his own interests');
    expect(reasons['zinoviev:no']).toBe('defends himself');
    expect(reasons['stalin:yes']).toBe('proposed it');
    m.ballots.trotsky = 'abstain';
    const again = tallyMotion(state, m).ballots.find((b) => b.voter === 'trotsky');
    expect(again?.reason).toBe('holds back');
  });

  it('figures follow their patron, defend him when he is the target, else the majority', () => {
    const state = politburoState();
    const m = motion('stalin', censure('zinoviev'), 'politburo', {
      stalin: 'yes',
      trotsky: 'yes',
      zinoviev: 'no',
      kamenev: 'yes', // not in the Politburo: not counted
    });
    const r = tallyMotion(state, m);
    expect(ballotsOf(r)).toEqual([
      'stalin:yes:1',
      'trotsky:yes:1',
      'zinoviev:no:1',
      'molotov:yes:1', // follows Stalin
      'kalinin:yes:1', // leaders 2–1 for
      'frunze:no:1', // protects Zinoviev
    ]);
    expect([r.yes, r.no, r.passed]).toEqual([4, 2, true]);
  });

  it('the patronless go with the leaders’ majority, abstaining on a tie; a tie fails', () => {
    const state = politburoState();
    const against = tallyMotion(
      state,
      motion('stalin', censure('zinoviev'), 'politburo', {
        stalin: 'yes',
        trotsky: 'no',
        zinoviev: 'no',
      }),
    );
    expect(ballotsOf(against)).toContain('kalinin:no:1');
    expect([against.yes, against.no, against.passed]).toEqual([2, 4, false]);
    const even = tallyMotion(
      state,
      motion('stalin', censure('zinoviev'), 'politburo', {
        stalin: 'yes',
        trotsky: 'abstain',
        zinoviev: 'no',
      }),
    );
    expect(ballotsOf(even)).toContain('kalinin:abstain:1');
    expect([even.yes, even.no, even.passed]).toEqual([2, 2, false]);
  });

  it('a figure whose patron cast no ballot, or cannot act, goes with the majority; the dead do not vote', () => {
    const state = politburoState();
    state.figures.frunze.patron = 'kamenev'; // not in the Politburo: no ballot to follow
    state.figures.molotov.alive = false;
    const r = tallyMotion(
      state,
      motion('trotsky', censure('stalin'), 'politburo', {
        stalin: 'no',
        trotsky: 'yes',
        zinoviev: 'yes',
      }),
    );
    expect(ballotsOf(r)).toEqual([
      'stalin:no:1',
      'trotsky:yes:1',
      'zinoviev:yes:1',
      'kalinin:yes:1',
      'frunze:yes:1',
    ]);
    state.figures.molotov.alive = true;
    state.figures.frunze.patron = 'zinoviev';
    state.contenders.stalin.status = 'expelled'; // his ballot and his protection both lapse
    const r2 = tallyMotion(
      state,
      motion('trotsky', censure('zinoviev'), 'politburo', { stalin: 'yes', trotsky: 'yes' }),
    );
    expect(ballotsOf(r2)).toEqual([
      'trotsky:yes:1',
      'molotov:yes:1',
      'kalinin:yes:1',
      'frunze:no:1',
    ]);
  });
});

describe('resolveMotion', () => {
  // Stalin 30 seats, 20 uncommitted (share 0.45: 9 yes, 11 no); Trotsky has no seats (weight 1).
  function resolveState() {
    const state = plainState();
    state.cc.stalin = 30;
    state.cc.unaligned = 20;
    return state;
  }

  it('a passed censure: recorded, and the target loses 6 prestige, gains 10 heat and a grudge', () => {
    const state = resolveState();
    const m = motion('stalin', censure('trotsky'), 'cc', { stalin: 'yes', trotsky: 'no' });
    resolveMotion(state, m);
    expect(state.votes).toHaveLength(1);
    expect(state.votes[0]).toMatchObject({
      id: 900,
      turn: state.turn,
      body: 'cc',
      proposer: 'stalin',
      yes: 39, // 30 + 9
      no: 12, // 1 + 11
      passed: true,
    });
    expect(state.log.at(-1)?.text).toContain('passes, 39\u201312');
    expect(state.contenders.trotsky.prestige).toBe(44);
    expect(state.contenders.trotsky.heat).toBe(40);
    expect(state.contenders.trotsky.relations.stalin).toEqual({ trust: 40, grievance: 15 });
    expect(state.contenders.stalin.prestige).toBe(50);
  });

  it("rivals' censures push heat no further than 45", () => {
    for (const [before, after] of [
      [40, 45],
      [45, 45],
      [60, 60],
    ]) {
      const state = resolveState();
      state.contenders.trotsky.heat = before;
      resolveMotion(state, motion('stalin', censure('trotsky'), 'cc', { stalin: 'yes' }));
      expect(state.votes[0].passed).toBe(true);
      expect(state.contenders.trotsky.heat).toBe(after);
    }
  });

  it('a failed motion costs the proposer 2 prestige and sours the target on him', () => {
    const state = resolveState();
    state.cc.stalin = 0;
    state.cc.trotsky = 30;
    const m = motion('stalin', censure('trotsky'), 'cc', { stalin: 'yes', trotsky: 'no' });
    resolveMotion(state, m);
    expect(state.votes[0]).toMatchObject({ yes: 10, no: 41, passed: false }); // 1+9, 30+11
    expect(state.log.at(-1)?.text).toContain('fails, 10\u201341');
    expect(state.contenders.stalin.prestige).toBe(48);
    expect(state.contenders.trotsky.prestige).toBe(50);
    expect(state.contenders.trotsky.heat).toBe(30);
    expect(state.contenders.trotsky.relations.stalin).toEqual({ trust: 45, grievance: 10 });
  });

  it('a motion overtaken by events is withdrawn: no vote, no change', () => {
    const state = resolveState();
    state.contenders.trotsky.status = 'expelled';
    const before = JSON.stringify(state.contenders);
    resolveMotion(state, motion('stalin', censure('trotsky'), 'cc', { stalin: 'yes' }));
    expect(state.votes).toHaveLength(0);
    expect(state.log.at(-1)?.text).toContain('withdrawn');
    expect(JSON.stringify(state.contenders)).toBe(before);
  });

  it('a passed line moves the party line 20 and rewards those it moves toward', () => {
    const state = resolveState();
    state.contenders.bukharin.positions.economy = 40; // 40 → 20 away: +2
    state.contenders.trotsky.positions.economy = -40; // 40 → 60: −2
    state.contenders.kamenev.positions.economy = 10; // 10 → 10: not closer, −2
    state.contenders.tomsky.status = 'expelled'; // out of the game: unchanged
    const spec: MotionSpec = { kind: 'line', axis: 'economy', direction: 1 };
    resolveMotion(state, motion('stalin', spec, 'cc', { stalin: 'yes' }));
    expect(state.votes[0].passed).toBe(true);
    expect(state.partyLine).toEqual({ economy: 20, revolution: 0 });
    const prestige = Object.fromEntries(CONTENDERS.map((c) => [c, state.contenders[c].prestige]));
    expect(prestige).toEqual({
      stalin: 48, // at 0: 0 → 20
      trotsky: 48,
      zinoviev: 48,
      kamenev: 48,
      bukharin: 52,
      rykov: 48,
      tomsky: 50,
    });
  });

  it('a passed removal takes the target out of the Politburo; an expansion seats the nominee', () => {
    const state = resolveState();
    resolveMotion(
      state,
      motion('stalin', { kind: 'remove_politburo', target: 'trotsky' }, 'cc', { stalin: 'yes' }),
    );
    expect(state.votes[0].passed).toBe(true);
    expect(state.politburo.full).not.toContain('trotsky');
    expect(state.contenders.trotsky.prestige).toBe(40);
    expect(state.contenders.trotsky.relations.stalin).toEqual({ trust: 30, grievance: 25 });
    expect(state.fallen).toEqual([{ contender: 'trotsky', turn: state.turn, fate: 'sidelined' }]);

    state.politburo.candidates = ['bukharin', 'kalinin'];
    resolveMotion(state, {
      ...motion('stalin', { kind: 'expand_politburo', nominee: 'kalinin' }, 'cc', {
        stalin: 'yes',
      }),
      id: 901,
    });
    expect(state.votes[1].passed).toBe(true); // 30 + round(20 × 0.35) = 37 against 13
    expect([state.votes[1].yes, state.votes[1].no]).toEqual([37, 13]);
    expect(state.politburo.full.at(-1)).toBe('kalinin');
    expect(state.politburo.candidates).not.toContain('kalinin');
  });
});
