// "Your move": what the player must decide now. Actions come only from legalActions, grouped
// by previewAction's group, each showing cost, chance and effect before the player commits.
import type { GameContext, GameEvent } from '../../machine/game-machine.ts';
import { previewAction, type ActionPreview } from '../../sim/actions/table.ts';
import { legalActions } from '../../sim/flow.ts';
import { openPlatformOf, SIGNING_QUARTERS } from '../../sim/actions/struggle.ts';
import { currentQuarter } from '../../sim/calendar.ts';
import { nameOf } from '../../sim/query.ts';
import {
  heatWarning,
  motionForecast,
  unavailableActions,
  worstHeatAfter,
  type MotionForecast,
  type Unavailable,
} from '../../sim/feedback.ts';
import { forecastNumbers, forecastWords } from './motion-forecast.ts';
import { unavailableIn, unavailableItem } from './unavailable.ts';
import { view, type PlayerView } from '../../sim/view.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { Action } from '../../sim/types.ts';
import { h, pct, replaceChildren, uid } from '../dom.ts';
import type { Stage } from '../session/session.ts';
import { ifPassedWords } from './motion-effect.ts';
import { linkify } from './refs.ts';
import { ballotPanel } from './ballot-panel.ts';
import { newsCard, resultCard, tabledCard } from './feedback-cards.ts';
import { tabledMotions } from '../session/tabled.ts';
import { secretariatNotice } from '../session/secretariat-words.ts';
import { politburoVoteAhead } from '../session/vote-ahead-words.ts';
import type { Notice } from '../session/notice.ts';
import { AdviceBox } from './advice-box.ts';
import type { News } from '../session/news.ts';
import type { MoveResult } from '../session/results.ts';

type Group = ActionPreview['group'];

const GROUPS: { id: Group; title: string; blurb: string }[] = [
  {
    id: 'apparatus',
    title: 'The party machine',
    blurb: 'Place loyal secretaries and recruit: they pick the delegates.',
  },
  { id: 'persuade', title: 'Persuade', blurb: 'Speeches and articles move moods and prestige.' },
  {
    id: 'motions',
    title: 'Motions',
    blurb: 'Put a proposal to the vote at the end of the quarter.',
  },
  { id: 'alliances', title: 'Alliances', blurb: 'Secret understandings: allies vote together.' },
  {
    id: 'attack',
    title: 'Attack a rival',
    blurb:
      'Pamphlets, denunciations, an opposition platform (your own, or an ally\u2019s to sign).',
  },
  { id: 'self', title: 'Yourself', blurb: 'Rest to recover your health, or admit your errors.' },
];

export interface MoveHandlers {
  send: (event: GameEvent) => void;
  openEvent: () => void;
  openPause: () => void;
  /** The player asked the adviser (counted for the report). */
  adviceAsked: () => void;
}

interface Item {
  action: Action;
  preview: ActionPreview;
  /** Set when the action could push the player's heat over one of the rules' lines. */
  danger: string | null;
  /** For a motion: how the vote is likely to go. */
  forecast: MotionForecast | null;
}

export class MovePanel {
  private openGroups = new Set<Group>(['apparatus']);
  /** Notices the player folded, by kind and turn: read once, they stay out of the way. */
  private foldedNotices = new Set<string>();
  private selected: string | null = null;
  /** The answer to the player's last move, shown until the next one. */
  result: MoveResult | null = null;
  /** What happened since the player's last turn (shown above the actions). */
  news: News | null = null;
  private advice: AdviceBox;

  constructor(
    readonly root: HTMLElement,
    private handlers: MoveHandlers,
  ) {
    this.advice = new AdviceBox(() => this.handlers.adviceAsked());
  }

  render(ctx: GameContext, stage: Stage, human: ContenderId, eventTitle: string | null): void {
    switch (stage) {
      case 'events':
        this.renderEvent(eventTitle);
        return;
      case 'actions':
        this.renderActions(ctx, human);
        return;
      case 'votes':
        this.renderBallot(ctx, human);
        return;
      case 'congress':
      case 'resolution':
        this.renderPause(stage);
        return;
      default:
        // The results open once the board has shown the last quarter's votes.
        replaceChildren(
          this.root,
          h('p', null, 'The game is over.'),
          h('p', { class: 'hint' }, 'Your results open when the board has shown the last votes.'),
        );
    }
  }

  /**
   * A `hard` rival plans his move in the page's workers while the game waits: say so, with no
   * buttons (the game takes no move until he has made his). The next render replaces it.
   */
  showThinking(seat: ContenderId): void {
    const hadFocus = this.root.contains(document.activeElement);
    replaceChildren(
      this.root,
      h('h2', { class: 'move-head', tabindex: -1 }, 'Your rivals are moving'),
      h(
        'p',
        { class: 'rival-thinking', role: 'status', 'aria-live': 'polite' },
        `${nameOf(seat)} is weighing his move\u2026`,
      ),
      h(
        'p',
        { class: 'hint' },
        'At the hard level each rival tries his best moves in a few imagined futures before he opens his quarter.',
      ),
    );
    // The button just pressed is gone: keep the keyboard in the panel.
    if (hadFocus) this.focus();
  }

  /** Put the keyboard focus on the last move's result, else on the panel's heading. */
  focus(onResult = false): void {
    const target = onResult ? this.root.querySelector('.result-card') : null;
    ((target ?? this.root.querySelector('.move-head')) as HTMLElement | null)?.focus();
  }

  /** The heading, then the last move's result right under it. */
  private heading(text: string, extra?: Node): DocumentFragment {
    const f = document.createDocumentFragment();
    f.append(h('h2', { class: 'move-head', tabindex: -1 }, text, extra ? ' ' : '', extra ?? null));
    if (this.result) f.append(resultCard(this.result));
    return f;
  }

  private renderEvent(title: string | null): void {
    replaceChildren(
      this.root,
      this.heading('An event needs your answer'),
      h(
        'p',
        null,
        title
          ? `\u201c${title}\u201d: read it and choose what you do.`
          : 'Read the event and choose.',
      ),
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => this.handlers.openEvent() },
        'Read the event and answer',
      ),
    );
  }

  private renderPause(stage: 'congress' | 'resolution'): void {
    replaceChildren(
      this.root,
      this.heading(stage === 'congress' ? 'The congress has met' : 'The quarter is over'),
      h(
        'p',
        null,
        stage === 'congress'
          ? 'See how the delegates voted.'
          : 'See what changed, then go on to the next quarter.',
      ),
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => this.handlers.openPause() },
        stage === 'congress' ? 'Show the congress results' : 'Show the quarter summary',
      ),
    );
  }

  private renderActions(ctx: GameContext, human: ContenderId): void {
    const game = ctx.game;
    const v = view(game, human);
    const ap = game.actionPoints[human] ?? 0;
    const legal = legalActions(game, human);
    const heat = game.contenders[human].heat;
    const items: Item[] = legal.map((action) => ({
      action,
      preview: previewAction(v, action),
      danger:
        action.type === 'end' ? null : heatWarning(game, human, heat, worstHeatAfter(game, action)),
      forecast: action.type === 'motion' ? motionForecast(v, human, action.motion) : null,
    }));
    const end = items.find((i) => i.action.type === 'end');
    const offers = game.offers.filter((o) => o.to === human);
    const children: Node[] = [
      this.heading(
        'Your actions',
        h('span', { class: 'ap', 'aria-label': `${ap} action points left` }, `${ap} AP left`),
      ),
      h(
        'p',
        { class: 'hint' },
        'Choose an action to see its cost, its chance and what it does, then confirm. End your turn when you are done.',
      ),
    ];
    // The quarter's one chance at the Secretariat comes first: it is the opening most easily missed.
    const election = secretariatNotice(v);
    if (election) children.push(this.noticeBox('secretariat-notice', election, game.turn));
    // The great votes come at the start of a quarter, before anyone acts: this is the last chance.
    const ahead = politburoVoteAhead(v);
    if (ahead) children.push(this.noticeBox('vote-ahead-notice', ahead, game.turn));
    const tabled = tabledMotions(game, human);
    if (tabled.length > 0) children.push(tabledCard(tabled));
    if (this.news) children.push(newsCard(this.news, this.result?.kind === 'action'));
    for (const o of offers) {
      children.push(
        h(
          'div',
          { class: 'note-box', role: 'note' },
          `${nameOf(o.from)} offers you a secret understanding. Accept or turn it down under \u201cAlliances\u201d.`,
        ),
      );
      this.openGroups.add('alliances');
    }
    // An ally's platform waits for the player's name: easy to miss under "Attack a rival".
    for (const i of items) {
      if (i.action.type !== 'sign_platform') continue;
      const leader = i.action.leader;
      const open = openPlatformOf(game, human, leader);
      const when =
        open && open.since + SIGNING_QUARTERS > game.turn
          ? 'this quarter or the next'
          : 'this quarter only';
      children.push(
        h(
          'div',
          { class: 'note-box', role: 'note' },
          `${nameOf(leader)}, your ally, has published an opposition platform. You may add your name ${when}, at no action point, or leave it: nobody signs for you. Decide under \u201cAttack a rival\u201d.`,
        ),
      );
      this.openGroups.add('attack');
    }
    const buttons = h('div', { class: 'move-buttons' });
    if (ctx.undo) {
      buttons.append(
        h(
          'button',
          { type: 'button', onclick: () => this.handlers.send({ type: 'ui.undo' }) },
          'Undo your last action',
        ),
      );
    }
    if (end) {
      buttons.append(
        h(
          'button',
          {
            type: 'button',
            class: 'primary end-turn',
            onclick: () => this.handlers.send({ type: 'player.endTurn' }),
          },
          ap > 0 ? `End your turn (${ap} AP unused)` : 'End your turn',
        ),
      );
    }
    children.push(buttons);
    if (legal.length > 1) children.push(this.advice.render(game, ctx.actions.length, human));
    const unavailable = unavailableActions(game, human);
    for (const g of GROUPS) {
      const list = items.filter((i) => i.preview.group === g.id);
      const greyed = unavailableIn(unavailable, g.id);
      if (list.length === 0 && greyed.length === 0) continue;
      children.push(this.group(g, list, v, greyed));
    }
    // Anything the rules list that fits no group above is still offered.
    const known = new Set<Group>(GROUPS.map((g) => g.id));
    const other = items.filter((i) => i.action.type !== 'end' && !known.has(i.preview.group));
    if (other.length > 0)
      children.push(
        this.group({ id: other[0].preview.group, title: 'Other', blurb: '' }, other, v),
      );
    if (legal.length <= 1)
      children.push(h('p', null, 'Nothing more you can do this quarter: end your turn.'));
    replaceChildren(this.root, ...children);
  }

  /**
   * A notice of the quarter's moment (an election, a vote ahead): its title, then its lines. Open
   * when it first shows; folded by the player, it stays folded for the quarter, so the actions
   * come up to the top of the panel.
   */
  private noticeBox(kind: string, notice: Notice, turn: number): HTMLElement {
    const key = `${kind}|${turn}`;
    const box = h(
      'details',
      // No role: a details element keeps its own (a disclosure a screen reader can open).
      { class: `note-box notice ${kind}`, open: !this.foldedNotices.has(key) },
      h('summary', null, h('strong', null, notice.title)),
      h('ul', { class: 'notice-lines' }, ...notice.lines.map((line) => h('li', null, line))),
    );
    box.addEventListener('toggle', () => {
      if (box.open) this.foldedNotices.delete(key);
      else this.foldedNotices.add(key);
    });
    return box;
  }

  private group(
    g: (typeof GROUPS)[number],
    list: Item[],
    v: PlayerView,
    greyed: Unavailable[] = [],
  ): HTMLElement {
    const details = h('details', { class: 'action-group', open: this.openGroups.has(g.id) });
    details.addEventListener('toggle', () => {
      if (details.open) this.openGroups.add(g.id);
      else this.openGroups.delete(g.id);
    });
    const ul = h('ul', { class: 'action-list' });
    for (const item of list) ul.append(this.actionItem(item, v));
    for (const u of greyed) ul.append(unavailableItem(u));
    details.append(
      h(
        'summary',
        null,
        `${g.title} (${list.length})`,
        greyed.length > 0
          ? h('span', { class: 'not-now' }, ` \u00b7 ${greyed.length} not now`)
          : null,
      ),
      h('p', { class: 'hint', style: 'margin:0 8px 6px' }, g.blurb),
      ul,
    );
    return details;
  }

  private actionItem(item: Item, v: PlayerView): HTMLElement {
    const key = JSON.stringify(item.action);
    const p = item.preview;
    const detailId = uid('act');
    const open = this.selected === key;
    const numbers = `${p.cost} AP \u00b7 ${item.forecast ? forecastNumbers(item.forecast) : p.chance >= 1 ? 'certain' : pct(p.chance)}`;
    const btn = h(
      'button',
      {
        type: 'button',
        class: 'action-btn',
        'aria-expanded': open ? 'true' : 'false',
        'aria-controls': detailId,
        onclick: () => {
          this.selected = open ? null : key;
          const li = btn.closest('li');
          if (li) li.replaceWith(this.actionItem(item, v));
          const again = this.root.querySelector(
            `[aria-controls="${detailId}"]`,
          ) as HTMLElement | null;
          const confirm = this.root.querySelector('.action-detail .primary') as HTMLElement | null;
          if (confirm) confirm.focus();
          else again?.focus();
        },
      },
      h('span', null, p.title),
      h('span', { class: 'numbers' }, numbers),
      item.danger
        ? h('span', { class: 'danger' }, '\u26a0 Danger: raises your heat past a line')
        : null,
    );
    const li = h('li', null, btn);
    if (open) {
      li.append(
        h(
          'div',
          { class: 'action-detail', id: detailId },
          h(
            'dl',
            null,
            h('dt', null, 'Cost'),
            h('dd', null, `${p.cost} action point${p.cost === 1 ? '' : 's'}`),
            h('dt', null, 'Chance'),
            item.forecast
              ? forecastWords(item.forecast)
              : h('dd', null, p.chance >= 1 ? 'Certain' : `${pct(p.chance)} chance it works`),
            h('dt', null, 'Effect'),
            h(
              'dd',
              null,
              // A motion's preview tells the cost of tabling it; what it does comes first.
              ...linkify(
                item.action.type === 'motion'
                  ? `${ifPassedWords(item.action.motion, currentQuarter(v), item.action.actor)} ${p.effect}`
                  : p.effect,
                { people: false },
              ),
            ),
          ),
          item.danger ? h('p', { class: 'danger', role: 'note' }, `\u26a0 ${item.danger}`) : null,
          h(
            'div',
            { class: 'move-buttons' },
            h(
              'button',
              {
                type: 'button',
                class: 'primary',
                onclick: () => {
                  this.selected = null;
                  this.handlers.send({ type: 'player.act', action: item.action });
                },
              },
              `Do it: ${p.title}`,
            ),
            h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  this.selected = null;
                  li.replaceWith(this.actionItem(item, v));
                  (
                    this.root.querySelector(`[aria-controls="${detailId}"]`) as HTMLElement | null
                  )?.focus();
                },
              },
              'Cancel',
            ),
          ),
        ),
      );
    }
    return li;
  }

  private renderBallot(ctx: GameContext, human: ContenderId): void {
    const ballot = ballotPanel(ctx, human, this.handlers.send);
    if (!ballot) {
      replaceChildren(this.root, this.heading('Votes'), h('p', null, 'Waiting for the count.'));
      return;
    }
    replaceChildren(this.root, this.heading(ballot.title), ...ballot.body);
  }
}
