// The chronicle: the log the player may see, with the AI's reasons, each line with its cause
// one click away (the vote's ballots, the event's history, the rule).
import type { GameContext } from '../../machine/game-machine.ts';
import type { ContenderId } from '../../sim/ids.ts';
import { h, replaceChildren } from '../dom.ts';
import {
  causeInfo,
  chronicleLines,
  turnHeading,
  type ChronicleLine,
} from '../session/chronicle.ts';
import { voteTable } from './vote-table.ts';

const PAGE = 4;

export class ChroniclePanel {
  private quarters = PAGE;
  private lastKey = '';

  constructor(readonly root: HTMLElement) {}

  render(ctx: GameContext, human: ContenderId, force = false): void {
    const key = `${ctx.game.log.length}:${ctx.notes.length}:${this.quarters}`;
    if (key === this.lastKey && !force) return;
    this.lastKey = key;
    const lines = chronicleLines(ctx.game, ctx.notes, human);
    const byTurn = new Map<number, ChronicleLine[]>();
    for (const l of lines) {
      const list = byTurn.get(l.turn) ?? [];
      list.push(l);
      byTurn.set(l.turn, list);
    }
    const turns = [...byTurn.keys()].sort((a, b) => b - a);
    const shown = turns.slice(0, this.quarters);
    const out: Node[] = [
      h('h2', { class: 'move-head', tabindex: -1 }, 'Chronicle'),
      h(
        'p',
        { class: 'hint' },
        'Newest quarter first. Each line ends with its cause in brackets: choose it to see the vote, the event or the rule.',
      ),
    ];
    for (const t of shown) {
      out.push(h('h3', null, turnHeading(ctx.game, t)));
      out.push(
        h(
          'ol',
          null,
          ...(byTurn.get(t) ?? [])
            .filter((l) => !/^\u2014 .* \u2014$/.test(l.text))
            .map((l) => this.line(l, ctx, human)),
        ),
      );
    }
    if (turns.length > shown.length) {
      out.push(
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              this.quarters += PAGE;
              this.render(ctx, human, true);
            },
          },
          `Show earlier quarters (${turns.length - shown.length} more)`,
        ),
      );
    }
    replaceChildren(this.root, h('div', { class: 'chronicle' }, ...out));
  }

  private line(l: ChronicleLine, ctx: GameContext, human: ContenderId): HTMLElement {
    const cls = [l.kind, l.actor === human ? 'mine' : ''].join(' ');
    const li = h(
      'li',
      { class: cls },
      l.kind === 'note' ? `${nameFor(l.actor)}\u2019s reasoning: ${l.text}` : l.text,
    );
    const info = causeInfo(l.cause, ctx.game);
    if (info && l.cause !== 'rule:turn') {
      const detail = h('span', { class: 'cause-detail', hidden: true });
      const btn = h(
        'button',
        {
          type: 'button',
          class: 'link cause',
          'aria-expanded': 'false',
          'aria-label': `Cause: ${info.label}`,
        },
        `[${info.label.length > 42 ? `${info.label.slice(0, 41)}\u2026` : info.label}]`,
      );
      btn.addEventListener('click', () => {
        const opening = detail.hidden;
        detail.hidden = !opening;
        btn.setAttribute('aria-expanded', String(opening));
        if (opening && detail.childElementCount === 0 && !detail.textContent) {
          const vote = l.cause?.startsWith('vote:')
            ? ctx.game.votes.find((v) => `vote:${v.id}` === l.cause)
            : undefined;
          detail.append(h('strong', null, info.label), ' ', info.detail);
          if (vote) detail.append(voteTable(vote, human));
        }
      });
      li.append(btn, detail);
    }
    return li;
  }
}

function nameFor(id: ContenderId | undefined): string {
  return id ? id.charAt(0).toUpperCase() + id.slice(1) : 'Someone';
}
