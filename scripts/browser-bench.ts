// npm run bench:browser — the game's speed in headless Chromium, measured (not asserted):
// bundle size (gzip), time from navigation to an interactive board, animation frame rate,
// the page's JS heap after a whole game, and the what-if lab's games per second (workers in
// Chromium beside `heirs lab` in Node). Numbers go to docs/ui-notes.md by hand.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launch, ROOT, serve } from '../tests/browser/harness.ts';
import { labThroughput } from './lab-throughput.ts';
import { plannerSpeed } from './planner-speed.ts';
import { viewerSpeed } from './viewer-speed.ts';

const SETUP = '?scenario=1926-united-opposition&seed=bench&faction=trotsky&difficulty=historical';

/** ms from navigation to each of the app's marks (script start, Phaser booted, … board interactive). */
async function boardInteractive(page: Page, url: string): Promise<Record<string, number>> {
  await page.goto(`${url}${SETUP}&play=1`);
  await page.waitForFunction(() => document.body.dataset.boardReady === '1', null, {
    timeout: 20_000,
  });
  // A string, not a function: tsx's helpers (__name) do not exist inside the page.
  return page.evaluate(
    `Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name.replace('heirs:', ''), Math.round(e.startTime)]))`,
  ) as Promise<Record<string, number>>;
}

/**
 * Frames the page draws while the board animates (ballots flying, bars moving) at normal speed:
 * frames are counted only while the app marks the board as animating.
 */
async function animationFps(
  page: Page,
  url: string,
): Promise<{ fps: number; worstFrameMs: number; animatedMs: number }> {
  await page.goto(url);
  await page.evaluate(() =>
    localStorage.setItem('heirs-of-lenin:settings:v1', JSON.stringify({ animSpeed: 'normal' })),
  );
  await page.goto(`${url}${SETUP}&seed=bench-fps&play=1`);
  await page.waitForFunction(() => document.body.dataset.boardReady === '1');
  // A string, not a function: tsx's helpers (__name) do not exist inside the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    const tick = (t) => { if (document.body.dataset.animating === '1') window.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  for (let turn = 0; turn < 3; turn++) {
    for (let i = 0; i < 200; i++) {
      if (await page.getByRole('heading', { name: /Your actions/ }).isVisible()) break;
      const dialog = page.getByRole('dialog');
      if ((await dialog.count()) > 0) {
        const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
        if ((await choices.count()) > 0) await choices.first().click();
        else await dialog.getByRole('button', { name: /^Continue/ }).click();
      } else if (await page.getByRole('button', { name: 'Abstain' }).isVisible()) {
        await page.getByRole('button', { name: 'Abstain' }).click();
      }
      await page.waitForTimeout(100);
    }
    await page.getByRole('button', { name: /^End your turn/ }).click();
    await page.waitForTimeout(300);
    await page.waitForFunction(() => document.body.dataset.animating !== '1', null, {
      timeout: 30_000,
    });
  }
  return page.evaluate(`(() => {
    const f = window.__frames;
    const gaps = f.slice(1).map((t, i) => t - f[i]).filter((g) => g < 1000);
    const total = gaps.reduce((a, b) => a + b, 0);
    return { fps: Math.round((gaps.length / total) * 10000) / 10, worstFrameMs: Math.round(Math.max(...gaps)), animatedMs: Math.round(total) };
  })()`) as Promise<{ fps: number; worstFrameMs: number; animatedMs: number }>;
}

async function playToEnd(page: Page): Promise<number> {
  const t0 = Date.now();
  for (let i = 0; i < 3000; i++) {
    if (await page.getByTestId('final-hash').isVisible()) break;
    const dialog = page.getByRole('dialog');
    if ((await dialog.count()) > 0) {
      const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
      if ((await choices.count()) > 0) await choices.first().click();
      else await dialog.getByRole('button', { name: /^Continue/ }).click();
      continue;
    }
    const end = page.getByRole('button', { name: /^End your turn/ });
    if (await end.isVisible()) {
      await end.click();
      continue;
    }
    const abstain = page.getByRole('button', { name: 'Abstain' });
    if (await abstain.isVisible()) await abstain.click();
    else await page.waitForTimeout(30);
  }
  return Date.now() - t0;
}

async function main(): Promise<void> {
  // Built here, not by the tests' harness (its build comes from vitest's global setup).
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const dist = mkdtempSync(join(ROOT, 'test-output', 'bench-dist-'));
  await build({ root: ROOT, logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
  // The game's own scripts: the what-if lab's page and worker (lab-*, worker-*) load only there.
  const js = readdirSync(join(dist, 'assets')).filter(
    (f) => f.endsWith('.js') && !/^(lab|worker)-/.test(f),
  );
  let raw = 0;
  let gz = 0;
  for (const f of js) {
    const text = readFileSync(join(dist, 'assets', f));
    raw += text.length;
    gz += gzipSync(text, { level: 9 }).length;
  }
  const server = await serve(dist);
  const context = await launch();
  try {
    // `--only planner`: just the planning AI's costs (the adviser, the hard difficulty);
    // `--questions N`: the adviser asked in N quarters (default 12; more give a steadier p95).
    if (process.argv[process.argv.indexOf('--only') + 1] === 'planner') {
      const at = process.argv.indexOf('--questions');
      const questions = at >= 0 ? Number(process.argv[at + 1]) : undefined;
      console.log(
        JSON.stringify(
          {
            loadAverage: os.loadavg(),
            planner: await plannerSpeed(context, server.url, questions),
          },
          null,
          2,
        ),
      );
      return;
    }
    const page = await context.newPage();
    const marks: Record<string, number>[] = [];
    for (let i = 0; i < 5; i++) {
      // A fresh browser profile each time: nothing cached, nothing saved.
      const fresh = await launch();
      marks.push(await boardInteractive(await fresh.newPage(), server.url));
      await fresh.close();
    }
    const loads = marks.map((m) => m['board-interactive']);
    const median = [...loads].sort((a, b) => a - b)[Math.floor(loads.length / 2)];
    const fps = await animationFps(page, server.url);
    // The same with software compositing: headless Chromium's SwiftShader (GPU emulated on the
    // CPU) caps any full-canvas animation near 25 fps on this machine, whatever the game draws.
    const soft = await launch(undefined, ['--disable-gpu']);
    const fpsSoftware = await animationFps(await soft.newPage(), server.url);
    await soft.close();
    // A whole game with animations off, then the heap after garbage collection.
    await page.evaluate(() =>
      localStorage.setItem('heirs-of-lenin:settings:v1', JSON.stringify({ animSpeed: 'off' })),
    );
    await page.goto(`${server.url}${SETUP}&seed=bench-heap&play=1`);
    const gameMs = await playToEnd(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      totalSize: number;
    };
    const result = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()}`,
      bundle: { files: js.length, rawKB: Math.round(raw / 1024), gzipKB: Math.round(gz / 1024) },
      boardInteractiveMs: {
        runs: loads,
        median,
        best: Math.min(...loads),
        marksOfBest: marks[loads.indexOf(Math.min(...loads))],
      },
      loadAverage: os.loadavg().map((x) => Math.round(x * 10) / 10),
      animation: { swiftshader: fps, softwareCompositing: fpsSoftware },
      fullGame: {
        wallMs: gameMs,
        heapUsedMB: Math.round((heap.usedSize / 2 ** 20) * 10) / 10,
        heapTotalMB: Math.round((heap.totalSize / 2 ** 20) * 10) / 10,
      },
    };
    // The what-if lab: games per second in Chromium's workers beside `heirs lab` in Node.
    const lab = await labThroughput(context, server.url);
    // The replay viewer: opening a whole game's replay, and a step back or forward at its end.
    const viewerSoft = await launch(undefined, ['--disable-gpu']);
    const viewer = {
      swiftshader: await viewerSpeed(context, server.url),
      softwareCompositing: await viewerSpeed(viewerSoft, server.url),
    };
    await viewerSoft.close();
    // The planning AI: the adviser's wait, and a quarter at the hard difficulty.
    const planner = await plannerSpeed(context, server.url);
    console.log(JSON.stringify({ ...result, lab, viewer, planner }, null, 2));
  } finally {
    await context.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
}

await main();
