// The replay viewer's timeline, in Node: any step, reached forward, back or by a jump, is the
// game re-applying the replay to that step gives (same state hash).
import { describe, expect, it } from 'vitest';
import { runGame, toReplay } from '../../src/lab/run-game.ts';
import { runReplay } from '../../src/machine/replay.ts';
import { stateHash } from '../../src/sim/hash.ts';
import { Timeline } from '../../src/ui/viewer/timeline.ts';
import { allScenarios, scenario } from '../helpers.ts';

const sc = scenario('1926-united-opposition');
const run = runGame({
  scenario: sc,
  seed: 'viewer',
  options: { difficulty: 'historical', whatifs: [], faction: 'kamenev' },
});
const replay = toReplay(run.state, run.actions, { notes: run.notes });

function hashAt(step: number): string {
  const r = runReplay(sc, replay, step);
  if (!r.ok) throw new Error(r.what);
  return r.hash;
}

describe('the viewer timeline', () => {
  const load = Timeline.load(sc, replay);
  if (!load.ok) throw new Error(load.message);
  const t = load.timeline;

  it('lands on the same state as replaying to that step, in any order', () => {
    const last = t.last;
    for (const step of [0, 1, 37, 36, 20, 19, last, last - 1, Math.floor(last / 2), 3]) {
      expect(stateHash(t.stateAt(step)), `step ${step}`).toBe(hashAt(step));
    }
    expect(t.finished).toBe(true);
    expect(t.stateAt(last).phase).toBe('over');
  });

  it('moves by phase and by quarter, forward and back', () => {
    const q = t.quarters();
    expect(q[0]).toMatchObject({ turn: 0, step: 0 });
    expect(t.quarterStep(0, 1)).toBe(q[1].step);
    expect(t.quarterStep(q[2].step + 1, -1)).toBe(q[2].step);
    expect(t.quarterStep(q[2].step, -1)).toBe(q[1].step);
    const p = t.phaseStep(0, 1);
    expect(t.steps[p].phase !== t.steps[0].phase || t.steps[p].turn !== 0).toBe(true);
    expect(t.phaseStep(p, -1)).toBe(0);
  });

  it('gives the AI reason recorded for a decision', () => {
    let found = 0;
    for (let s = 1; s <= t.last && found < 5; s++) {
      const reason = t.reasonBefore(s);
      if (reason) {
        expect(reason.contender).toBe(replay.actions[s - 1].actor);
        found++;
      }
    }
    expect(found).toBe(5);
  });

  it('refuses a replay whose recorded hash differs, naming the decision', () => {
    const bad = Timeline.load(sc, { ...replay, checkpoints: undefined, finalStateHash: 'x' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.decision).toBe(replay.actions.length);
  });
});

describe('the viewer timeline, every scenario with a what-if', () => {
  for (const sc of allScenarios()) {
    it(`${sc.id}: a step back from the end and a jump land on the replayed state`, () => {
      const whatifs = sc.whatifs.slice(0, 1).map((w) => w.id);
      const game = runGame({
        scenario: sc,
        seed: `viewer-${sc.id}`,
        options: { difficulty: 'historical', whatifs, faction: sc.playable[0] },
      });
      const r = toReplay(game.state, game.actions);
      const load = Timeline.load(sc, r);
      if (!load.ok) throw new Error(load.message);
      const t = load.timeline;
      for (const step of [t.last, t.last - 1, Math.floor(t.last / 3)]) {
        const replayed = runReplay(sc, r, step);
        if (!replayed.ok) throw new Error(replayed.what);
        expect(stateHash(t.stateAt(step)), `${sc.id} step ${step}`).toBe(replayed.hash);
      }
    });
  }
});
