// `heirs replay` on unfinished, tampered and branched replays.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';
import type { ReplayFile } from '../../src/io/replay.ts';
import { runGame, toReplay } from '../../src/lab/run-game.ts';
import { branchFrom, checkReplay, runReplay } from '../../src/machine/replay.ts';
import { GameDriver } from '../../src/machine/driver.ts';
import { cloneGame, legalActions } from '../../src/sim/flow.ts';
import { scenario } from '../helpers.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => 0 };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = mkdtempSync(join(tmpdir(), 'heirs-replay-'));
const full = join(tmp, 'full.json');
let replay: ReplayFile;

beforeAll(async () => {
  await run(
    'play',
    '--scenario',
    '1922-full',
    '--seed',
    '11',
    '--faction',
    'zinoviev',
    '--replay-out',
    full,
  );
  replay = JSON.parse(readFileSync(full, 'utf8'));
});

describe('heirs replay: unfinished replays', () => {
  it('a game cut short is checked to its last step, said to be unfinished, exit 0', async () => {
    // What the browser's "Download the replay so far" writes: the game as it stands.
    const sc = scenario();
    const cut = runReplay(sc, replay, 250);
    if (!cut.ok) throw new Error(cut.what);
    const file = join(tmp, 'cut.json');
    writeFileSync(file, JSON.stringify(toReplay(cut.state, replay.actions.slice(0, 250))));
    const text = await run('replay', file);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/unfinished replay, checked to its last step/);
    expect(text.out).toMatch(/It stops after 250 decisions/);
    const json = await run('replay', file, '--json');
    expect(json.code).toBe(0);
    const summary = JSON.parse(json.out);
    expect(summary).toMatchObject({ unfinished: true, decisions: 250, scenario: '1922-full' });
    expect(summary.stateHash).toBe(cut.hash);
    expect(summary.next).not.toBeNull();
    expect(summary.contenders.stalin.status).toBe('active');
  });

  it('an unfinished replay with a wrong last hash names the step', async () => {
    const file = join(tmp, 'cut-bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...replay,
        actions: replay.actions.slice(0, 40),
        checkpoints: undefined,
        finalStateHash: '0'.repeat(28),
      }),
    );
    const r = await run('replay', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/finalStateHash: .*after its last decision \(40\)/);
  });
});

describe('heirs replay: tampered replays name the first decision that diverges', () => {
  it('a changed but legal decision is found between two checkpoints', async () => {
    // Change the first ballot after decision 300 to another legal choice.
    const sc = scenario();
    const i = replay.actions.findIndex((a, k) => k > 300 && a.type === 'ballot');
    const before = runReplay(sc, replay, i);
    if (!before.ok) throw new Error(before.what);
    const other = legalActions(before.state, replay.actions[i].actor).find(
      (a) => JSON.stringify(a) !== JSON.stringify(replay.actions[i]),
    );
    const tampered = { ...replay, actions: [...replay.actions] };
    tampered.actions[i] = other!;
    const file = join(tmp, 'tampered.json');
    writeFileSync(file, JSON.stringify(tampered));
    const r = await run('replay', file);
    expect(r.code).toBe(1);
    const m = /decisions? (\d+)(?:\u2013(\d+))?/.exec(r.err);
    expect(m).not.toBeNull();
    const from = Number(m![1]);
    const to = Number(m![2] ?? m![1]);
    // The changed decision is decision i + 1 (1-based), inside the range named.
    expect(from).toBeLessThanOrEqual(i + 1);
    expect(to === from || to >= i + 1).toBe(true);
  });

  it('an illegal decision is named exactly', async () => {
    const bad = { ...replay, actions: [...replay.actions] };
    bad.actions[5] = { type: 'appoint', actor: bad.actions[5].actor, region: 'nowhere' } as never;
    const file = join(tmp, 'illegal.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await run('replay', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/actions\[5\]: decision 6: /);
  });
});

describe('heirs replay: branches', () => {
  it('checks the shared part and the new part, and the parent with --parent', async () => {
    const sc = scenario();
    const step = 180;
    const at = runReplay(sc, replay, step);
    if (!at.ok) throw new Error(at.what);
    // Take over as Bukharin, then let every seat play its first legal move to a few more steps.
    const game = cloneGame(at.state);
    game.options = { ...game.options, faction: 'bukharin' };
    const driver = new GameDriver(game);
    for (let k = 0; k < 60; k++) {
      const d = driver.decision();
      if (!d) break;
      driver.play(legalActions(driver.game, d.contender).at(-1)!);
    }
    const actions = [...replay.actions.slice(0, step), ...driver.actions];
    driver.stop();
    const branch = toReplay(driver.game, actions, {
      branchOf: branchFrom(replay, step, 'bukharin'),
    });
    const file = join(tmp, 'branch.json');
    writeFileSync(file, JSON.stringify(branch));
    const ok = await run('replay', file, '--parent', full);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/unfinished/);
    expect(JSON.parse((await run('replay', file, '--json')).out).branchOf.step).toBe(step);
    // The shared part changed: named by its range.
    const forged = { ...branch, actions: [...branch.actions] };
    forged.actions[3] = replay.actions[4];
    writeFileSync(join(tmp, 'forged.json'), JSON.stringify(forged));
    const f = await run('replay', join(tmp, 'forged.json'));
    expect(f.code).toBe(1);
    expect(f.err).toMatch(/branchOf\.prefix: decisions 1\u2013180/);
    // Another parent than the one named.
    const o = await run('replay', file, '--parent', join(tmp, 'tampered.json'));
    expect(o.code).toBe(1);
    expect(o.err).toMatch(/branchOf\.parent: this is replay/);
  });

  it('checkReplay agrees with the file that `heirs play --replay-out` wrote', () => {
    const check = checkReplay(scenario(), replay);
    expect(check.ok && check.finished && check.hashChecked).toBe(true);
    const played = runGame({
      scenario: scenario(),
      seed: '11',
      options: { difficulty: 'historical', whatifs: [], faction: 'zinoviev' },
    });
    expect(replay.notes?.length).toBe(played.notes.length);
  });
});
