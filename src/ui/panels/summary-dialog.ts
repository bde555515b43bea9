// The pauses: a congress's results, and the quarter's summary (what changed, votes, what next).
import { GATHERINGS } from '../../content/congresses.ts';
import type { GameContext } from '../../machine/game-machine.ts';
import { currentQuarter, quarterLabel, quarterOf } from '../../sim/calendar.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { h } from '../dom.ts';
import type { TurnSummary } from '../session/summary.ts';
import { button, openDialog, type OpenDialog } from './dialog.ts';
import { linkify } from './refs.ts';
import { voteTable } from './vote-table.ts';

const TREND: Record<string, string> = { up: '\u25b2 ', down: '\u25bc ', same: '\u2022 ' };

export function openSummaryDialog(
  summary: TurnSummary,
  nextLabel: string,
  onContinue: () => void,
  lead: HTMLElement | null = null,
): OpenDialog {
  let dialog: OpenDialog | null = null;
  const go = button(
    `Continue to ${nextLabel}`,
    () => {
      dialog?.close();
      onContinue();
    },
    { primary: true },
  );
  dialog = openDialog({
    title: `Quarter summary: ${summary.title}`,
    kicker: 'What changed',
    closable: false,
    body: [
      lead,
      h(
        'ul',
        { class: 'changes' },
        ...summary.changes.map((c) =>
          h(
            'li',
            null,
            h('span', { class: c.trend, 'aria-hidden': 'true' }, TREND[c.trend]),
            c.trend === 'up'
              ? h('span', { class: 'visually-hidden' }, 'Better: ')
              : c.trend === 'down'
                ? h('span', { class: 'visually-hidden' }, 'Worse: ')
                : null,
            ...linkify(c.text, { people: false }),
          ),
        ),
      ),
      h('p', null, h('strong', null, summary.next)),
      summary.votes.length > 0
        ? h('h3', null, `Votes this quarter (${summary.votes.length})`)
        : h('p', { class: 'hint' }, 'No votes were held this quarter.'),
      ...summary.votes.map((v) => voteTable(v, summary.viewer)),
    ],
    actions: [go],
  });
  return dialog;
}

export function openCongressDialog(
  ctx: GameContext,
  human: ContenderId,
  onContinue: () => void,
  lead: HTMLElement | null = null,
): OpenDialog {
  const game = ctx.game;
  const quarter = currentQuarter(game);
  const gatherings = GATHERINGS.filter((g) => quarterOf(g.date) === quarter);
  const lines = game.log.filter(
    (l) =>
      l.turn === game.turn &&
      l.kind === 'congress' &&
      (!l.visibleTo || l.visibleTo.includes(human)),
  );
  const votes = game.votes.filter((v) => v.turn === game.turn && v.body === 'congress');
  let dialog: OpenDialog | null = null;
  const go = button(
    'Continue',
    () => {
      dialog?.close();
      onContinue();
    },
    { primary: true },
  );
  dialog = openDialog({
    title: gatherings.map((g) => g.title).join(' and ') || 'The Party Congress',
    kicker: `Congress \u00b7 ${quarterLabel(quarter)}`,
    closable: false,
    body: [
      lead,
      h(
        'ul',
        { class: 'changes' },
        ...lines.map((l) => h('li', null, ...linkify(l.text, { people: false }))),
      ),
      ...votes.map((v) => voteTable(v, human)),
    ],
    actions: [go],
  });
  return dialog;
}
