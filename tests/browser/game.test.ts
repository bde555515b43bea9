// The built game in headless Chromium, played as a student would: by role and accessible name,
// one whole quarter by keyboard alone, to the game-over report; then the replay exported from
// the page is re-run in Node and must end in the very same state hash.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { builtinScenarios } from '../../src/io/scenario.ts';
import { parseReplay } from '../../src/io/replay.ts';
import { runReplay } from '../../src/machine/replay.ts';
import {
  boardStill,
  buildGame,
  clickOrLookAgain,
  canvasFitted,
  chromiumPath,
  clearShots,
  focusedName,
  launch,
  serve,
  shot,
  tabTo,
  watchErrors,
} from './harness.ts';

// Fail loudly, before building anything, when there is no browser to test with.
chromiumPath();

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;
let replayText = '';
let finalHash = '';

beforeAll(async () => {
  clearShots();
  const dist = await buildGame();
  server = await serve(dist);
  context = await launch();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

const SCENARIO = '1926-united-opposition';

async function quarterNumber(page: Page): Promise<number> {
  const text = (await page.locator('#topbar .when').textContent()) ?? '';
  return Number(/quarter (\d+)/.exec(text)?.[1] ?? 0);
}

/** One decision by role and name; returns false once the report is showing. */
const seen = new Set<string>();

async function step(page: Page): Promise<boolean> {
  if (
    await page
      .getByRole('heading', {
        level: 1,
        name: /struggle is over|won the succession|reached your side/,
      })
      .isVisible()
  )
    return false;
  const dialog = page.getByRole('dialog');
  if ((await dialog.count()) > 0) {
    const title = (await dialog.getByRole('heading', { level: 2 }).textContent()) ?? '';
    if (/Congress|Conference/.test(title) && !seen.has('congress')) {
      seen.add('congress');
      await shot(page, '09a-congress');
    }
    const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
    const go = dialog.getByRole('button', { name: /^Continue/ });
    if ((await choices.count()) > 0) await clickOrLookAgain(choices.first());
    else if ((await go.count()) > 0) await clickOrLookAgain(go);
    else throw new Error(`unexpected dialog: ${await dialog.first().textContent()}`);
    return true;
  }
  const end = page.getByRole('button', { name: /^End your turn/ });
  if (await end.isVisible()) {
    await clickOrLookAgain(end);
    return true;
  }
  const ballot = page.getByRole('group', { name: 'Your ballot' });
  if (await ballot.isVisible()) {
    const motion = (await page.locator('#panel-move').textContent()) ?? '';
    await clickOrLookAgain(
      ballot.getByRole('button', { name: /Trotsky/.test(motion) ? 'Vote no' : 'Abstain' }),
    );
    return true;
  }
  const reopen = page.getByRole('button', {
    name: /Read the event and answer|Show the quarter summary|Show the congress results/,
  });
  if (await reopen.isVisible()) {
    await clickOrLookAgain(reopen);
    return true;
  }
  // Nothing to decide yet (the board is still counting): wait until something is.
  await expect
    .poll(
      async () =>
        (await dialog.count()) > 0 ||
        (await end.isVisible()) ||
        (await ballot.isVisible()) ||
        (await reopen.isVisible()) ||
        (await page
          .getByRole('heading', {
            level: 1,
            name: /struggle is over|won the succession|reached your side/,
          })
          .isVisible()),
      { timeout: 15_000 },
    )
    .toBe(true);
  return true;
}

describe('the game in the browser', () => {
  it('plays a whole game as Trotsky from the title to the report, and the replay matches the CLI', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(
      `${server.url}?scenario=${SCENARIO}&seed=browser-test&faction=trotsky&difficulty=easy`,
    );

    // Title: prefilled by the teacher's link.
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Heirs of Lenin' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('textbox', { name: 'Seed:' }).inputValue()).toBe('browser-test');
    expect(await page.getByRole('radio', { name: 'Trotsky' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Easy/ }).isChecked()).toBe(true);
    await shot(page, '01-title');

    // ---- One whole quarter by keyboard alone. ----
    await tabTo(page, /^Begin the game$/);
    await page.keyboard.press('Enter');
    // The quarter may open with events: each dialog puts the focus on its first choice.
    const actionsHeading = page.getByRole('heading', { name: /Your actions/ });
    for (let i = 0; i < 10 && !(await actionsHeading.isVisible()); i++) {
      if ((await page.getByRole('dialog').count()) > 0) {
        await expect.poll(() => focusedName(page)).not.toBe('');
        await shot(page, `02-event-${i}`);
        await page.keyboard.press('Enter');
      }
      await expect
        .poll(
          async () =>
            (await page.getByRole('dialog').count()) > 0 || (await actionsHeading.isVisible()),
          { timeout: 15_000 },
        )
        .toBe(true);
    }
    await expect.poll(() => actionsHeading.isVisible()).toBe(true);
    await boardStill(page);
    await shot(page, '02-board');

    // Settings: switch animations off (arrow keys move between the radio buttons).
    await tabTo(page, /^Settings$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'Settings' }).isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /^Off/ }).isChecked()).toBe(true);
    await tabTo(page, /^Done$/);
    await page.keyboard.press('Enter');

    // A move that rolls no dice (a motion, or else rest) can be taken back with Undo, by keyboard.
    const apStart = await page.locator('.ap').textContent();
    const motions = (await page.locator('summary', { hasText: /^Motions \(/ }).count()) > 0;
    await tabTo(page, motions ? /^Motions \(/ : /^Yourself \(/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(motions ? /^Motion: / : /^Rest and recover/);
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toMatch(/^Do it: (Motion: |Rest and recover)/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ap').textContent()).not.toBe(apStart);
    await tabTo(page, /^Undo your last action$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ap').textContent()).toBe(apStart);
    expect(await page.getByRole('button', { name: 'Undo your last action' }).count()).toBe(0);

    // An action: open a group, choose, read cost/chance/effect, confirm.
    await tabTo(page, /^Persuade \(/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^Speak to the party in /);
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toMatch(/^Do it: Speak to the party in /);
    await expect.poll(() => page.getByText('chance it works').isVisible()).toBe(true);
    await shot(page, '03-action-detail');
    const apBefore = await page.locator('.ap').textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ap').textContent()).not.toBe(apBefore);
    await tabTo(page, /^End your turn/);
    await page.keyboard.press('Enter');

    // Ballots, pauses and events until the next quarter begins, all by keyboard.
    let shotBallot = false;
    const settled = async () =>
      (await quarterNumber(page)) === 2 &&
      (await page.getByRole('dialog').count()) === 0 &&
      (await page.locator('#topbar .phase').textContent()) === 'Your actions';
    for (let i = 0; i < 80 && !(await settled()); i++) {
      if ((await page.getByRole('dialog').count()) > 0) {
        if (i < 30) await shot(page, `04-dialog-${i}`);
        // Dialogs put the focus on their first choice or on Continue.
        expect(await focusedName(page)).not.toBe('');
        await page.keyboard.press('Enter');
      } else if (await page.getByRole('group', { name: 'Your ballot' }).isVisible()) {
        if (!shotBallot) await shot(page, '05-ballot');
        shotBallot = true;
        await tabTo(page, /^Abstain$/);
        await page.keyboard.press('Enter');
      } else {
        // The board is counting: wait for the next thing to decide (or the quarter's start).
        await expect
          .poll(
            async () =>
              (await settled()) ||
              (await page.getByRole('dialog').count()) > 0 ||
              (await page.getByRole('group', { name: 'Your ballot' }).isVisible()),
            { timeout: 15_000 },
          )
          .toBe(true);
      }
    }
    expect(await settled()).toBe(true);

    // The board at the smaller classroom screen.
    await page.setViewportSize({ width: 1024, height: 768 });
    await canvasFitted(page);
    await shot(page, '06-board-1024');
    await page.getByRole('tab', { name: 'Board in words' }).click();
    await shot(page, '07-board-in-words-1024');
    await page.getByRole('tab', { name: 'Chronicle' }).click();
    // Each line's cause is one click away.
    const cause = page.getByRole('button', { name: /^Cause: / }).first();
    await cause.click();
    expect(await cause.getAttribute('aria-expanded')).toBe('true');
    await shot(page, '08-chronicle-1024');
    await page.getByRole('tab', { name: 'Your move' }).click();
    // On a small screen the side panel can be hidden to see the board bigger.
    const bigger = page.getByRole('button', { name: 'Bigger board' });
    await bigger.click();
    expect(await bigger.getAttribute('aria-pressed')).toBe('true');
    await canvasFitted(page);
    await shot(page, '08b-bigger-board-1024');
    await bigger.click();
    await expect
      .poll(() => page.getByRole('heading', { name: /Your actions/ }).isVisible())
      .toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });

    // A click on a portrait on the canvas explains that contender's numbers. The board re-lays
    // itself out after the resize, so the click is aimed (and, if it missed, aimed again) at
    // the canvas as it is now.
    const card = page.getByRole('dialog', { name: /^Stalin/ });
    const clickStalin = async () => {
      if (await card.isVisible()) return true;
      const box = (await page.locator('#stage canvas').boundingBox())!;
      const scale = Math.min(box.width / 856, box.height / 676);
      const x = box.x + (box.width - 840 * scale) / 2 + 178 * scale;
      const y = box.y + (box.height - 660 * scale) / 2 + 58 * scale;
      await page.mouse.click(x, y);
      return card.isVisible();
    };
    await expect.poll(clickStalin, { timeout: 15_000, interval: 700 }).toBe(true);
    expect(await card.getByText('Prestige').count()).toBeGreaterThan(0);
    await shot(page, '06b-contender-dialog');
    await card.getByRole('button', { name: /^Close/ }).click();

    // Glossary and a biography are one click away.
    await page.getByRole('button', { name: 'Glossary', exact: true }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Glossary' }).isVisible()).toBe(true);
    await page
      .getByRole('dialog', { name: 'Glossary' })
      .getByRole('button', { name: /^Close/ })
      .click();

    // ---- The rest of the game by role and name. ----
    for (let i = 0; i < 2000 && (await step(page)); i++) {
      // next decision
    }
    const report = page.getByRole('heading', {
      level: 1,
      name: /struggle is over|won the succession|reached your side/,
    });
    await expect.poll(() => report.isVisible()).toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.body.dataset.scene), { timeout: 15_000 })
      .toBe('GameOver');
    await boardStill(page);
    await shot(page, '09-game-over');
    // The fates tableau reads on a projector too: no text under 12 px, even at 1024×768.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect
      .poll(async () => {
        const texts = await page.evaluate(() =>
          (
            window as unknown as { __heirsTexts: (k: string) => { text: string; px: number }[] }
          ).__heirsTexts('GameOver'),
        );
        if (texts.length < 21) return ['(the tableau is not drawn yet)'];
        return texts.filter((t) => t.px < 12).map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
      })
      .toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    // The report sets the player beside the AI in the same seat on the same seed.
    const sameSeed = page.getByRole('table').filter({ hasText: 'The AI, same seed' });
    expect(await sameSeed.count()).toBe(1);
    expect(await sameSeed.getByRole('rowheader', { name: 'You' }).count()).toBe(1);
    await sameSeed.scrollIntoViewIfNeeded();
    await shot(page, '09b-same-seed');
    expect(await page.getByRole('img', { name: /Power over time/ }).count()).toBe(1);
    expect(await page.getByRole('table').count()).toBeGreaterThan(3);
    finalHash = ((await page.getByTestId('final-hash').textContent()) ?? '').trim();
    expect(finalHash).toMatch(/^[0-9a-f]{28}$/);
    await page
      .getByRole('heading', { name: 'Your timeline beside history\u2019s' })
      .scrollIntoViewIfNeeded();
    await shot(page, '10-report-timeline');

    // Export the replay and the Markdown report from the page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the replay' }).click(),
    ]);
    replayText = readFileSync((await download.path()) as string, 'utf8');
    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the report (Markdown)' }).click(),
    ]);
    expect(readFileSync((await md.path()) as string, 'utf8')).toContain('# Heirs of Lenin');

    // The CLI's way: parse the replay file and re-run it with no AI.
    const parsed = parseReplay('browser-replay.json', replayText);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const scenario = builtinScenarios().find((s) => s.id === parsed.value.scenario);
    expect(scenario).toBeDefined();
    const outcome = runReplay(scenario!, parsed.value);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.hash).toBe(finalHash);
    expect(parsed.value.finalStateHash).toBe(finalHash);

    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('loads files and saved games safely: bad files give one clear message and nothing is lost', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.evaluate(() => {
      localStorage.setItem('heirs-of-lenin:save:v1:zz-broken', '{"kind":"heirs-save", "oops');
      localStorage.setItem('heirs-of-lenin:save:v0:old-game', '{}');
    });
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Heirs of Lenin' }).isVisible())
      .toBe(true);
    expect(await page.getByText('A saved game cannot be opened.').count()).toBe(2);
    expect(await page.getByText(/older version/).count()).toBe(1);
    // The finished game of the first test is still there (it opens its report).
    const finished = page.getByRole('button', { name: /^See the report: Trotsky/ });
    expect(await finished.count()).toBeGreaterThan(0);
    await shot(page, '11-title-with-saves');

    // A file that is not JSON.
    await page.getByLabel('Load a replay, save or scenario file:').setInputFiles({
      name: 'homework.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ this is not json'),
    });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/cannot be loaded: homework\.json/);
    // Both damaged saves are still listed.
    expect(await page.getByText('A saved game cannot be opened.').count()).toBe(2);

    // The replay from the first game: checked, and its report shows the same final hash.
    await page.getByLabel('Load a replay, save or scenario file:').setInputFiles({
      name: 'replay.json',
      mimeType: 'application/json',
      buffer: Buffer.from(replayText),
    });
    const dialog = page.getByRole('dialog', { name: 'A replay' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(
      await dialog
        .getByText('Checked: the replay reproduces the recorded game exactly.')
        .isVisible(),
    ).toBe(true);
    await shot(page, '12-replay-dialog');
    await dialog.getByRole('button', { name: 'Show the final report' }).click();
    await expect.poll(() => page.getByTestId('final-hash').textContent()).toBe(finalHash);

    // Take the same replay over from a later quarter and play on from there.
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByLabel('Load a replay, save or scenario file:').setInputFiles({
      name: 'replay.json',
      mimeType: 'application/json',
      buffer: Buffer.from(replayText),
    });
    const takeOver = page.getByRole('dialog', { name: 'A replay' });
    await expect.poll(() => takeOver.isVisible()).toBe(true);
    const quarter = takeOver.getByLabel(/Take over as Trotsky from the start of/);
    // A later quarter: the fourth, or the last one the player still decided in.
    const options = await quarter.locator('option').count();
    expect(options).toBeGreaterThan(1);
    await quarter.selectOption({ index: Math.min(3, options - 1) });
    const chosen = (await quarter.locator('option:checked').textContent()) ?? '';
    await takeOver.getByRole('button', { name: 'Play on from there' }).click();
    await expect
      .poll(() => page.locator('#topbar .when').textContent())
      .toContain(chosen.replace(/ \(.*\)$/, ''));

    // Back to the title through the menu (after answering the quarter's event, if one is open).
    const open = page.getByRole('dialog');
    const actions = page.getByRole('heading', { name: /Your actions/ });
    await expect
      .poll(async () => (await open.count()) > 0 || (await actions.isVisible()), {
        timeout: 15_000,
      })
      .toBe(true);
    if ((await open.count()) > 0)
      await open.getByRole('group', { name: 'Your choices' }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('dialog', { name: 'Menu' })
      .getByRole('button', { name: 'Back to the title screen' })
      .click();

    // A new game, one move, a reload: the autosave continues where it was.
    await page.getByRole('radio', { name: 'Bukharin' }).check();
    await page.getByRole('button', { name: 'Begin the game' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: /Your actions/ }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: /^End your turn/ }).click();
    const when = await page.locator('#topbar .when').textContent();
    await page.reload();
    await page
      .getByRole('button', { name: /^Continue: Bukharin/ })
      .first()
      .click();
    await expect.poll(() => page.locator('#topbar .when').textContent()).toBe(when);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
