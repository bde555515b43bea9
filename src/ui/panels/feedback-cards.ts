// The cards that answer the player: the result of the last move, the quarter's news, and the
// moment of a fall. Text reaches the page only as text nodes.
import { h, uid } from '../dom.ts';
import type { News } from '../session/news.ts';
import type { Moment } from '../session/moments.ts';
import type { MoveResult } from '../session/results.ts';
import type { TabledMotion } from '../session/tabled.ts';
import { button, openDialog, type OpenDialog } from './dialog.ts';
import { linkify } from './refs.ts';

/** The word before the title: did it work (an action), did it pass (a vote)? */
function badge(r: MoveResult): string | null {
  if (r.tone === 'refused') return 'Refused';
  // A vote's word is its outcome; its colour (the tone) says whether that was good for you.
  if (r.kind === 'vote' && r.passed !== undefined) return r.passed ? 'Passed' : 'Rejected';
  if (r.tone === 'neutral') return null;
  return r.tone === 'good' ? 'It worked' : 'It did not work';
}

/** The result of the player's last move; it takes the focus so a screen reader reads it. */
export function resultCard(r: MoveResult, compact = false): HTMLElement {
  const id = uid('result');
  return h(
    'section',
    {
      class: `result-card tone-${r.tone}${compact ? ' compact' : ''}`,
      'aria-labelledby': id,
      tabindex: -1,
      'data-testid': 'result-card',
    },
    h('h3', { id }, badge(r) ? h('span', { class: 'tone' }, `${badge(r)}: `) : null, r.title),
    r.lines.length > 0
      ? h(
          'ul',
          { class: 'result-lines' },
          ...r.lines.map((l) => h('li', null, ...linkify(l, { people: false }))),
        )
      : null,
    r.changes.length > 0
      ? h('ul', { class: 'result-changes' }, ...r.changes.map((c) => h('li', null, c)))
      : null,
  );
}

/**
 * The rivals' motions already waiting for this quarter's vote, shown while there is still time
 * to answer them with the quarter's actions; one aimed at the player stands out.
 */
export function tabledCard(tabled: TabledMotion[]): HTMLElement {
  const id = uid('tabled');
  return h(
    'section',
    { class: 'tabled-card', 'aria-labelledby': id, 'data-testid': 'tabled-card' },
    h('h3', { id }, 'Already tabled for the vote at the end of this quarter'),
    h(
      'ul',
      null,
      ...tabled.map((t) =>
        h(
          'li',
          { class: t.againstYou ? 'important' : null },
          ...linkify(t.againstYou ? `${t.text} \u2014 aimed at you.` : `${t.text}.`, {
            people: false,
          }),
        ),
      ),
    ),
  );
}

/** What happened since the player's last turn; the record's events carry their real date. */
export function newsCard(news: News, folded = false): HTMLElement {
  const id = uid('news');
  const body = newsBody(news);
  // Once the player has acted, the news folds away so the actions come first.
  if (folded)
    return h(
      'details',
      { class: 'news-card folded', 'data-testid': 'news-card' },
      h('summary', null, `News since your last turn (${news.items.length})`),
      ...body,
    );
  return h(
    'section',
    { class: 'news-card', 'aria-labelledby': id, 'data-testid': 'news-card' },
    h('h3', { id }, 'News since your last turn'),
    ...body,
  );
}

function newsBody(news: News): (HTMLElement | null)[] {
  return [
    news.items.length === 0
      ? h('p', { class: 'hint' }, 'A quiet quarter: nothing of note happened.')
      : h(
          'ul',
          null,
          ...news.items.map((item) =>
            h(
              'li',
              { class: item.record ? 'record' : item.important ? 'important' : null },
              item.record
                ? h(
                    'span',
                    { class: 'record-mark' },
                    item.happened
                      ? `In the record, ${item.record}: `
                      : `In the record, ${item.record} (not in your game): `,
                  )
                : null,
              ...linkify(item.text, { people: false }),
            ),
          ),
        ),
    news.more > 0 ? h('p', { class: 'hint' }, `${news.more} more in the Chronicle tab.`) : null,
  ];
}

/**
 * Falls, as a moment of their own: one dialog for the falls that came together (the player's
 * own first), so a quarter in which three leaders fall asks for one click, not three.
 */
export function openMomentDialog(moments: Moment[], onContinue: () => void): OpenDialog {
  let dialog: OpenDialog | null = null;
  const first = moments[0];
  const mine = first.mine;
  const title = moments.length === 1 || mine ? first.title : 'Falls in the leadership';
  const kicker = mine
    ? moments.length > 1
      ? 'A blow to you, and others fall'
      : 'A blow to you'
    : moments.length === 1
      ? 'A rival falls'
      : 'Rivals fall';
  dialog = openDialog({
    title,
    kicker,
    className: `moment-dialog${mine ? ' mine' : ''}`,
    closable: false,
    body: moments.flatMap((m) => [
      moments.length > 1 ? h('h3', null, m.title) : null,
      h('p', null, ...linkify(m.meaning, { people: false })),
    ]),
    actions: [
      button(
        'Continue',
        () => {
          dialog?.close();
          onContinue();
        },
        { primary: true },
      ),
    ],
  });
  return dialog;
}

/** The words of a fall for the live region. */
export function momentWords(moments: Moment[]): string {
  return moments.map((m) => `${m.title}. ${m.meaning}`).join(' ');
}
