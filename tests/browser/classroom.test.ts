// The classroom in the built game: a teacher's scenario by link (and a hostile one made harmless),
// the class link copied in one browser and opened in another giving the identical game, a link
// with mistakes named on the title screen, a quarter played with the network cut, and the
// report's print stylesheet on an A4 page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { findBuiltinScenario } from '../../src/io/scenario.ts';
import { runGame, toReplay } from '../../src/lab/run-game.ts';
import { stateHash } from '../../src/sim/index.ts';
import { chromiumPath, launch, ROOT, savedGame, serve, shot, watchErrors } from './harness.ts';

chromiumPath();

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
const EXAMPLE = './scenarios/examples/zinoviev-keeps-leningrad-1926.json';

/** A hostile file that is still a valid scenario: its text must show as the characters it is. */
function hostileScenario(): string {
  const r = findBuiltinScenario('1924-lenin-dies');
  if (!r.ok) throw new Error(r.error.what);
  const s = JSON.parse(JSON.stringify(r.value)) as typeof r.value;
  s.id = 'hostile-test';
  s.title = '<script>window.__pwned = 1</script> A hostile title';
  s.summary = '<img src="x" onerror="window.__pwned = 2"> A hostile summary';
  s.briefings.trotsky = '<b onmouseover="window.__pwned = 3">bold?</b> javascript:alert(1)';
  s.whatifs[0].title = '<iframe src="javascript:window.__pwned = 4"></iframe>';
  return JSON.stringify(s);
}

beforeAll(async () => {
  // Its own build folder: the other browser tests build theirs at the same time.
  const dist = join(ROOT, 'test-output/classroom-dist');
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dist, emptyOutDir: true },
  });
  mkdirSync(join(dist, 'class'), { recursive: true });
  writeFileSync(join(dist, 'class/hostile.json'), hostileScenario());
  writeFileSync(join(dist, 'class/deep.json'), `${'['.repeat(5000)}${']'.repeat(5000)}`);
  server = await serve(dist);
  context = await launch();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

const alertText = (page: Page) => page.locator('#title-screen [role=alert]').first().textContent();

/** Answer dialogs (first choice, or Continue) and ballots (abstain) until the actions show. */
async function toActions(page: Page): Promise<void> {
  const ballot = page.getByRole('group', { name: 'Your ballot' });
  const actions = page.getByRole('heading', { name: /^Your actions/ });
  for (let i = 0; i < 80; i++) {
    const dialog = page.getByRole('dialog');
    await expect
      .poll(
        async () =>
          (await dialog.count()) > 0 || (await ballot.isVisible()) || (await actions.isVisible()),
        { timeout: 15_000 },
      )
      .toBe(true);
    // A dialog (an event, a moment) comes before the ballot beneath it.
    if ((await dialog.count()) === 0) {
      if (!(await ballot.isVisible())) return;
      await ballot.getByRole('button', { name: 'Abstain' }).click();
      continue;
    }
    const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
    if ((await choices.count()) > 0) await choices.first().click();
    else await dialog.getByRole('button', { name: /^Continue/ }).click();
  }
  throw new Error('the actions never came');
}

async function quarterNumber(page: Page): Promise<number> {
  const text = (await page.locator('#topbar .when').textContent()) ?? '';
  return Number(/quarter (\d+)/.exec(text)?.[1] ?? 0);
}

describe("a teacher's scenario", () => {
  it('loads from the link, and a hostile file shows its markup as text and runs nothing', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}?scenarioUrl=./class/hostile.json&faction=trotsky`);
    const title = page.getByRole('radio', { name: /A hostile title/ });
    await expect.poll(() => title.isChecked(), { timeout: 15_000 }).toBe(true);
    const card = page.locator('.title-card');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('<script>window.__pwned = 1</script> A hostile title');
    expect(text).toContain('<img src="x" onerror="window.__pwned = 2"> A hostile summary');
    expect(text).toContain('<b onmouseover="window.__pwned = 3">bold?</b>');
    expect(text).toContain('<iframe src="javascript:window.__pwned = 4"></iframe>');
    // Nothing became markup: no injected element exists, no handler ran.
    expect(await card.locator('script, iframe, b[onmouseover], img[src="x"]').count()).toBe(0);
    await shot(page, 'c01-hostile-scenario-inert');
    await page.locator('#briefing').hover();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // A file that is not a scenario at all is refused with the file, the place and the reason.
    await page.getByLabel('Load a replay, save or scenario file:').setInputFiles({
      name: 'deep.json',
      mimeType: 'application/json',
      buffer: readFileSync(join(ROOT, 'test-output/classroom-dist/class/deep.json')),
    });
    await expect
      .poll(() => alertText(page))
      .toBe(
        'This file cannot be loaded as a scenario: deep.json: (file): nested more than 20 levels deep; a scenario needs 6',
      );
    // And from a link: the message names the file, and the title screen stays usable.
    await page.goto(`${server.url}?scenarioUrl=./class/deep.json`);
    await expect
      .poll(() => alertText(page), { timeout: 15_000 })
      .toMatch(/^The link’s scenario cannot be loaded: deep\.json: \(file\): nested more than 20/);
    await expect.poll(() => page.getByRole('button', { name: 'Begin the game' }).isVisible());
    await shot(page, 'c02-refused-file');
    expect(errors).toEqual([]);

    // The built page keeps its Content-Security-Policy, with no inline script of its own, and the
    // browser enforces it: a script element made from text is refused.
    const html = readFileSync(join(ROOT, 'test-output/classroom-dist/index.html'), 'utf8');
    expect(html).toMatch(
      /http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'[;"]/,
    );
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 5';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors.join(' ')).toMatch(/Content Security Policy/);
    await page.close();
  });

  it('names the mistakes of a bad link and shows the title screen, never a blank page', async () => {
    const page = await context.newPage();
    await page.goto(
      `${server.url}?scenario=1924-lenin-dies&sed=7&faction=trotksy&difficulty=hrad&whatif=no_such&play=1&scenarioUrl=https%3A%2F%2Fevil.example%2Fx.json`,
    );
    const message = page.locator('#title-screen [role=alert]');
    await expect.poll(() => message.isVisible(), { timeout: 15_000 }).toBe(true);
    const text = (await message.textContent()) ?? '';
    expect(text).toContain("unknown part \u201csed\u201d (did you mean 'seed'?)");
    expect(text).toContain(
      "faction \u201ctrotksy\u201d is not a contender (did you mean 'trotsky'?)",
    );
    expect(text).toContain("(did you mean 'hard'?)");
    expect(text).toContain('is on another site');
    await expect.poll(() => page.getByRole('button', { name: 'Begin the game' }).isVisible());
    await shot(page, 'c03-bad-link');
    await page.close();
  });
});

describe('the class link', () => {
  it('copied in one browser and opened in a second gives the identical game', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(`${server.url}?scenarioUrl=${EXAMPLE}`);
    const scenario = page.getByRole('radio', { name: 'What if: Zinoviev keeps Leningrad, 1926' });
    await expect.poll(() => scenario.isChecked(), { timeout: 15_000 }).toBe(true);
    await page.getByRole('radio', { name: 'Zinoviev', exact: true }).check();
    await page.getByRole('radio', { name: /^Hard/ }).check();
    await page.getByLabel('Seed:').fill('class 7B');
    await page.getByRole('checkbox', { name: /^A good harvest in 1927/ }).check();
    await page.getByRole('button', { name: 'Copy class link' }).click();
    await expect
      .poll(() => page.locator('.begin-row [role=status]').textContent())
      .toBe('Link copied: send it to the class so everyone plays the same game.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(await page.getByLabel('Link for the class').inputValue()).toBe(copied);
    expect(new URL(copied).searchParams.get('scenarioUrl')).toBe(EXAMPLE);
    await shot(page, 'c04-class-link-copied');
    await page.getByRole('button', { name: 'Begin the game' }).click();
    await toActions(page);
    const first = await savedGame(page);

    const second = await launch();
    try {
      const other = await second.newPage();
      await other.goto(copied);
      const same = other.getByRole('radio', { name: 'What if: Zinoviev keeps Leningrad, 1926' });
      await expect.poll(() => same.isChecked(), { timeout: 15_000 }).toBe(true);
      expect(await other.getByRole('radio', { name: 'Zinoviev', exact: true }).isChecked()).toBe(
        true,
      );
      expect(await other.getByRole('radio', { name: /^Hard/ }).isChecked()).toBe(true);
      expect(await other.getByLabel('Seed:').inputValue()).toBe('class 7B');
      expect(
        await other.getByRole('checkbox', { name: /^A good harvest in 1927/ }).isChecked(),
      ).toBe(true);
      await other.getByRole('button', { name: 'Begin the game' }).click();
      await toActions(other);
      const again = await savedGame(other);
      expect(again.scenario).toBe('example-zinoviev-keeps-leningrad-1926');
      expect(again.options).toEqual({
        difficulty: 'hard',
        whatifs: ['good_harvest_1927'],
        faction: 'zinoviev',
      });
      expect(stateHash(again)).toBe(stateHash(first));
    } finally {
      await second.close();
    }
    await page.close();
  });
});

describe('offline', () => {
  it('after the first visit, loads and plays a quarter with the network cut', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}?scenarioUrl=${EXAMPLE}`);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 20_000,
      })
      .toBe(true);
    await context.setOffline(true);
    try {
      await page.reload();
      expect(errors).toEqual([]);
      // The network really is cut: a file the worker never saw cannot be fetched.
      const reached = await page.evaluate(() =>
        fetch('./class/never-fetched.json').then(
          () => 'reached',
          () => 'offline',
        ),
      );
      expect(reached).toBe('offline');
      errors.length = 0; // the browser reports that failed fetch as a console error
      const scenario = page.getByRole('radio', {
        name: 'What if: Zinoviev keeps Leningrad, 1926',
      });
      await expect.poll(() => scenario.isChecked(), { timeout: 15_000 }).toBe(true);
      await page.getByRole('button', { name: 'Begin the game' }).click();
      await toActions(page);
      const quarter = await quarterNumber(page);
      await page.getByRole('button', { name: /^End your turn/ }).click();
      await toActions(page);
      expect(await quarterNumber(page)).toBe(quarter + 1);
      await shot(page, 'c05-offline-next-quarter');
      // The lab is a page of the same build: the worker kept it too.
      await page.goto(`${server.url}lab.html`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1, name: 'What-if lab' }).isVisible())
        .toBe(true);
    } finally {
      await context.setOffline(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the report on paper', () => {
  it('fits an A4 page in print', async () => {
    const r = findBuiltinScenario('1926-united-opposition');
    if (!r.ok) throw new Error(r.error.what);
    const options = { difficulty: 'historical' as const, whatifs: [], faction: null };
    const run = runGame({ scenario: r.value, seed: 'print', options });
    const replay = toReplay(run.state, run.actions);
    const page = await context.newPage();
    // A4 at 96 dots per inch is 794 × 1123 pixels; less the page margins of 14 mm (styles.css
    // @page), the printed column is 688 pixels wide and 1017 high.
    await page.setViewportSize({ width: 688, height: 1017 });
    await page.goto(server.url);
    await page.getByLabel('Load a replay, save or scenario file:').setInputFiles({
      name: 'replay.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(replay)),
    });
    await page.getByRole('button', { name: 'Show the final report' }).click();
    await expect.poll(() => page.locator('#report-title').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(688);
    await page.screenshot({
      path: join(ROOT, 'test-output/screenshots/c06-report-print-a4.png'),
      fullPage: true,
    });
    // The first A4 page and one from the middle, at full size, to look at.
    for (const [name, y] of [
      ['c07-report-print-page-1', 0],
      ['c08-report-print-page-3', 2 * 1017],
    ] as const) {
      await page.screenshot({
        path: join(ROOT, `test-output/screenshots/${name}.png`),
        fullPage: true,
        clip: { x: 0, y, width: 688, height: 1017 },
      });
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(join(ROOT, 'test-output/screenshots/c06-report.pdf'), pdf);
    await page.close();
  });
});
