import { describe, expect, it } from 'vitest';
import { createActor, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from '@xstate/graph';
import {
  gameMachine,
  stageOf,
  type GameEvent,
  type GameInput,
} from '../../src/machine/game-machine.ts';
import { legalActions, nextDecision, stateHash } from '../../src/sim/index.ts';
import { scenario } from '../helpers.ts';

type Snap = SnapshotFrom<typeof gameMachine>;

const input = (pauseForUi: boolean): GameInput => ({
  scenario: scenario(),
  seed: 'machine',
  options: { difficulty: 'historical', whatifs: [], faction: 'trotsky' },
  human: 'trotsky',
  pauseForUi,
});

/** The player's move in a snapshot: always the first legal action (a deterministic player). */
function playerEvents(snapshot: Snap): GameEvent[] {
  if (snapshot.status === 'done') return [];
  const stage = stageOf(snapshot.value);
  if (stage === 'congress' || stage === 'resolution') return [{ type: 'ui.continue' }];
  const game = snapshot.context.game;
  const d = nextDecision(game);
  if (!d || d.contender !== 'trotsky') return [];
  const legal = legalActions(game, 'trotsky');
  // Prefer ending the turn quickly, but act once so 'actions' sees a real move too.
  const act = legal.find((a) => a.type === 'end') ?? legal[0];
  return [{ type: 'player.act', action: act }];
}

function playThrough(pauseForUi: boolean) {
  const actor = createActor(gameMachine, { input: input(pauseForUi) }).start();
  const seen = new Set<string>([JSON.stringify(actor.getSnapshot().value)]);
  for (let i = 0; i < 5000 && actor.getSnapshot().status !== 'done'; i++) {
    const snap = actor.getSnapshot();
    // The machine's state always equals the game's phase.
    expect(stageOf(snap.value), `phase ${snap.context.game.phase}`).toBe(
      snap.context.game.phase === 'over' ? 'gameOver' : snap.context.game.phase,
    );
    const events = playerEvents(snap);
    if (events.length === 0) throw new Error(`stuck in ${JSON.stringify(snap.value)}`);
    actor.send(events[0]);
    seen.add(JSON.stringify(actor.getSnapshot().value));
  }
  return { actor, seen };
}

describe('the turn machine', () => {
  it('plays a whole game with a human seat and reaches every resting state', () => {
    const { actor, seen } = playThrough(true);
    expect(actor.getSnapshot().status).toBe('done');
    const resting = ['"events"', '"actions"', '{"votes":"ballots"}', '"congress"'];
    for (const state of [...resting, '"resolution"', '"gameOver"']) {
      expect(seen, `never rested in ${state}`).toContain(state);
    }
  });

  it('every state node is reachable (@xstate/graph shortest paths)', () => {
    const paths = getShortestPaths(gameMachine, {
      input: input(true),
      events: (s) => playerEvents(s as Snap),
      serializeState: (s) => {
        const snap = s as Snap;
        return `${JSON.stringify(snap.value)}|${snap.context.game.turn}|${snap.context.actions.length}`;
      },
      limit: 20_000,
    });
    const reached = new Set(paths.map((p) => stageOf((p.state as Snap).value)));
    for (const node of Object.keys(gameMachine.config.states ?? {})) {
      expect(reached, `state '${node}' unreachable`).toContain(node);
    }
  });

  it('every event in every state is either taken or refused, and the state stays the phase', () => {
    // One snapshot per resting state, from a game played with pauses; then every kind of event.
    const actor = createActor(gameMachine, { input: input(true) }).start();
    const samples = new Map<string, Snap>();
    for (let i = 0; i < 5000 && actor.getSnapshot().status !== 'done'; i++) {
      const snap = actor.getSnapshot();
      samples.set(JSON.stringify(snap.value), snap);
      actor.send(playerEvents(snap)[0]);
    }
    samples.set('"gameOver"', actor.getSnapshot());
    expect(samples.size).toBe(6);
    for (const [value, snap] of samples) {
      const game = snap.context.game;
      const d = nextDecision(game);
      const mine = d?.contender === 'trotsky' ? legalActions(game, 'trotsky') : [];
      const events: GameEvent[] = [
        ...mine.map((action) => ({ type: 'player.act' as const, action })),
        { type: 'player.act', action: { type: 'rest', actor: 'stalin' } },
        { type: 'player.answerEvent', event: 'no_such_event', choice: 'x' },
        { type: 'player.vote', motion: -1, choice: 'yes' },
        { type: 'player.endTurn' },
        { type: 'ui.undo' },
        { type: 'ui.continue' },
        { type: 'ui.resume' },
      ];
      for (const event of events) {
        const [next] = transition(gameMachine, snap, event);
        const phase = next.context.game.phase;
        expect(stageOf(next.value), `${value} + ${event.type}`).toBe(
          phase === 'over' ? 'gameOver' : phase,
        );
        const moved = next.context.actions.length > snap.context.actions.length;
        const legalMove =
          (event.type === 'player.act' && mine.includes(event.action)) ||
          (event.type === 'player.endTurn' && mine.some((a) => a.type === 'end'));
        // A move is taken only when it is the player's and legal; anything else changes nothing.
        if (event.type.startsWith('player.') && !legalMove) {
          expect(moved, `${value} + ${JSON.stringify(event)}`).toBe(false);
        }
        if (legalMove)
          expect(next.context.actions.length).toBeGreaterThan(snap.context.actions.length);
      }
    }
  });

  it('refuses a move that is not legal and says so', () => {
    const actor = createActor(gameMachine, { input: input(false) }).start();
    const before = stateHash(actor.getSnapshot().context.game);
    actor.send({
      type: 'player.act',
      action: { type: 'appoint', actor: 'trotsky', region: 'urals' },
    });
    expect(actor.getSnapshot().context.rejected).toMatch(
      /^Appoint a loyal secretary in the Urals: not possible now\. That is not open to you now\.$/,
    );
    expect(stateHash(actor.getSnapshot().context.game)).toBe(before);
  });

  it('a persisted snapshot round-trips through JSON and the game continues identically', () => {
    const straight = playThrough(false).actor.getSnapshot().context.game;

    const actor = createActor(gameMachine, { input: input(false) }).start();
    for (let i = 0; i < 40; i++) actor.send(playerEvents(actor.getSnapshot())[0]);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(gameMachine, { snapshot: saved, input: input(false) }).start();
    expect(stateHash(restored.getSnapshot().context.game)).toBe(
      stateHash(actor.getSnapshot().context.game),
    );
    for (let i = 0; i < 5000 && restored.getSnapshot().status !== 'done'; i++) {
      restored.send(playerEvents(restored.getSnapshot())[0]);
    }
    expect(stateHash(restored.getSnapshot().context.game)).toBe(stateHash(straight));
  });

  it('undo restores the state before the player\u2019s own dice-free move', () => {
    const actor = createActor(gameMachine, { input: input(false) }).start();
    for (let i = 0; i < 200; i++) {
      const snap = actor.getSnapshot();
      const d = nextDecision(snap.context.game);
      if (d?.phase === 'actions' && d.contender === 'trotsky') break;
      actor.send(playerEvents(snap)[0]);
    }
    const before = stateHash(actor.getSnapshot().context.game);
    // Resting costs an action point and rolls no dice, so it can be taken back.
    const legal = legalActions(actor.getSnapshot().context.game, 'trotsky');
    const rest =
      legal.find((a) => a.type === 'offer_alliance') ?? legal.find((a) => a.type === 'rest');
    expect(rest).toBeDefined();
    actor.send({ type: 'player.act', action: rest! });
    expect(actor.getSnapshot().context.undo).not.toBeNull();
    actor.send({ type: 'ui.undo' });
    expect(stateHash(actor.getSnapshot().context.game)).toBe(before);
    expect(actor.getSnapshot().context.undo).toBeNull();
  });
});

describe('resuming a restored snapshot', () => {
  it('ui.resume keeps a paused summary paused; continuing then matches the unbroken game', () => {
    const actor = createActor(gameMachine, { input: input(true) }).start();
    for (let i = 0; i < 5000 && stageOf(actor.getSnapshot().value) !== 'resolution'; i++) {
      actor.send(playerEvents(actor.getSnapshot())[0]);
    }
    expect(stageOf(actor.getSnapshot().value)).toBe('resolution');
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(gameMachine, { snapshot: saved, input: input(true) }).start();
    restored.send({ type: 'ui.resume' });
    expect(stageOf(restored.getSnapshot().value)).toBe('resolution');
    actor.send({ type: 'ui.continue' });
    restored.send({ type: 'ui.continue' });
    expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
    expect(stateHash(restored.getSnapshot().context.game)).toBe(
      stateHash(actor.getSnapshot().context.game),
    );
  });

  it('ui.resume runs the rules on from a snapshot saved between steps', () => {
    // A snapshot resolved at a game whose AI seats are due to move (as a take-over makes).
    const actor = createActor(gameMachine, { input: input(false) }).start();
    const context = actor.getSnapshot().context;
    const game = structuredClone(context.game);
    // Hand every seat's decision to the AI: the resumed machine must move them by itself.
    const snapshot = gameMachine.resolveState({
      value: 'events',
      context: { ...context, game, human: null, external: [], immutable: false },
    });
    const resumed = createActor(gameMachine, { snapshot, input: input(false) }).start();
    resumed.send({ type: 'ui.resume' });
    expect(resumed.getSnapshot().status).toBe('done');
    expect(resumed.getSnapshot().context.game.outcome).not.toBeNull();
  });
});
