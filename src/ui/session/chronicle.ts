// The chronicle: the player's log (view.log) with the AI's reasons woven in, each line with its cause.
import type { AiNote } from '../../machine/game-machine.ts';
import { EVENT_BY_ID } from '../../content/events.ts';
import { GATHERINGS } from '../../content/congresses.ts';
import { quarterLabel } from '../../sim/calendar.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { GameState, LogEntry } from '../../sim/types.ts';

export interface ChronicleLine {
  /** Index in the full log (stable; notes share their action's index). */
  index: number;
  turn: number;
  kind: LogEntry['kind'] | 'note';
  text: string;
  actor?: ContenderId;
  cause?: string;
}

function visible(entry: LogEntry, viewer: ContenderId): boolean {
  return !entry.visibleTo || entry.visibleTo.includes(viewer);
}

/**
 * Log lines the viewer may see, and the AI's reason before the lines its action produced.
 * A note whose action left only secret lines stays hidden, so it cannot leak a secret deal.
 */
export function chronicleLines(
  game: GameState,
  notes: AiNote[],
  viewer: ContenderId,
): ChronicleLine[] {
  const byIndex = new Map<number, AiNote[]>();
  for (const n of notes) {
    const list = byIndex.get(n.logIndex) ?? [];
    list.push(n);
    byIndex.set(n.logIndex, list);
  }
  const out: ChronicleLine[] = [];
  game.log.forEach((entry, i) => {
    if (!visible(entry, viewer)) return;
    for (const n of byIndex.get(i) ?? []) {
      out.push({ index: i, turn: n.turn, kind: 'note', text: n.text, actor: n.contender });
    }
    out.push({
      index: i,
      turn: entry.turn,
      kind: entry.kind,
      text: entry.text,
      actor: entry.actor,
      cause: entry.cause,
    });
  });
  return out;
}

const RULES: Record<string, string> = {
  turn: 'A new quarter begins: events, then actions, then votes.',
  appoint:
    'Appointing secretaries: the General Secretary and the Orgburo can place loyal secretaries anywhere; local party chiefs only in their own city.',
  recruit: 'Recruiting: new members add delegates and may bring a loyal secretary.',
  speak: 'Speeches move a region\u2019s mood towards the speaker\u2019s position.',
  publish: 'Articles and pamphlets move prestige and opinion.',
  denounce:
    'Denouncing a rival raises his \u201cheat\u201d: the charge of factionalism under the 1921 ban on factions.',
  platform: 'An opposition platform rallies support but invites condemnation as factionalism.',
  sign_platform:
    'Signing an ally\u2019s platform: nobody is signed up without his consent, but whoever signs shares the heat and can be voted out of the Politburo.',
  alliance: 'Secret understandings: allies vote together.',
  rest: 'Resting restores health.',
  court:
    'Courting a waverer: a Politburo member with views of his own (Kalinin, Voroshilov, Rudzutak, Kuibyshev, Ordzhonikidze) may be won over; he then votes with you where you and his patron disagree, and his patron cannot win him back before the next quarter.',
  rally_army:
    'The army card: the War Commissar rallies the army\u2019s party cells, and every rival fears a Bonaparte.',
  recant:
    'Admitting one\u2019s errors: it cools heat and buys a truce of three quarters from rivals\u2019 charges, and from motions to drop one from the Central Committee or expel one.',
  floor_delegates:
    'Open debate: a popular leader close to a region\u2019s mood wins some of the delegates no secretary picked, and so Central Committee seats, at a cost in heat.',
  illness: 'Each quarter a contender in poor health may fall ill.',
  harvest: 'The harvest is drawn each year: it decides how much grain the state can buy.',
  procurement:
    'Grain procurement: if the state buys less grain than the towns and army need, the Politburo must choose a grain policy.',
  vacancy: 'An empty post is filled by a client of whoever runs the Secretariat.',
  cc_election:
    'A congress elects the Central Committee: delegates chosen by the secretaries elect it (the circular flow of power).',
  end: 'The game ends at the close of 1929, or earlier when one contender is supreme.',
};

/** A short label and explanation of what caused a log line. */
export function causeInfo(
  cause: string | undefined,
  game: GameState,
): { label: string; detail: string } | null {
  if (!cause) return null;
  const [kind, id] = [cause.slice(0, cause.indexOf(':')), cause.slice(cause.indexOf(':') + 1)];
  switch (kind) {
    case 'vote': {
      const vote = game.votes.find((v) => String(v.id) === id);
      return {
        label: `Vote: ${vote ? vote.title : `#${id}`}`,
        detail: vote
          ? `${vote.passed ? 'Passed' : 'Failed'} ${vote.yes}\u2013${vote.no}.`
          : 'A vote.',
      };
    }
    case 'event': {
      const def = EVENT_BY_ID[id];
      return { label: `Event: ${def ? def.title : id}`, detail: def ? def.history : '' };
    }
    case 'congress': {
      const g = GATHERINGS.find((x) => x.id === id);
      return { label: g ? g.title : 'Congress', detail: g ? g.note : '' };
    }
    case 'rule': {
      const text = RULES[id];
      return {
        label: `Rule: ${id.replace(/_/g, ' ')}`,
        detail: text ?? 'One of the game\u2019s rules.',
      };
    }
    default:
      return { label: cause, detail: '' };
  }
}

export function turnHeading(game: GameState, turn: number): string {
  return quarterLabel(game.startQuarter + turn);
}
