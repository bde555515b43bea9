// A `hard` rival's planned move worked out away from the page's thread (the browser's workers):
// the session waits for it, takes no other move meanwhile, and ends where a session that plans
// on its own thread ends. A save made while a rival thinks loads at the player's decision.
import { describe, expect, it } from 'vitest';
import { planOnThisThread, type Choice, type PlanJob } from '../../src/ai/policy.ts';
import { runFuture } from '../../src/machine/driver.ts';
import { stateHash } from '../../src/sim/hash.ts';
import { Session } from '../../src/ui/session/session.ts';
import { scenario } from '../helpers.ts';
import { toActions } from './session-steps.ts';

function hardSession(): Session {
  return Session.start({
    scenario: scenario('1928-grain-crisis'),
    seed: 'thinking',
    faction: 'bukharin',
    difficulty: 'hard',
    whatifs: [],
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A planner that answers a moment later, as the workers do; it keeps every job it was given. */
function laterPlanner() {
  const jobs: PlanJob[] = [];
  const planner = async (job: PlanJob): Promise<Choice> => {
    jobs.push(job);
    await settle();
    return planOnThisThread(job, runFuture);
  };
  return { jobs, planner };
}

/** Play on (session-steps' passive player), letting each thinking rival finish, to his actions. */
async function toPlayersActions(session: Session): Promise<void> {
  for (let i = 0; i < 100; i++) {
    while (session.thinking) await settle();
    toActions(session, 'bukharin');
    if (!session.thinking) return;
  }
  throw new Error('the rivals never stopped thinking');
}

/** In 1922 Stalin acts before Bukharin: at `hard` he plans that move as the game opens. */
const OPENING = {
  scenario: scenario('1922-full'),
  seed: 'thinking',
  faction: 'bukharin' as const,
  difficulty: 'hard' as const,
  whatifs: [],
};

/** That game planned on this thread, at Bukharin's first actions: the game to match. */
function openingInline(): Session {
  const session = Session.start(OPENING);
  toActions(session, 'bukharin');
  return session;
}

/** The same session with every planned move worked out on this thread: the game to match. */
function inlineAfterOneTurn(): Session {
  const session = hardSession();
  toActions(session, 'bukharin');
  session.send({ type: 'player.endTurn' });
  toActions(session, 'bukharin');
  return session;
}

describe('a rival thinking away from the page', () => {
  it('holds the game until his move comes, then ends where planning here ends', async () => {
    const expected = inlineAfterOneTurn();
    const session = hardSession();
    const { jobs, planner } = laterPlanner();
    session.planner = planner;
    const thinkers: string[] = [];
    session.onThinking = (seat) => thinkers.push(seat);
    let told = 0;
    session.subscribe(() => (told += 1));
    await toPlayersActions(session);
    const before = told;
    const planned = jobs.length;
    session.send({ type: 'player.endTurn' });
    // A rival plans his opening: the game waits on him, tells the listeners nothing yet, and
    // takes no other move.
    expect(session.thinking).toBe(jobs[planned].seen.viewer);
    expect(told).toBe(before);
    const waiting = session.context;
    session.send({ type: 'player.endTurn' });
    expect(session.context).toBe(waiting);
    await toPlayersActions(session);
    expect(jobs.length).toBeGreaterThan(planned + 1);
    expect(thinkers).toEqual(jobs.map((j) => j.seen.viewer));
    expect(told).toBeGreaterThan(before);
    expect(session.context.actions).toEqual(expected.context.actions);
    expect(stateHash(session.context.game)).toBe(stateHash(expected.context.game));
  });

  it('a new game opened with a planner waits for resume(), then thinks away from the page', async () => {
    const inline = openingInline();
    const { jobs, planner } = laterPlanner();
    const session = Session.start(OPENING, planner);
    // A rival plans before the player's first decision: nothing is worked out until the app
    // listens and resumes (before, this froze the page as the board opened).
    expect(session.context.awaitingPlan).not.toBeNull();
    expect(jobs).toEqual([]);
    const thinkers: string[] = [];
    session.onThinking = (seat) => thinkers.push(seat);
    session.resume();
    expect(session.thinking).toBe(session.context.awaitingPlan!.seat);
    expect(thinkers).toEqual([session.thinking]);
    session.resume(); // once only
    expect(jobs.length).toBe(1);
    await toPlayersActions(session);
    expect(session.context.actions).toEqual(inline.context.actions);
    expect(stateHash(session.context.game)).toBe(stateHash(inline.context.game));
  });

  it('let go of while a rival thinks and taken up again, thinks afresh and stays one game', async () => {
    const inline = openingInline();
    const first = laterPlanner();
    const session = Session.start(OPENING, first.planner);
    session.resume();
    expect(session.thinking).not.toBeNull();
    // The app leaves (to the title, a hot-seat hand-over) and comes back before the answer,
    // with the same workers (the app's one planInWorkers): the same move is asked for twice.
    session.release();
    session.planner = first.planner;
    session.resume();
    expect(first.jobs.length).toBe(2);
    await toPlayersActions(session);
    // One answer is taken, the other finds its wait answered and is dropped: one game, the
    // inline one, and no failure.
    expect(session.failure).toBeNull();
    expect(session.context.actions).toEqual(inline.context.actions);
    expect(stateHash(session.context.game)).toBe(stateHash(inline.context.game));
  });

  it('saved while a rival thinks, loads at the player\u2019s decision in the same game', async () => {
    const expected = inlineAfterOneTurn();
    const session = hardSession();
    session.planner = laterPlanner().planner;
    await toPlayersActions(session);
    // Workers that never answer: the save is made while the rival thinks.
    session.planner = () => new Promise<Choice>(() => undefined);
    session.send({ type: 'player.endTurn' });
    expect(session.thinking).not.toBeNull();
    const save = JSON.parse(JSON.stringify(session.toSave(new Date(0)))) as ReturnType<
      Session['toSave']
    >;
    expect(save.snapshot.context.awaitingPlan).not.toBeNull();
    session.stop();
    // Loading here works his move (and any other rival's) out before the board opens.
    const loaded = Session.fromSave(save);
    expect(loaded.context.awaitingPlan).toBeNull();
    toActions(loaded, 'bukharin');
    expect(loaded.context.actions).toEqual(expected.context.actions);
    expect(stateHash(loaded.context.game)).toBe(stateHash(expected.context.game));
    // Loaded with a planner (the page), he thinks there once the app resumes the game.
    const later = laterPlanner();
    const inPage = Session.fromSave(save, later.planner);
    expect(inPage.context.awaitingPlan).not.toBeNull();
    inPage.resume();
    expect(inPage.thinking).not.toBeNull();
    await toPlayersActions(inPage);
    expect(later.jobs.length).toBeGreaterThan(0);
    expect(inPage.context.actions).toEqual(expected.context.actions);
    expect(stateHash(inPage.context.game)).toBe(stateHash(expected.context.game));
  });

  it('refuses a save that waits for a move nobody can plan, with a clear error', async () => {
    const session = hardSession();
    session.planner = laterPlanner().planner;
    await toPlayersActions(session);
    session.planner = () => new Promise<Choice>(() => undefined);
    session.send({ type: 'player.endTurn' });
    const save = session.toSave(new Date(0));
    session.stop();
    const wait = save.snapshot.context.awaitingPlan as { seat: string; seed: string };
    const wrongSeat = { ...wait, seat: wait.seat === 'stalin' ? 'rykov' : 'stalin' };
    const damaged = {
      ...save,
      snapshot: {
        ...save.snapshot,
        context: { ...save.snapshot.context, awaitingPlan: wrongSeat },
      },
    };
    expect(() => Session.fromSave(damaged)).toThrow(/has no planned move due now/);
    // With a planner too: the wait is checked before the board opens, not when it is resumed.
    expect(() => Session.fromSave(damaged, laterPlanner().planner)).toThrow(
      /has no planned move due now/,
    );
    // A valid wait in a save edited to stand in another phase: refused, with or without workers.
    for (const value of ['events', { votes: 'ballots' }, 'congress', 'gameOver']) {
      const elsewhere = { ...save, snapshot: { ...save.snapshot, value } };
      expect(() => Session.fromSave(elsewhere)).toThrow();
      expect(() => Session.fromSave(elsewhere, laterPlanner().planner)).toThrow(
        /outside the action phase/,
      );
    }
    const playerSeat = { ...wait, seat: 'bukharin' };
    const mine = {
      ...save,
      snapshot: {
        ...save.snapshot,
        context: { ...save.snapshot.context, awaitingPlan: playerSeat },
      },
    };
    expect(() => Session.fromSave(mine)).toThrow(/a player's seat/);
  });
});
