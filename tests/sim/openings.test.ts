// The opposition's openings (issue 8), rule by rule: removal only after open factional work,
// the truce a recantation buys, the Secretariat re-elected by a new Central Committee,
// waverers in the Politburo and courting them, open debate at a congress, and supremacy that
// needs a Politburo majority. Each test sets only what the rule reads (plainState: prestige
// 50, heat 30, positions 0, no alliances, every CC seat uncommitted), then a scripted line
// shows an opening can be taken in a real game.
import { describe, expect, it } from 'vitest';
import { GATHERINGS } from '../../src/content/congresses.ts';
import { EVENTS } from '../../src/content/events.ts';
import { ACTION_RULES, legalInActionPhase } from '../../src/sim/actions/table.ts';
import { quarterOf } from '../../src/sim/calendar.ts';
import { floorDelegates } from '../../src/sim/congress.ts';
import { heatLines } from '../../src/sim/feedback.ts';
import { legalActions } from '../../src/sim/flow.ts';
import { type ContenderId } from '../../src/sim/ids.ts';
import { motionOptions, TRUCE_QUARTERS } from '../../src/sim/motions.ts';
import { computeOutcome } from '../../src/sim/scoring.ts';
import type { GameState, Motion, MotionSpec } from '../../src/sim/types.ts';
import { motionStillValid, tallyMotion } from '../../src/sim/votes.ts';
import { conviction, STEADY_QUARTERS, WON_OVER_QUARTERS } from '../../src/sim/waverers.ts';
import { createGame } from '../../src/sim/setup.ts';
import { GameDriver } from '../../src/machine/driver.ts';
import { decide } from '../../src/ai/policy.ts';
import { SideStream } from '../../src/sim/rng.ts';
import { plainState, scenario } from '../helpers.ts';

const kinds = (state: GameState, actor: ContenderId, target: ContenderId) =>
  motionOptions(state, actor)
    .filter((m) => 'target' in m && m.target === target)
    .map((m) => m.kind);

/** A motion Stalin has tabled (and voted for) against one man. */
const stalinMoves = (spec: MotionSpec, body: Motion['body']): Motion => ({
  id: 1,
  proposer: 'stalin',
  spec,
  body,
  ballots: { stalin: 'yes' },
});

function seatEveryone(state: GameState): void {
  state.politburo.full = ['stalin', 'trotsky', 'zinoviev', 'kamenev', 'bukharin'];
  state.politburo.candidates = [];
}

describe('removal from the Politburo needs open factional work', () => {
  it('a rival past the removal line cannot be voted out until he signs a platform', () => {
    const state = plainState();
    seatEveryone(state);
    state.contenders.trotsky.heat = 60; // exposure 60, past the line of 50
    expect(kinds(state, 'stalin', 'trotsky')).not.toContain('remove_politburo');
    ACTION_RULES.platform.enact(state, { type: 'platform', actor: 'trotsky' }, true);
    expect(state.contenders.trotsky.branded).toBe(true);
    expect(kinds(state, 'stalin', 'trotsky')).toContain('remove_politburo');
  });

  it('an event that brands a group counts as open factional work', () => {
    const state = plainState();
    seatEveryone(state);
    state.contenders.bukharin.heat = 60;
    expect(kinds(state, 'stalin', 'bukharin')).not.toContain('remove_politburo');
    state.flags.push('right_deviation_condemned');
    expect(kinds(state, 'stalin', 'bukharin')).toContain('remove_politburo');
  });
});

describe('the truce after a recantation', () => {
  it('stops censures and denunciations for three quarters, this one included', () => {
    const state = plainState();
    seatEveryone(state);
    state.contenders.zinoviev.heat = 40;
    const charges = () =>
      legalInActionPhase(state, 'stalin').filter(
        (a) =>
          (a.type === 'denounce' && a.target === 'zinoviev') ||
          (a.type === 'motion' && a.motion.kind === 'censure' && a.motion.target === 'zinoviev'),
      ).length;
    state.phase = 'actions';
    state.actionPoints.stalin = 3;
    expect(charges()).toBe(2);
    ACTION_RULES.recant.enact(state, { type: 'recant', actor: 'zinoviev' }, true);
    const start = state.turn;
    for (let t = start; t < start + TRUCE_QUARTERS; t++) {
      state.turn = t;
      expect(charges(), `turn ${t}`).toBe(0);
    }
    state.turn = start + TRUCE_QUARTERS;
    expect(charges()).toBe(2);
  });

  it('withdraws a censure tabled before the recantation, and buys no second truce', () => {
    const state = plainState();
    seatEveryone(state);
    state.contenders.zinoviev.heat = 40;
    state.phase = 'actions';
    state.actionPoints.zinoviev = 3;
    const censure = stalinMoves({ kind: 'censure', target: 'zinoviev' }, 'politburo');
    expect(motionStillValid(state, censure)).toBe(true);
    const canRecant = () => legalInActionPhase(state, 'zinoviev').some((a) => a.type === 'recant');
    expect(canRecant()).toBe(true);
    ACTION_RULES.recant.enact(state, { type: 'recant', actor: 'zinoviev' }, true);
    expect(motionStillValid(state, censure)).toBe(false);
    // Heat 25 is still above the threshold, but the truce he bought is running.
    state.contenders.zinoviev.heat = 25;
    expect(canRecant()).toBe(false);
    state.turn += TRUCE_QUARTERS;
    expect(canRecant()).toBe(true);
  });
});

describe('the truce also puts off dropping from the Central Committee and expulsion', () => {
  it('no motion to drop him or expel him while it lasts; a Politburo seat is not shielded', () => {
    const state = plainState();
    state.politburo.full = ['stalin', 'trotsky', 'bukharin'];
    state.politburo.candidates = [];
    state.contenders.zinoviev.heat = 80; // past the Central Committee's line (60)
    state.contenders.kamenev.heat = 80; // past the expulsion line (70)
    state.contenders.kamenev.status = 'removed';
    state.contenders.trotsky.heat = 80;
    state.contenders.trotsky.branded = true;
    expect(kinds(state, 'stalin', 'zinoviev')).toContain('remove_cc');
    expect(kinds(state, 'stalin', 'kamenev')).toContain('expel');
    const dropZinoviev = stalinMoves({ kind: 'remove_cc', target: 'zinoviev' }, 'cc');
    const expelKamenev = stalinMoves({ kind: 'expel', target: 'kamenev' }, 'cc');
    for (const c of ['zinoviev', 'kamenev', 'trotsky'] as const) {
      ACTION_RULES.recant.enact(state, { type: 'recant', actor: c }, true);
    }
    expect(kinds(state, 'stalin', 'zinoviev')).not.toContain('remove_cc');
    expect(kinds(state, 'stalin', 'kamenev')).not.toContain('expel');
    // Tabled before he recanted: withdrawn at the vote.
    expect(motionStillValid(state, dropZinoviev)).toBe(false);
    expect(motionStillValid(state, expelKamenev)).toBe(false);
    // In the record the statement of October 1926 did not save Trotsky's Politburo seat.
    expect(kinds(state, 'stalin', 'trotsky')).toContain('remove_politburo');
    state.turn += TRUCE_QUARTERS;
    expect(kinds(state, 'stalin', 'zinoviev')).toContain('remove_cc');
    expect(kinds(state, 'stalin', 'kamenev')).toContain('expel');
  });

  it('the danger lines say so while the truce lasts', () => {
    const state = plainState();
    state.politburo.full = ['stalin'];
    state.politburo.candidates = [];
    state.contenders.kamenev.status = 'removed';
    const words = (c: ContenderId) => heatLines(state, c).map((l) => l.what);
    expect(words('zinoviev')).toContain('the Central Committee can throw you out of it');
    expect(words('kamenev')).toContain('the party can expel you');
    state.contenders.zinoviev.truceUntil = state.turn + TRUCE_QUARTERS;
    state.contenders.kamenev.truceUntil = state.turn + TRUCE_QUARTERS;
    expect(words('zinoviev')).toContain(
      'the Central Committee can throw you out of it, once your truce has ended',
    );
    expect(words('kamenev')).toContain('the party can expel you, once your truce has ended');
  });

  it('the opposition\u2019s statement of October 1926 buys its signers a year', () => {
    const event = EVENTS.find((e) => e.id === 'opposition_capitulation_oct_1926')!;
    for (const choice of event.choices ?? []) {
      const sign = choice.options.find((o) => o.id === 'sign')!;
      expect(sign.effects).toContainEqual({ kind: 'truce', who: choice.who, quarters: 4 });
      expect(sign.preview).toMatch(/truce of a year/);
    }
  });
});

describe('the first plenum of a new Central Committee elects the Secretariat', () => {
  const congress = GATHERINGS.find((g) => g.id === 'congress_13')!;
  const transferGs = (state: GameState) =>
    motionOptions(state, 'zinoviev').some(
      (m) => m.kind === 'transfer_post' && m.post === 'general_secretary' && m.to === 'zinoviev',
    );

  it('offers the General Secretaryship from a holder in good standing only the quarter after a congress', () => {
    const state = plainState();
    seatEveryone(state);
    state.posts.general_secretary = 'stalin';
    state.contenders.stalin.heat = 0; // in good standing: the post is closed in other quarters
    const after = quarterOf(congress.date) + 1;
    state.turn = after - state.startQuarter;
    expect(transferGs(state)).toBe(true);
    state.turn = after + 1 - state.startQuarter;
    expect(transferGs(state)).toBe(false);
  });

  it('while Lenin lives, only a new Central Committee moves the General Secretaryship, however the holder stands', () => {
    const state = plainState();
    seatEveryone(state);
    state.posts.general_secretary = 'stalin';
    state.contenders.stalin.heat = 45; // under a cloud: any other post of his could be moved
    state.turn = 1; // the summer of 1922
    expect(state.figures.lenin.alive).toBe(true);
    expect(transferGs(state)).toBe(false);
    // The first plenum after the 12th Congress (April 1923) may choose another man.
    const twelfth = GATHERINGS.find((g) => g.id === 'congress_12')!;
    state.turn = quarterOf(twelfth.date) + 1 - state.startQuarter;
    expect(transferGs(state)).toBe(true);
    // Once Lenin is dead, a holder under a cloud loses the shield between congresses too.
    state.turn = 1;
    state.figures.lenin.alive = false;
    expect(transferGs(state)).toBe(true);
  });
});

describe('waverers in the Politburo', () => {
  function politburoWith(figures: GameState['politburo']['full']): GameState {
    const state = plainState();
    state.politburo.full = ['stalin', 'bukharin', ...figures];
    state.politburo.candidates = [];
    for (const f of figures) state.figures[f as 'kalinin'].patron = 'stalin';
    return state;
  }
  const lineRight: MotionSpec = { kind: 'line', axis: 'economy', direction: 1 };
  const motion = (spec: MotionSpec, ballots: Motion['ballots']): Motion => ({
    id: 1,
    proposer: 'bukharin',
    spec,
    body: 'politburo',
    ballots,
  });
  const ballotOf = (state: GameState, m: Motion, voter: string) =>
    tallyMotion(state, m).ballots.find((b) => b.voter === voter)!;

  it('a client follows his patron until he is won over, then sides with the man who courted him', () => {
    const state = politburoWith(['rudzutak']);
    const m = motion({ kind: 'censure', target: 'kamenev' }, { stalin: 'no', bukharin: 'yes' });
    expect(ballotOf(state, m, 'rudzutak').choice).toBe('no');
    state.figures.rudzutak.sympathy = 'bukharin';
    const b = ballotOf(state, m, 'rudzutak');
    expect(b.choice).toBe('yes');
    expect(b.reason).toContain('Bukharin');
  });

  it('votes his own views on the economy when his patron asks too much of them', () => {
    // Kalinin (economy +50, independence 0.6): a move Right gains him 50 >= 40 * 0.4 = 16.
    const state = politburoWith(['kalinin', 'molotov']);
    expect(conviction(state, 'kalinin', lineRight)).toBe('yes');
    const m = motion(lineRight, { stalin: 'no', bukharin: 'yes' });
    expect(ballotOf(state, m, 'kalinin').choice).toBe('yes');
    // Molotov has no views of his own: he follows Stalin.
    expect(ballotOf(state, m, 'molotov').choice).toBe('no');
    // Far enough Right already, Kalinin has no strong view and follows his patron.
    state.partyLine.economy = 45;
    expect(conviction(state, 'kalinin', lineRight)).toBeNull();
    expect(ballotOf(state, m, 'kalinin').choice).toBe('no');
  });

  it('courting is an action with a chance, a patron who resents it, and a way back', () => {
    const state = politburoWith(['voroshilov']);
    state.phase = 'actions';
    state.actionPoints.bukharin = 3;
    state.actionPoints.stalin = 3;
    const court = legalInActionPhase(state, 'bukharin').find((a) => a.type === 'court');
    expect(court).toEqual({ type: 'court', actor: 'bukharin', figure: 'voroshilov' });
    const rule = ACTION_RULES.court;
    const chance = rule.chance(state, court as never);
    expect(chance).toBeGreaterThan(0.05);
    expect(chance).toBeLessThan(0.8);
    expect(rule.outcomes(state, court as never).success).toContainEqual(
      expect.objectContaining({ kind: 'relation', from: 'stalin', to: 'bukharin' }),
    );
    rule.enact(state, court as never, true);
    expect(state.figures.voroshilov.sympathy).toBe('bukharin');
    // He keeps his word to the end of the quarter: Stalin cannot win him back until the next
    // one, and Bukharin has nobody left to court.
    expect(state.figures.voroshilov.steadyUntil).toBe(state.turn + WON_OVER_QUARTERS);
    expect(legalInActionPhase(state, 'bukharin').some((a) => a.type === 'court')).toBe(false);
    expect(legalInActionPhase(state, 'stalin').some((a) => a.type === 'court')).toBe(false);
    state.turn += WON_OVER_QUARTERS;
    const back = legalInActionPhase(state, 'stalin').find((a) => a.type === 'court');
    expect(back).toEqual({ type: 'court', actor: 'stalin', figure: 'voroshilov' });
    rule.enact(state, back as never, true);
    expect(state.figures.voroshilov.sympathy).toBeNull();
  });

  it('a man won back stays out of reach for half a year, and nobody wins a man of the opposite views', () => {
    const state = politburoWith(['voroshilov', 'kuibyshev']);
    state.phase = 'actions';
    state.actionPoints.bukharin = 3;
    state.contenders.bukharin.positions.economy = 40;
    const courtable = () =>
      legalInActionPhase(state, 'bukharin').flatMap((a) => (a.type === 'court' ? [a.figure] : []));
    // Voroshilov (+25) is within 60 of Bukharin's +40; Kuibyshev (−40), who wanted factories
    // built fast, is 80 away.
    expect(courtable()).toEqual(['voroshilov']);
    const rule = ACTION_RULES.court;
    state.figures.voroshilov.sympathy = 'bukharin';
    rule.enact(state, { type: 'court', actor: 'stalin', figure: 'voroshilov' }, true);
    expect(state.figures.voroshilov.steadyUntil).toBe(state.turn + STEADY_QUARTERS);
    expect(courtable()).toEqual([]);
    state.turn += STEADY_QUARTERS;
    expect(courtable()).toEqual(['voroshilov']);
  });
});

describe('the army card', () => {
  it('only the War Commissar himself can rally the army, and every rival fears a Bonaparte', () => {
    const state = plainState();
    seatEveryone(state);
    state.phase = 'actions';
    state.actionPoints.trotsky = 3;
    state.actionPoints.stalin = 3;
    state.posts.war_commissar = 'trotsky';
    const rally = legalInActionPhase(state, 'trotsky').find((a) => a.type === 'rally_army');
    expect(rally).toEqual({ type: 'rally_army', actor: 'trotsky' });
    expect(legalInActionPhase(state, 'stalin').some((a) => a.type === 'rally_army')).toBe(false);
    const { success, failure } = ACTION_RULES.rally_army.outcomes(state, rally as never);
    for (const outcome of [success, failure!]) {
      // The Bonaparte charge is plain heat, not a rival's capped charge.
      expect(outcome).toContainEqual(expect.objectContaining({ kind: 'heat', who: 'trotsky' }));
      expect(outcome).toContainEqual(
        expect.objectContaining({ kind: 'relation', from: 'stalin', to: 'trotsky', grievance: 10 }),
      );
    }
    expect(success).toContainEqual(expect.objectContaining({ kind: 'prestige', delta: 8 }));
    state.posts.war_commissar = 'frunze';
    expect(legalInActionPhase(state, 'trotsky').some((a) => a.type === 'rally_army')).toBe(false);
  });
});

describe('open debate at a congress', () => {
  it('a popular leader near a region’s mood carries part of its open delegates', () => {
    const state = plainState();
    state.contenders.trotsky.prestige = 80;
    state.contenders.trotsky.positions.economy = -20;
    for (const r of Object.keys(state.regions)) state.regions[r as 'moscow'].mood = 30;
    state.regions.leningrad.mood = -15;
    const won = floorDelegates(state);
    // Leningrad only (within 25 of his -20); weight 10, all open (no secretaries): 10 * 0.5.
    expect(won.trotsky).toBeCloseTo(5);
    state.contenders.trotsky.prestige = 54; // below the floor of 55
    expect(floorDelegates(state).trotsky).toBe(0);
  });
});

describe('supremacy needs a Politburo majority', () => {
  it('the strongest man outvoted in the Politburo is not supreme', () => {
    const state = plainState();
    state.politburo.full = ['stalin', 'bukharin', 'rykov', 'kalinin', 'voroshilov'];
    state.politburo.candidates = [];
    state.figures.kalinin.patron = 'stalin';
    state.figures.voroshilov.patron = 'stalin';
    state.cc.stalin = 25;
    state.cc.unaligned = 15;
    state.posts.general_secretary = 'stalin';
    for (const c of ['trotsky', 'zinoviev', 'kamenev', 'tomsky'] as const)
      state.contenders[c].status = 'removed';
    expect(computeOutcome(state, 'test').fates.stalin).toBe('supreme');
    state.figures.kalinin.sympathy = 'bukharin';
    state.figures.voroshilov.sympathy = 'bukharin';
    expect(computeOutcome(state, 'test').fates.stalin).not.toBe('supreme');
  });
});

describe('a scripted line takes the 1928 opening', () => {
  // Bukharin plays the challenger and, in the quarter before Stalin's call for the great turn
  // (July–September 1929, when the move panel says the vote is coming) and in the last quarter,
  // courts every waverer he can: a man he wins keeps his word to the end of the quarter, so he
  // still votes with Bukharin at the start of October. The same seeds with Bukharin as history's temperament (who lobbies
  // little and gives way) mostly see Stalin supreme and the great turn through. (Courting from
  // the spring of 1929 did as well as the challenger alone once the challenger itself courted
  // before each vote: rules version 8.)
  const BEFORE_THE_VOTE = 6;
  function play(seed: string, courting: boolean): GameState {
    const game = createGame(scenario('1928-grain-crisis'), seed, {
      difficulty: 'historical',
      whatifs: [],
      faction: 'bukharin',
    });
    const driver = new GameDriver(game, ['bukharin']);
    const stream = new SideStream(`line|${seed}`);
    while (driver.game.phase !== 'over' && driver.decision()) {
      const legal = legalActions(driver.game, 'bukharin');
      const lobbying = courting && driver.game.turn >= BEFORE_THE_VOTE;
      const court = lobbying ? legal.find((a) => a.type === 'court') : undefined;
      const policy = courting ? 'challenger' : 'historical';
      driver.play(court ?? decide(driver.game, 'bukharin', policy, stream).action);
    }
    return driver.game;
  }

  it('winning the waverers late can leave Stalin short of supremacy and the NEP alive', () => {
    // 60 seeds: on 120, courting leaves Stalin short in 28 against 17 (rules version 11); 24
    // seeds were too few once the truce kept recanted men from being expelled (docs/balance.md).
    const seeds = Array.from({ length: 60 }, (_, i) => `balance#${i}`);
    const courted = seeds.map((s) => play(s, true));
    const plain = seeds.map((s) => play(s, false));
    const stopped = (g: GameState) => !g.flags.includes('great_turn');
    const short = (g: GameState) => g.outcome!.fates.stalin !== 'supreme';
    // Since rules version 8 an unbeaten Right votes against the great turn, and the waverers
    // it has won vote with it, so history's temperaments stop it more often; it still goes
    // through in most games.
    expect(plain.filter(stopped).length).toBeLessThan(seeds.length / 2);
    expect(courted.filter(short).length).toBeGreaterThan(plain.filter(short).length + 3);
    expect(courted.some((g) => g.outcome!.aimsMet.includes('bukharin'))).toBe(true);
    // The cost: every courting, won or lost, is written down and Stalin resents it.
    const courtings = courted.flatMap((g) =>
      g.log.filter((l) => l.outcome.what === 'action' && l.outcome.action === 'court'),
    );
    expect(courtings.length).toBeGreaterThan(seeds.length);
  }, 180_000);
});
