// The replay viewer in headless Chromium: a replay written by the CLI opens in the viewer; every
// step reached (forward, back, by phase, by quarter, from the calendar, at the end) shows the
// state hash that re-applying the replay to that step in Node gives; a take-over as another
// contender makes a replay that `heirs replay` checks in both parts; an unfinished replay opens;
// a tampered one is refused with a message naming the decision; "Watch this game" from the
// report opens the viewer and "Leave" goes back.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';
import { parseReplay, type ReplayFile } from '../../src/io/replay.ts';
import { runReplay } from '../../src/machine/replay.ts';
import { legalActions } from '../../src/sim/flow.ts';
import { scenario } from '../helpers.ts';
import {
  buildGame,
  canvasFitted,
  chromiumPath,
  launch,
  ROOT,
  serve,
  watchErrors,
} from './harness.ts';

chromiumPath();

const OUT = join(ROOT, 'test-output/viewer');
const SCENARIO = '1926-united-opposition';
const parentFile = join(OUT, 'cli-replay.json');
let parent: ReplayFile;
let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let page: Page;
let errors: string[];

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => 0 };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const shoot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  const played = await cli(
    'play',
    '--scenario',
    SCENARIO,
    '--seed',
    'viewer-1',
    '--faction',
    'zinoviev',
    '--replay-out',
    parentFile,
  );
  if (played.code !== 0) throw new Error(played.err);
  const read = parseReplay(parentFile, readFileSync(parentFile, 'utf8'));
  if (!read.ok) throw new Error(read.error.what);
  parent = read.value;
  const dist = await buildGame();
  server = await serve(dist);
  context = await launch();
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForSelector('#watch-file', { state: 'attached', timeout: 30_000 });
}, 180_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

function nodeHash(replay: ReplayFile, step: number): string {
  const r = runReplay(scenario(SCENARIO), replay, step);
  if (!r.ok) throw new Error(r.what);
  return r.hash;
}

/** The step the viewer shows and the state hash it computes there. */
async function shown(): Promise<{ step: number; hash: string }> {
  const step = Number(await page.locator('#viewer-bar').getAttribute('data-step'));
  await page.getByRole('button', { name: 'Show the state hash' }).click();
  const hash = (await page.locator('.viewer-hash').textContent()) ?? '';
  return { step, hash };
}

async function expectSameAsNode(replay: ReplayFile, step?: number): Promise<number> {
  const s = await shown();
  if (step !== undefined) expect(s.step).toBe(step);
  expect(s.hash, `step ${s.step}`).toBe(nodeHash(replay, s.step));
  return s.step;
}

const press = (name: string) => page.getByRole('button', { name, exact: true }).click();

describe('the replay viewer', () => {
  it('opens a CLI replay; forward, back, phase, quarter and jumps land on the Node hash', async () => {
    await page.setInputFiles('#watch-file', parentFile);
    await page.waitForSelector('#viewer-bar', { timeout: 30_000 });
    await expectSameAsNode(parent, 0);
    for (let i = 0; i < 3; i++) await press('One decision forward');
    await expectSameAsNode(parent, 3);
    // By keyboard: the forward button, then Enter.
    await page.getByRole('button', { name: 'One decision forward' }).focus();
    await page.keyboard.press('Enter');
    await expectSameAsNode(parent, 4);
    // Playing at a chosen speed, then pausing: wherever it stops is a true step.
    await page.locator('#viewer-speed').selectOption('30');
    await press('Play');
    await page.waitForFunction(
      () => Number(document.getElementById('viewer-bar')?.dataset.step) >= 12,
    );
    await press('Pause');
    await expectSameAsNode(parent);
    await press('One quarter forward');
    await press('One quarter forward');
    const q = await expectSameAsNode(parent);
    await press('One phase forward');
    const p = await expectSameAsNode(parent);
    expect(p).toBeGreaterThan(q);
    await press('One decision back');
    await expectSameAsNode(parent, p - 1);
    await press('One phase back');
    await expectSameAsNode(parent);
    await shoot('viewer-early');
    // The calendar: the fourth quarter from the end.
    const quarters = page.locator('.viewer-calendar button');
    const n = await quarters.count();
    expect(n).toBeGreaterThan(4);
    await quarters.nth(n - 4).click();
    await expectSameAsNode(parent);
    // The end, then one step back from it and a quarter back.
    await page.locator('#viewer-slider').fill(String(parent.actions.length));
    await expectSameAsNode(parent, parent.actions.length);
    await page.getByText('The game is over.').waitFor({ timeout: 30_000 });
    await press('One decision back');
    await expectSameAsNode(parent, parent.actions.length - 1);
    await press('One quarter back');
    await expectSameAsNode(parent);
    await shoot('viewer-late');
    // Following another contender changes the board's viewer, not the game.
    await page.locator('#viewer-follow').selectOption('stalin');
    await page.getByRole('heading', { name: /What Stalin believes/ }).waitFor({ timeout: 30_000 });
    // A small school screen: the controls wrap, the board and the panel still fit.
    await page.setViewportSize({ width: 1024, height: 768 });
    await canvasFitted(page);
    await shoot('viewer-1024');
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(errors).toEqual([]);
  });

  it('a take-over as another contender gives a replay `heirs replay` checks in both parts', async () => {
    await page.locator('.viewer-calendar button').nth(2).click();
    await press('One phase forward');
    const step = (await shown()).step;
    const seats = await page
      .locator('#viewer-seat option')
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    const seat = seats.find((s) => s !== parent.options.faction) ?? seats[0];
    await page.locator('#viewer-seat').selectOption(seat);
    await page.getByRole('button', { name: 'Play on from here' }).click();
    await page.waitForSelector('#topbar:not([hidden])', { timeout: 30_000 });
    await shoot('viewer-takeover');
    await page.getByRole('button', { name: 'Menu' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the replay so far' }).click(),
    ]);
    const branchFile = join(OUT, 'branch.json');
    await download.saveAs(branchFile);
    const checked = await cli('replay', branchFile, '--parent', parentFile);
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(/unfinished/);
    const json = JSON.parse((await cli('replay', branchFile, '--json')).out);
    expect(json.branchOf).toMatchObject({ step, seat });
    expect(json.faction).toBe(seat);
    // The unfinished branch opens in the viewer, to its last step.
    await page.getByRole('button', { name: 'Back to the title screen' }).click();
    await page.setInputFiles('#watch-file', branchFile);
    await page.waitForSelector('#viewer-bar', { timeout: 30_000 });
    await page.getByText(/an unfinished game/).waitFor({ timeout: 30_000 });
    const branch = JSON.parse(readFileSync(branchFile, 'utf8')) as ReplayFile;
    await page.locator('#viewer-slider').fill(String(branch.actions.length));
    await expectSameAsNode(branch, branch.actions.length);
    await page.getByText(/The replay stops here/).waitFor({ timeout: 30_000 });
    await shoot('viewer-unfinished');
    await page.getByRole('button', { name: 'Leave the replay' }).click();
  });

  it('a tampered replay is refused with a message naming the decision', async () => {
    // A ballot changed to another legal choice: the game runs on, but differently.
    const i = parent.actions.findIndex((a, k) => k > 150 && a.type === 'ballot');
    const before = runReplay(scenario(SCENARIO), parent, i);
    if (!before.ok) throw new Error(before.what);
    const other = legalActions(before.state, parent.actions[i].actor).find(
      (a) => JSON.stringify(a) !== JSON.stringify(parent.actions[i]),
    );
    const tampered = { ...parent, actions: [...parent.actions] };
    tampered.actions[i] = other!;
    const file = join(OUT, 'tampered.json');
    writeFileSync(file, JSON.stringify(tampered));
    await page.setInputFiles('#watch-file', file);
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'cannot be watched' }).waitFor({ timeout: 30_000 });
    const text = (await alert.textContent()) ?? '';
    const m = /decisions? (\d+)(?:\u2013(\d+))?/.exec(text);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeLessThanOrEqual(i + 1);
    expect(Number(m![2] ?? m![1])).toBeGreaterThanOrEqual(i + 1);
    await shoot('viewer-tampered');
  });

  it('"Watch this game" on the report opens the viewer; Leave goes back', async () => {
    await page.setInputFiles('#load-file', parentFile);
    await page.getByRole('button', { name: 'Show the final report' }).click();
    await page.getByRole('button', { name: 'Watch this game' }).click();
    await page.waitForSelector('#viewer-bar', { timeout: 30_000 });
    await expectSameAsNode(parent, 0);
    // The viewer's own copy of the replay: reasons and quarter checkpoints, checked by the CLI.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download this replay' }).click(),
    ]);
    const copy = join(OUT, 'viewer-copy.json');
    await download.saveAs(copy);
    const saved = JSON.parse(readFileSync(copy, 'utf8')) as ReplayFile;
    expect(saved.checkpoints?.length).toBeGreaterThan(3);
    expect((await cli('replay', copy)).code).toBe(0);
    await page.getByRole('button', { name: 'Leave the replay' }).click();
    await page.getByRole('button', { name: 'Watch this game' }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
