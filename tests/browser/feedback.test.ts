// Feedback a student can play by (issue 10), checked in the built game by role and name, and
// against the game state the page saved: every move answered where it was made, danger shown
// before it bites, the quarter's news with the record's events, votes that tell the truth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  buildGame,
  canvasFitted,
  chromiumPath,
  launch,
  serve,
  savedGame,
  shot,
  watchErrors,
} from './harness.ts';

chromiumPath();

let server: { url: string; close: () => Promise<void> };
let context: BrowserContext;

beforeAll(async () => {
  const dist = await buildGame();
  server = await serve(dist);
  context = await launch();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
});

const live = (page: Page) => page.locator('#live').textContent();
const actionsHeading = (page: Page) => page.getByRole('heading', { name: /^Your actions/ });

/** Answer dialogs (first choice, or Continue) and ballots (abstain) until the actions show. */
async function toActions(page: Page, onDialog?: (title: string) => Promise<void>): Promise<void> {
  const ballot = page.getByRole('group', { name: 'Your ballot' });
  for (let i = 0; i < 60; i++) {
    const dialog = page.getByRole('dialog');
    await expect
      .poll(
        async () =>
          (await dialog.count()) > 0 ||
          (await ballot.isVisible()) ||
          (await actionsHeading(page).isVisible()),
        { timeout: 15_000 },
      )
      .toBe(true)
      .catch(async (e: unknown) => {
        await shot(page, 'stuck');
        throw e;
      });
    // A dialog (an event, a moment) stands over a ballot: answer it first.
    if ((await dialog.count()) === 0 && (await ballot.isVisible())) {
      await ballot.getByRole('button', { name: 'Abstain' }).click();
      continue;
    }
    if ((await dialog.count()) === 0) return;
    const title = (await dialog.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
    if (onDialog) await onDialog(title);
    const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
    if ((await choices.count()) > 0) await choices.first().click();
    else await dialog.getByRole('button', { name: /^Continue/ }).click();
  }
  throw new Error('the actions never came');
}

/** Open a group of actions (a <details>) unless it is open already. */
async function openGroup(page: Page, name: RegExp): Promise<void> {
  const summary = page.locator('summary').filter({ hasText: name });
  const open = await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
  if (!open) await summary.click();
}

async function begin(page: Page, query: string): Promise<void> {
  await page.goto(`${server.url}?${query}`);
  await page.getByRole('button', { name: 'Begin the game' }).click();
}

describe('feedback a student can play by', () => {
  it('answers each move where it was made, announces it, and opens the quarter with its news', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await begin(page, 'scenario=1922-full&seed=feedback&faction=trotsky&difficulty=easy');

    // An event answered: the next dialog (or the panel) opens with what came of it.
    let answered = false;
    await toActions(page, async () => {
      if (answered) {
        await expect.poll(() => live(page)).toMatch(/^Your answer: /);
      }
      answered = true;
    });

    // The news comes first: the record's events of this quarter are on it, marked and dated.
    const news = page.getByRole('region', { name: 'News since your last turn' });
    await expect.poll(() => news.isVisible()).toBe(true);
    const game = await savedGame(page);
    const recordEvents = game.log.filter(
      (l) => l.turn === game.turn && l.outcome.what === 'event' && l.outcome.happened,
    );
    expect(recordEvents.length).toBeGreaterThan(0);
    const newsText = (await news.textContent()) ?? '';
    for (const e of recordEvents) expect(newsText).toContain(e.text.slice(0, 40));
    expect(await news.getByText(/^In the record, \w+ 1922: $/).count()).toBe(recordEvents.length);
    await shot(page, 'f01-news-card');

    // Terms explain themselves on hover, without a click.
    const term = news.getByRole('button', { name: /\(glossary\)$/ }).first();
    await term.hover();
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(((await tip.textContent()) ?? '').length).toBeGreaterThan(40);
    await shot(page, 'f01b-term-hover');
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);
    // The game's own words are in the glossary: mood, trust, grievance (grudge), power, score.
    await page.getByRole('button', { name: 'Glossary', exact: true }).click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    for (const t of ['Mood', 'Trust', 'Grievance', 'Power index', 'Score', 'Investment'])
      expect(
        await glossary
          .getByRole('term')
          .filter({ hasText: new RegExp(`^${t}$`) })
          .count(),
      ).toBe(1);
    await glossary.getByRole('button', { name: /^Close/ }).click();

    // An action: the result card is shown, has the focus, and the live region says the same.
    await openGroup(page, /^Persuade \(/);
    await page
      .getByRole('button', { name: /^Speak to the party in /, expanded: false })
      .first()
      .click();
    await page.getByRole('button', { name: /^Do it: Speak to the party in / }).click();
    const result = page.getByRole('region', {
      name: /^(It worked|It did not work): What happened: Speak to the party in /,
    });
    await expect.poll(() => result.isVisible()).toBe(true);
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('result-card')),
    ).toBe(true);
    const last = (await savedGame(page)).log.at(-1);
    const logged = last?.text ?? '';
    expect(await result.textContent()).toContain(logged);
    // Whether it worked is what the rules recorded, not a guess from the words.
    expect(last?.outcome.what).toBe('action');
    const worked = last?.outcome.what === 'action' && last.outcome.succeeded;
    expect(await result.getByRole('heading').textContent()).toMatch(
      worked ? /^It worked: / : /^It did not work: /,
    );
    await expect.poll(() => live(page)).toContain(logged);
    await shot(page, 'f02-action-result');

    // What cannot be done now is shown greyed, with the reason (Trotsky is not General Secretary).
    await openGroup(page, /^The party machine \(/);
    const recruit = page.getByRole('button', { name: /^Recruit new members/ });
    expect(await recruit.getAttribute('aria-disabled')).toBe('true');
    const why = await recruit.getAttribute('aria-describedby');
    expect(await page.locator(`#${why}`).textContent()).toBe(
      'Only the General Secretary can enrol new members.',
    );

    // A motion says its odds of passing, not "certain": tabling is certain, passing is not.
    await openGroup(page, /^Motions \(/);
    const motion = page.getByRole('button', { name: /^Motion: .* passes ~\d+%/ }).first();
    await motion.click();
    await expect
      .poll(() => page.locator('.action-detail').first().textContent())
      .toMatch(
        /Tabling it is certain\. Passing: about \d+%, by your reading of the room\. Likely for: /,
      );
    await shot(page, 'f02c-motion-forecast');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // An offer of an understanding: its answer (or silence) is reported in the next news.
    await openGroup(page, /^Alliances \(/);
    await page.getByRole('button', { name: /^Offer Kamenev a secret understanding/ }).click();
    await page.getByRole('button', { name: /^Do it: Offer Kamenev/ }).click();
    await expect
      .poll(() => page.getByRole('region', { name: /What happened: Offer Kamenev/ }).textContent())
      .toContain('may take it up when his turn comes; the news will tell you');
    await shot(page, 'f02b-greyed-and-offer');

    // Ending the turn: the focus stays on the page's controls, never on the body.
    await page.getByRole('button', { name: /^End your turn/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName ?? 'BODY'))
      .not.toBe('BODY');

    // Ballots and pauses until the summary: each ballot's result is told where it was cast.
    const ballot = page.getByRole('group', { name: 'Your ballot' });
    const summary = page.getByRole('dialog', { name: /^Quarter summary/ });
    let voted = false;
    for (let i = 0; i < 40 && !(await summary.isVisible()); i++) {
      await expect
        .poll(
          async () =>
            (await ballot.isVisible()) ||
            (await page.getByRole('dialog').count()) > 0 ||
            (await summary.isVisible()),
          { timeout: 15_000 },
        )
        .toBe(true);
      if (await summary.isVisible()) break;
      if (await ballot.isVisible()) {
        await ballot.getByRole('button', { name: 'Vote no' }).click();
        voted = true;
        // Passed, rejected, or withdrawn (events overtook it): told either way.
        const told = page.getByRole('region', { name: /^((Passed|Rejected): )?The vote on / });
        await expect.poll(() => told.first().isVisible()).toBe(true);
        await expect.poll(() => live(page)).toContain('The vote on ');
        continue;
      }
      const dialog = page.getByRole('dialog');
      const choices = dialog.getByRole('group', { name: 'Your choices' }).getByRole('button');
      if ((await choices.count()) > 0) await choices.first().click();
      else await dialog.getByRole('button', { name: /^Continue/ }).click();
    }
    await expect.poll(() => summary.isVisible(), { timeout: 15_000 }).toBe(true);
    await shot(page, 'f03-summary-votes');

    // Votes that tell the truth, row by row against the saved game.
    const ended = await savedGame(page);
    const votes = ended.votes.filter((v) => v.turn === ended.turn);
    expect(voted ? votes.length : 1).toBeGreaterThan(0);
    const rows = await summary.locator('table.data').evaluateAll((tables) =>
      tables.map((t) => ({
        caption: t.querySelector('caption')?.textContent ?? '',
        rows: [...t.querySelectorAll('tbody tr')].map((r) =>
          [...r.children].map((c) => c.textContent ?? ''),
        ),
      })),
    );
    expect(rows.length).toBe(votes.length);
    const leansYes = /^(trusts |backs his ally|agrees with|proposed it)|cut down$/;
    const leansNo =
      /^(distrusts |opposes |fears |stands by his ally|will not sacrifice|defends himself)/;
    votes.forEach((v, i) => {
      const table = rows[i];
      if (v.spec.kind === 'event_choice') {
        // Counts per option, never "PASSED n–0".
        expect(table.caption).not.toMatch(/PASSED|FAILED/);
        expect(table.caption).toMatch(/decided/);
        return;
      }
      v.ballots.forEach((b, j) => {
        const [, vote, ...rest] = table.rows[j];
        const why = rest.at(-1) ?? '';
        expect(vote.toLowerCase()).toContain(b.choice);
        if (b.voter === 'trotsky') expect(why).toBe('your vote');
        else if (b.choice === 'no') expect(why).not.toMatch(leansYes);
        else if (b.choice === 'yes') expect(why).not.toMatch(leansNo);
      });
    });

    // The next quarter's news says what became of the offer to Kamenev.
    await summary.getByRole('button', { name: /^Continue/ }).click();
    await toActions(page);
    await expect
      .poll(() => page.getByRole('region', { name: 'News since your last turn' }).textContent())
      .toMatch(
        /Kamenev (accepted your offer|turned down your offer|has not answered your offer yet|never answered your offer)/,
      );
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('brings a fall among the first quarter\u2019s events with the news, before the first action', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await begin(
      page,
      'scenario=1928-grain-crisis&seed=first-fall&faction=bukharin&difficulty=historical',
    );
    // The grain vote first; Trotsky's exile follows it in the same quarter. Its moment must be
    // read before the actions are free to use, not on top of the first action's result.
    const titles: string[] = [];
    await toActions(page, async (title) => {
      titles.push(title);
    });
    expect(titles).toContain('Trotsky is sent into exile');
    expect(titles.indexOf('Trotsky is sent into exile')).toBeGreaterThan(
      titles.indexOf('The grain is not coming in'),
    );
    expect((await savedGame(page)).contenders.trotsky.status).toBe('exiled');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows danger before it bites: heat and its line on every card, a warning on a choice that crosses it, a fall as its own moment', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await begin(
      page,
      'scenario=1926-united-opposition&seed=danger&faction=trotsky&difficulty=easy',
    );
    await toActions(page);
    // Raise Trotsky's heat in the autosave to just under his removal line, and continue it.
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('heirs-of-lenin:save:v1:'))!;
      const save = JSON.parse(localStorage.getItem(key)!);
      save.snapshot.context.game.contenders.trotsky.heat = 45;
      localStorage.setItem(key, JSON.stringify(save));
    });
    await page.reload();
    await page
      .getByRole('button', { name: /^Continue: Trotsky/ })
      .first()
      .click();
    await expect.poll(() => actionsHeading(page).isVisible(), { timeout: 15_000 }).toBe(true);

    // Every contender's heat is given with the line where removal becomes possible.
    const heat = Math.round((await savedGame(page)).contenders.trotsky.heat);
    expect(heat).toBeGreaterThanOrEqual(40);
    await page.getByRole('tab', { name: 'Board in words' }).click();
    const contenders = page.getByRole('table', { name: 'Contenders' });
    const trotskyRow = contenders.getByRole('row', { name: /^Trotsky/ });
    await expect
      .poll(() => trotskyRow.textContent())
      .toMatch(new RegExp(`${heat} \\(removal at \\d+\\)`));
    expect(
      await contenders.getByText(/\((removal|expulsion) at \d+( once branded)?\)/).count(),
    ).toBeGreaterThan(3);
    const line = Number(/removal at (\d+)/.exec((await trotskyRow.textContent()) ?? '')?.[1]);
    // Only a branded man (a platform signed, or his group condemned) can be voted out of the
    // Politburo: the words and the cards on the canvas say so for those not yet branded.
    const game = await savedGame(page);
    const stalinRow = contenders.getByRole('row', { name: /^Stalin/ });
    expect(game.contenders.stalin.branded).toBe(false);
    await expect.poll(() => stalinRow.textContent()).toMatch(/\(removal at \d+ once branded\)/);
    const cardLines = (
      await page.evaluate(() =>
        (
          window as unknown as { __heirsTexts: (k: string) => { text: string; px: number }[] }
        ).__heirsTexts('Board'),
      )
    ).map((t) => t.text);
    // Stalin, Bukharin, Rykov and Tomsky sit in the Politburo unbranded; Zinoviev is branded
    // (the Leningrad opposition of 1925), and so is Trotsky once the United Opposition forms.
    expect(cardLines.filter((t) => /^if branded: \d+$/.test(t)).length).toBeGreaterThanOrEqual(4);
    expect(cardLines.filter((t) => /^(removal at|OVER) \d+$/.test(t)).length).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Your move' }).click();

    // The platform would push him over it: the list marks it and the preview says so in words.
    expect(heat + 25).toBeGreaterThanOrEqual(line);
    await openGroup(page, /^Attack a rival \(/);
    const platform = page.getByRole('button', { name: /opposition platform.*Danger/i });
    await expect.poll(() => platform.count()).toBe(1);
    await platform.click();
    const warning = page.getByRole('note').filter({ hasText: /This puts you at heat/ });
    await expect
      .poll(() => warning.textContent())
      .toMatch(
        new RegExp(
          `This puts you at heat ${heat + 25}, past ${line}: the Central Committee can vote you out of the Politburo`,
        ),
      );
    await shot(page, 'f04-danger-warning');
    await page.getByRole('button', { name: /^Do it: .*platform/i }).click();
    const result = page.getByRole('region', { name: /What happened: .*platform/i });
    await expect
      .poll(() => result.textContent())
      .toContain(`Your heat: ${heat} \u2192 ${heat + 25}.`);

    // On to the next quarter: a fall on the way is a moment of its own.
    await page.getByRole('button', { name: /^End your turn/ }).click();
    const titles: string[] = [];
    await toActions(page, async (title) => {
      // A moment lists each fall that came with it under its own heading.
      const dialog = page.getByRole('dialog');
      const heads = await dialog.getByRole('heading').allTextContents();
      titles.push(title, ...heads);
      if (/out of the Politburo|expelled|removed|fall/i.test(title)) await shot(page, 'f05-moment');
    });
    const after = await savedGame(page);
    const fell = after.log.filter(
      (l) =>
        l.kind === 'system' && /is out of the Politburo/.test(l.text) && l.turn === after.turn - 1,
    );
    for (const f of fell) {
      const who = f.actor === 'trotsky' ? 'You are' : `${f.text.split(' ')[0]} is`;
      expect(titles.some((t) => t.startsWith(`${who} out of the Politburo`))).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws estimates as estimates: rivals\u2019 counts with \u201c\u2248\u201d on the board and as a range in words', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await begin(page, 'scenario=1922-full&seed=fog&faction=trotsky&difficulty=easy');
    await toActions(page);
    // Trotsky's pride blurs his view: his estimates of the others may be off.
    const texts = async () =>
      page.evaluate(() =>
        (
          window as unknown as { __heirsTexts: (k: string) => { text: string; px: number }[] }
        ).__heirsTexts('Board'),
      );
    await expect.poll(async () => (await texts()).length).toBeGreaterThan(50);
    const holders = (await texts()).filter((t) => /^(St|Zi|Ka|Bu|Ry|To|Tr) /.test(t.text));
    const rivals = holders.filter((t) => !t.text.startsWith('Tr '));
    expect(rivals.length).toBeGreaterThan(0);
    for (const t of rivals) expect(t.text).toMatch(/^\w\w \u2248\d+/);
    for (const t of holders.filter((x) => x.text.startsWith('Tr ')))
      expect(t.text).toMatch(/^Tr \d+ \(you\)/);

    await page.getByRole('tab', { name: 'Board in words' }).click();
    const regions = page.getByRole('table', { name: 'Party regions' });
    await expect
      .poll(() => regions.getByText(/your estimate: \d+\u2013\d+ \(about \d+\)/).count())
      .toBeGreaterThan(0);
    await shot(page, 'f06-estimates-in-words');
    await page.getByRole('tab', { name: 'Your move' }).click();
    await shot(page, 'f06b-estimates-board');

    // A classroom projector's 1024×768: no board text under 12 px (measured from the canvas's
    // text objects: font size times every scale above it).
    await page.setViewportSize({ width: 1024, height: 768 });
    await canvasFitted(page);
    const shown = await texts();
    const sizes = shown.map((t) => t.px);
    console.log(
      `board text at 1024\u00d7768: ${sizes.length} labels, smallest ${Math.min(...sizes).toFixed(1)} px, median ${[...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)].toFixed(1)} px`,
    );
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.filter((t) => t.px < 12).map((t) => `${t.text} (${t.px.toFixed(1)} px)`)).toEqual(
      [],
    );
    await shot(page, 'f06c-board-1024');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
