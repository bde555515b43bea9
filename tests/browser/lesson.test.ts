// Lesson mode (issue 10): a class link with &play=1 skips the title screen, so the game opens
// with the briefing as its first card, then goes on to the quarter's first decision.
import { describe, expect, it } from 'vitest';
import { servedGame, shot, watchErrors } from './harness.ts';

const game = servedGame();

describe('a class link that starts the game at once', () => {
  it('shows the briefing first: the scenario, the seat, its aims and the length', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.goto(
      `${game.url}?scenario=1926-united-opposition&seed=lesson&faction=bukharin&difficulty=historical&play=1`,
    );
    const card = page.getByRole('dialog', { name: /^Your briefing: Bukharin/ });
    await expect.poll(() => card.isVisible(), { timeout: 30_000 }).toBe(true);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('The United Opposition');
    expect(text).toContain('Save the NEP');
    expect(text).toMatch(/15 quarters: about/);
    expect(text).toContain('How to play');
    await shot(page, 'l01-briefing-first');
    // Begin: the briefing closes and the game goes on to its first decision.
    await card.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
    await expect
      .poll(
        async () =>
          (await page.getByRole('dialog').count()) > 0 ||
          (await page.getByRole('heading', { name: /^Your actions/ }).isVisible()),
        { timeout: 30_000 },
      )
      .toBe(true);
    // One game per link: opening the link again continues it (no second save, no briefing).
    const linkSaves = () =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':link-')).length);
    await expect.poll(linkSaves).toBe(1);
    const label = await page.locator('#topbar').textContent();
    await page.reload();
    await expect
      .poll(async () => (await page.locator('#topbar').textContent()) ?? '', { timeout: 30_000 })
      .toBe(label);
    expect(await page.getByRole('dialog', { name: /^Your briefing/ }).count()).toBe(0);
    expect(await linkSaves()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a game started from the title screen opens without the briefing card', async () => {
    const page = await game.context.newPage();
    await page.goto(`${game.url}?scenario=1926-united-opposition&seed=lesson&faction=bukharin`);
    await page.getByRole('button', { name: 'Begin the game' }).click();
    await expect
      .poll(
        async () =>
          (await page.getByRole('dialog').count()) > 0 ||
          (await page.getByRole('heading', { name: /^Your actions/ }).isVisible()),
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await page.getByRole('dialog', { name: /^Your briefing/ }).count()).toBe(0);
    await page.close();
  });

  it('asks the student\u2019s name on the briefing card and the title, keeps it as text, saves it', async () => {
    const page = await game.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?scenario=1928-grain-crisis`);
    await page.evaluate(() => localStorage.removeItem('heirs-of-lenin:student-name'));
    await page.goto(
      `${game.url}?scenario=1928-grain-crisis&seed=named&faction=bukharin&difficulty=historical&play=1`,
    );
    const card = page.getByRole('dialog', { name: /^Your briefing: Bukharin/ });
    await expect.poll(() => card.isVisible(), { timeout: 30_000 }).toBe(true);
    // No name remembered yet: the card asks for it first.
    const field = card.getByRole('textbox', { name: 'Your name:' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page, 'l02-briefing-name');
    await field.fill('  <b>Anna</b>   Petrova \u202e ');
    await field.press('Enter');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
    const linkSave = () =>
      page.evaluate(() => {
        const key = Object.keys(localStorage).find(
          (k) => k.includes(':link-') && localStorage.getItem(k)?.includes('"named"'),
        );
        return key
          ? (JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>)
          : null;
      });
    await expect.poll(async () => (await linkSave())?.student).toBe('<b>Anna</b> Petrova');
    expect((await linkSave())?.label).toMatch(/^<b>Anna<\/b> Petrova: Bukharin, /);

    // The title screen: the name remembered in its field, the save listed by it, as text.
    await page.goto(`${game.url}?scenario=1928-grain-crisis&seed=named2&faction=bukharin`);
    const titleField = page.getByRole('textbox', { name: 'Your name:' });
    await expect
      .poll(() => titleField.inputValue(), { timeout: 30_000 })
      .toBe('<b>Anna</b> Petrova');
    await expect
      .poll(() =>
        page.getByRole('button', { name: /^Continue: <b>Anna<\/b> Petrova: Bukharin/ }).count(),
      )
      .toBe(1);
    expect(await page.locator('#title-screen b, .title-card b').count()).toBe(0);
    await shot(page, 'l03-title-name');
    // Another name on the title goes into the new game's save and is remembered.
    await titleField.fill('Boris');
    await page.getByRole('button', { name: 'Begin the game' }).click();
    const seedSave = () =>
      page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.endsWith('-named2'));
        return key
          ? (JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>)
          : null;
      });
    await expect.poll(async () => (await seedSave())?.student, { timeout: 30_000 }).toBe('Boris');
    expect(await page.evaluate(() => localStorage.getItem('heirs-of-lenin:student-name'))).toBe(
      'Boris',
    );
    await page.evaluate(() => localStorage.removeItem('heirs-of-lenin:student-name'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
