import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';
import { scenario } from '../helpers.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => 0 };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const tmp = mkdtempSync(join(tmpdir(), 'heirs-cli-'));

describe('heirs play', () => {
  it('prints the JSON contract, the same twice for the same seed', async () => {
    const a = await run(
      'play',
      '--scenario',
      '1922-full',
      '--seed',
      '42',
      '--faction',
      'trotsky',
      '--json',
    );
    const b = await run(
      'play',
      '--scenario',
      '1922-full',
      '--seed',
      '42',
      '--faction',
      'trotsky',
      '--json',
    );
    expect(a.code).toBe(0);
    const summary = JSON.parse(a.out);
    expect(Object.keys(summary)).toEqual([
      'scenario',
      'seed',
      'faction',
      'turns',
      'endDate',
      'winner',
      'aimsMet',
      'fates',
      'scores',
      'fallen',
      'finalStateHash',
    ]);
    expect(summary).toMatchObject({ scenario: '1922-full', seed: '42', faction: 'trotsky' });
    expect(summary.endDate).toMatch(/^19\d\d-\d\d$/);
    expect(JSON.parse(b.out).finalStateHash).toBe(summary.finalStateHash);
    const other = JSON.parse(
      (await run('play', '--scenario', '1922-full', '--seed', '43', '--json')).out,
    );
    expect(other.finalStateHash).not.toBe(summary.finalStateHash);
  });

  it('--replay-out then replay gives the same hash', async () => {
    const file = join(tmp, 'game.json');
    const played = await run(
      'play',
      '--scenario',
      '1922-full',
      '--seed',
      '7',
      '--replay-out',
      file,
      '--json',
    );
    const replayed = await run('replay', file, '--json');
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.out).finalStateHash).toBe(JSON.parse(played.out).finalStateHash);
    expect((await run('validate', file)).out).toMatch(/a valid replay of '1922-full'/);
  });

  it('a readable summary without --json', async () => {
    const r = await run('play', '--scenario', '1922-full', '--seed', '42');
    expect(r.out).toMatch(/Fates:/);
    expect(r.out).toMatch(/Final state hash: [0-9a-f]{28}/);
  });
});

describe('errors', () => {
  it('usage errors exit 2 with a hint', async () => {
    const r = await run('play', '--scenario', '1922-full', '--seed', '1', '--faction', 'lenin');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "heirs play: --faction must be one of stalin, trotsky, zinoviev, kamenev, bukharin, rykov, tomsky (got 'lenin'). Try 'heirs play --help'.",
    );
    expect((await run('play', '--bogus')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('a broken scenario file: one line, exit 1', async () => {
    const file = join(tmp, 'broken.json');
    const bad = JSON.parse(JSON.stringify(scenario()));
    bad.regions.urals.mood = 'left';
    writeFileSync(file, JSON.stringify(bad));
    const r = await run('play', '--scenario', file, '--seed', '1');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `heirs: ${file}: regions.urals.mood: expected number, received string (found "left")`,
    );
    expect((await run('validate', file)).code).toBe(1);
  });

  it('a tampered replay fails: illegal action or hash mismatch, exit 1', async () => {
    const file = join(tmp, 'r.json');
    await run('play', '--scenario', '1922-full', '--seed', '9', '--replay-out', file);
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(
      join(tmp, 'hash.json'),
      JSON.stringify({ ...replay, finalStateHash: '0'.repeat(28) }),
    );
    const mismatch = await run('replay', join(tmp, 'hash.json'));
    expect(mismatch.code).toBe(1);
    expect(mismatch.err).toMatch(/finalStateHash: the game first differs from the recorded one/);
    replay.actions[3] = { type: 'appoint', actor: replay.actions[3].actor, region: 'nowhere' };
    writeFileSync(join(tmp, 'illegal.json'), JSON.stringify(replay));
    const illegal = await run('replay', join(tmp, 'illegal.json'));
    expect(illegal.code).toBe(1);
    expect(illegal.err).toMatch(/^heirs: .*illegal\.json: actions\[3\]: /);
  });

  it('a missing file says so', async () => {
    const r = await run('replay', join(tmp, 'nope.json'));
    expect(r).toMatchObject({
      code: 1,
      err: `heirs: ${join(tmp, 'nope.json')}: (file): no such file`,
    });
  });
});

describe('information commands', () => {
  it('scenarios, events and inspect print JSON', async () => {
    const list = JSON.parse((await run('scenarios', '--json')).out);
    expect(list[0].id).toBe('1922-full');
    const events = JSON.parse((await run('events', '--scenario', '1922-full', '--json')).out);
    expect(events.length).toBeGreaterThan(5);
    // In month order; within a month the calendar keeps cause before effect (tests/content).
    const months = events.map((e: { date: string }) => e.date.slice(0, 7));
    expect([...months].sort()).toEqual(months);
    const start = JSON.parse((await run('inspect', '--scenario', '1922-full', '--json')).out);
    expect(start).toMatchObject({
      date: '1922-04',
      posts: { general_secretary: 'stalin', war_commissar: 'trotsky' },
    });
    expect(start.politburo.full).toContain('lenin');
  });
});

describe('the installed binary', () => {
  it('runs through bin/heirs.js, with exit codes and no stack trace', () => {
    const ok = execFileSync('node', ['bin/heirs.js', 'scenarios'], { encoding: 'utf8' });
    expect(ok).toMatch(/1922-full/);
    const bad = spawnSync('node', ['bin/heirs.js', 'replay', '/nonexistent/x.json'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  });
});
