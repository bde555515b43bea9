// An event to answer: its text, the question, each choice with what it will do, and
// "what really happened" one click away.
import { EVENT_BY_ID } from '../../content/events.ts';
import type { EventOption } from '../../content/types.ts';
import { heatAfterOption, heatWarning } from '../../sim/feedback.ts';
import type { GameContext, GameEvent } from '../../machine/game-machine.ts';
import { dateLabel } from '../../sim/calendar.ts';
import { eventForm, optionsFor } from '../../sim/events.ts';
import { legalActions } from '../../sim/flow.ts';
import type { GameState, PendingEvent } from '../../sim/types.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { h } from '../dom.ts';
import { choiceAsSeenBy } from '../session/event-choices.ts';
import { politburoBalance } from '../session/politburo-words.ts';
import { view } from '../../sim/view.ts';
import { openDialog, type OpenDialog } from './dialog.ts';
import { linkify } from './refs.ts';

export interface EventPrompt {
  key: string;
  title: string;
}

/** The event the player must answer now, and the choices legalActions offers for it. */
function pendingFor(
  game: GameState,
  human: ContenderId,
): { pending: PendingEvent; choices: string[] } | null {
  const answers = legalActions(game, human).filter((a) => a.type === 'answer');
  const first = answers[0];
  if (!first || first.type !== 'answer') return null;
  const pending = game.pendingEvents.find((p) => p.id === first.event);
  if (!pending) return null;
  return { pending, choices: answers.map((a) => (a.type === 'answer' ? a.choice : '')) };
}

/** The event waiting for the player's answer, if any. */
export function eventPrompt(ctx: GameContext, human: ContenderId): EventPrompt | null {
  const pending = pendingFor(ctx.game, human)?.pending;
  if (!pending) return null;
  const def = EVENT_BY_ID[pending.id];
  return { key: `${ctx.game.turn}:${pending.id}`, title: def ? def.title : pending.id };
}

/** A warning in words when the option would push the player's heat over a line. */
function danger(game: GameState, human: ContenderId, option: EventOption): HTMLElement | null {
  const from = game.contenders[human].heat;
  const words = heatWarning(game, human, from, heatAfterOption(game, option, human));
  return words ? h('span', { class: 'danger' }, `\u26a0 ${words}`) : null;
}

export function openEventDialog(
  ctx: GameContext,
  human: ContenderId,
  send: (e: GameEvent) => void,
  lead: HTMLElement | null = null,
): OpenDialog | null {
  const found = pendingFor(ctx.game, human);
  if (!found) return null;
  const { pending, choices } = found;
  const def = EVENT_BY_ID[pending.id];
  if (!def) return null;
  const form = eventForm(def, pending.adapted);
  const all = optionsFor(ctx.game, pending, human);
  // Only what the rules list as legal becomes a button.
  const options = all.filter((o) => choices.includes(o.id));
  const choice = form.choices.find((c) => c.options === all);
  // A vote on the player's own man speaks to him, and does not offer "remove yourself" first.
  const shown = choiceAsSeenBy(ctx.game, choice, options, human);
  const prompt = shown.prompt;
  // Some answers are one vote among the Politburo's: say so, so the result is no surprise.
  const byVote = choice?.who === 'politburo';
  let dialog: OpenDialog | null = null;
  const buttons = shown.options.map(({ option: o, label, preview }) =>
    h(
      'button',
      {
        type: 'button',
        class: 'option-btn',
        onclick: () => {
          dialog?.close();
          send({ type: 'player.answerEvent', event: pending.id, choice: o.id });
        },
      },
      h('strong', null, label),
      h('span', null, preview),
      danger(ctx.game, human, o),
    ),
  );
  dialog = openDialog({
    title: def.title,
    kicker: `Event \u00b7 ${dateLabel(ctx.game)}`,
    className: 'event-dialog',
    body: [
      lead,
      h('p', { class: 'event-text' }, ...linkify(form.text)),
      h('p', null, h('strong', null, prompt)),
      byVote
        ? h(
            'p',
            { class: 'note-box', role: 'note' },
            'The Politburo decides this by a vote: your answer is your vote, and the answer with the most votes wins.',
            !shown.onTie
              ? ''
              : shown.proposal
                ? ` A proposal needs a majority: if the votes are even, \u201c${shown.onTie}\u201d stands.`
                : ` If the votes are even, \u201c${shown.onTie}\u201d stands.`,
            ` How it leans: ${politburoBalance(view(ctx.game, human), { forVote: true })} Each leader's followers vote as he answers. You will see the count.`,
          )
        : null,
      h('div', { class: 'options', role: 'group', 'aria-label': 'Your choices' }, ...buttons),
      h(
        'details',
        { class: 'history' },
        h('summary', null, 'What really happened'),
        h('p', null, ...linkify(def.history)),
        h('p', { class: 'hint' }, `Checked against: ${def.ref}`),
      ),
    ],
  });
  buttons[0]?.focus();
  return dialog;
}
