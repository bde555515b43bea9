import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from '@xstate/graph';
import { gameMachine, type GameEvent, type GameInput } from '../../src/machine/game-machine.ts';
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
  const value = snapshot.value as string;
  if (value === 'congress' || value === 'resolution') return [{ type: 'ui.continue' }];
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
  const seen = new Set<string>([String(actor.getSnapshot().value)]);
  for (let i = 0; i < 5000 && actor.getSnapshot().status !== 'done'; i++) {
    const events = playerEvents(actor.getSnapshot());
    if (events.length === 0) throw new Error(`stuck in ${String(actor.getSnapshot().value)}`);
    actor.send(events[0]);
    seen.add(String(actor.getSnapshot().value));
  }
  return { actor, seen };
}

describe('the turn machine', () => {
  it('plays a whole game with a human seat and reaches every resting state', () => {
    const { actor, seen } = playThrough(true);
    expect(actor.getSnapshot().status).toBe('done');
    for (const state of ['events', 'actions', 'votes', 'congress', 'resolution', 'gameOver']) {
      expect(seen, `never rested in '${state}'`).toContain(state);
    }
  });

  it('every state node is reachable (@xstate/graph shortest paths)', () => {
    const paths = getShortestPaths(gameMachine, {
      input: input(true),
      events: (s) => playerEvents(s as Snap),
      serializeState: (s) => {
        const snap = s as Snap;
        return `${String(snap.value)}|${snap.context.game.turn}|${snap.context.actions.length}`;
      },
      limit: 20_000,
    });
    const reached = new Set(paths.map((p) => String((p.state as Snap).value)));
    for (const node of Object.keys(gameMachine.config.states ?? {})) {
      if (node === 'route') continue; // transient: always left in the same step
      expect(reached, `state '${node}' unreachable`).toContain(node);
    }
  });

  it('refuses a move that is not legal and says so', () => {
    const actor = createActor(gameMachine, { input: input(false) }).start();
    const before = stateHash(actor.getSnapshot().context.game);
    actor.send({
      type: 'player.act',
      action: { type: 'appoint', actor: 'trotsky', region: 'urals' },
    });
    expect(actor.getSnapshot().context.rejected).toMatch(/not allowed/);
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
  it('ui.resume lets the machine run on from a snapshot taken between steps', () => {
    const actor = createActor(gameMachine, { input: input(true) }).start();
    for (let i = 0; i < 5000 && actor.getSnapshot().value !== 'resolution'; i++) {
      actor.send(playerEvents(actor.getSnapshot())[0]);
    }
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(gameMachine, { snapshot: saved, input: input(true) }).start();
    restored.send({ type: 'ui.resume' });
    expect(['events', 'actions', 'votes', 'congress', 'resolution', 'gameOver']).toContain(
      String(restored.getSnapshot().value),
    );
    // Resuming a paused summary moves on exactly as continuing it would.
    actor.send({ type: 'ui.continue' });
    expect(String(restored.getSnapshot().value)).toBe(String(actor.getSnapshot().value));
    expect(stateHash(restored.getSnapshot().context.game)).toBe(
      stateHash(actor.getSnapshot().context.game),
    );
  });
});
