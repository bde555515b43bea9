// The browser plans a `hard` seat's move in Web Workers (GameContext.planAway): the machine stops
// before the move and waits for it as `ai.planned`. That game must be the game a headless run
// plays, where the same seat plans on its own thread: same moves, same notes, same hash.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  choiceFromPlan,
  planJob,
  planOnThisThread,
  playPlanPart,
  type PlanJob,
} from '../../src/ai/policy.ts';
import { findBuiltinScenario } from '../../src/io/scenario.ts';
import { runFuture } from '../../src/machine/driver.ts';
import {
  gameMachine,
  initialContext,
  snapshotAt,
  stageOf,
  type GameContext,
} from '../../src/machine/game-machine.ts';
import { currentQuarter } from '../../src/sim/calendar.ts';
import { stateHash } from '../../src/sim/hash.ts';
import { nextDecision } from '../../src/sim/flow.ts';

const scenario = (() => {
  const s = findBuiltinScenario('1922-full');
  if (!s.ok) throw new Error(s.error.what);
  return s.value;
})();

/** An all-AI game at `hard`, cut to its first `quarters` quarters (a unit test's budget). */
function hardGame(seed: string, planAway: boolean, quarters: number) {
  const context = initialContext({
    scenario,
    seed,
    options: { difficulty: 'hard', whatifs: [], faction: null },
    planAway,
  });
  context.game.endQuarter = currentQuarter(context.game) + quarters - 1;
  const actor = createActor(gameMachine, {
    snapshot: snapshotAt(context),
    input: { scenario, seed, options: context.game.options },
  });
  actor.start();
  return actor;
}

/** The job of the planned move the machine waits for, as the session builds it. */
function awaited(ctx: GameContext): PlanJob | null {
  const wait = ctx.awaitingPlan;
  return wait ? planJob(ctx.game, wait.seat, ctx.policies[wait.seat], wait.seed) : null;
}

/** What the page does with a job: a copy crosses to each worker, each plays its part. */
function planAsThePageDoes(job: PlanJob, workers: number) {
  const parts = Array.from({ length: workers }, (_, index) =>
    playPlanPart(structuredClone(job), runFuture, { index, of: workers }),
  );
  return choiceFromPlan(structuredClone(job), parts);
}

describe('planned moves worked out away from the machine', () => {
  it('give the game a headless run plays, move for move', () => {
    // With this seed two rivals plan to end their turn at once: a planned "end" keeps no note.
    const here = hardGame('a1', false, 2);
    here.send({ type: 'ui.resume' });
    const expected = here.getSnapshot().context;
    expect(expected.game.phase).toBe('over');

    const away = hardGame('a1', true, 2);
    away.send({ type: 'ui.resume' });
    let planned = 0;
    for (let guard = 0; guard < 200; guard++) {
      const ctx = away.getSnapshot().context;
      const job = awaited(ctx);
      if (!job) break;
      // The machine waits on the seat whose move is planned, and moves nobody else.
      expect(nextDecision(ctx.game)?.contender).toBe(job.seen.viewer);
      away.send({ type: 'ui.resume' });
      expect(away.getSnapshot().context.actions.length).toBe(ctx.actions.length);
      const choice = planAsThePageDoes(job, 1 + (planned % 3));
      away.send({ type: 'ai.planned', ...choice });
      planned += 1;
    }
    const got = away.getSnapshot().context;
    expect(planned).toBeGreaterThan(6);
    expect(got.game.phase).toBe('over');
    expect(got.actions).toEqual(expected.actions);
    expect(got.notes).toEqual(expected.notes);
    expect(stateHash(got.game)).toBe(stateHash(expected.game));
  });

  it('stops the game at a move that is not the planning seat\u2019s', () => {
    const away = hardGame('wrong', true, 1);
    away.subscribe({ error: () => {} });
    away.send({ type: 'ui.resume' });
    const wait = away.getSnapshot().context.awaitingPlan;
    if (!wait) throw new Error('expected a planned move to wait for');
    const other = wait.seat === 'stalin' ? 'trotsky' : 'stalin';
    away.send({ type: 'ai.planned', action: { type: 'end', actor: other }, reason: '' });
    const snap = away.getSnapshot();
    expect(snap.status).toBe('error');
    expect(String(snap.error)).toContain(`is not ${wait.seat}'s to make now`);
  });

  it('stops the game at a planned move outside the action phase, rather than dropping it', () => {
    // Trotsky played from outside: end his turns until the game waits on him elsewhere.
    const context = initialContext({
      scenario,
      seed: 'stray',
      options: { difficulty: 'historical', whatifs: [], faction: 'trotsky' },
      human: 'trotsky',
    });
    const actor = createActor(gameMachine, {
      snapshot: snapshotAt(context),
      input: { scenario, seed: 'stray', options: context.game.options },
    });
    actor.subscribe({ error: () => {} });
    actor.start();
    actor.send({ type: 'ui.resume' });
    for (let i = 0; i < 50 && stageOf(actor.getSnapshot().value) === 'actions'; i++)
      actor.send({ type: 'player.endTurn' });
    expect(stageOf(actor.getSnapshot().value)).not.toBe('actions');
    actor.send({ type: 'ai.planned', action: { type: 'end', actor: 'stalin' }, reason: '' });
    expect(actor.getSnapshot().status).toBe('error');
  });

  it('plans the same move on this thread as in parts', () => {
    const away = hardGame('parts', true, 1);
    away.send({ type: 'ui.resume' });
    const job = awaited(away.getSnapshot().context);
    if (!job) throw new Error('expected a planned move to wait for');
    expect(planAsThePageDoes(job, 2)).toEqual(planOnThisThread(job, runFuture));
  });
});
