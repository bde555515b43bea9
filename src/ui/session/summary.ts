// The quarter's summary: what changed for the player between two board pictures, in words.
import { quarterLabel } from '../../sim/calendar.ts';
import { PRESTIGE_REST, prestigeFadeInto } from '../../sim/resolution.ts';
import type { ContenderId } from '../../sim/ids.ts';
import type { GameState, VoteRecord } from '../../sim/types.ts';
import type { BoardModel, RegionModel } from '../board/model.ts';
import { REGION_INFO, regionInSentence } from '../../content/people.ts';
import { STATUS_LABEL } from '../board/palette.ts';
import { heatWords } from '../board/heat.ts';

export interface Change {
  text: string;
  trend: 'up' | 'down' | 'same';
}

export interface TurnSummary {
  title: string;
  viewer: ContenderId;
  changes: Change[];
  votes: VoteRecord[];
  next: string;
}

function trendOf(delta: number): Change['trend'] {
  return delta > 0.05 ? 'up' : delta < -0.05 ? 'down' : 'same';
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `\u2212${-n}`;
}

function share(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** `before` is the board at the start of the quarter (null when unknown, e.g. after loading). */
export function summarise(
  before: BoardModel | null,
  after: BoardModel,
  game: GameState,
  turn: number,
): TurnSummary {
  const endedQuarter = game.startQuarter + turn;
  const me = after.seats.find((s) => s.id === after.viewer);
  const was = before?.seats.find((s) => s.id === after.viewer) ?? null;
  const changes: Change[] = [];
  if (me) {
    const d = was ? me.delegateShare - was.delegateShare : 0;
    changes.push({
      trend: trendOf(d * 100),
      text: was
        ? `Your share of congress delegates: ${share(was.delegateShare)} \u2192 ${share(me.delegateShare)}.`
        : `Your share of congress delegates: ${share(me.delegateShare)}.`,
    });
    const dp = was ? me.prestige - was.prestige : 0;
    // The summary follows the end of a quarter, whose fading of prestige no chronicle line tells.
    const fade = Math.round(prestigeFadeInto(me.prestige));
    const fading =
      fade !== 0
        ? ` Prestige fades towards ${PRESTIGE_REST} each quarter unless you keep it up: ${signed(fade)}.`
        : '';
    changes.push({
      trend: trendOf(dp),
      text: was
        ? `Your prestige: ${Math.round(was.prestige)} \u2192 ${Math.round(me.prestige)}.${fading}`
        : `Your prestige: ${Math.round(me.prestige)}.${fading}`,
    });
    // Heat is what the Central Committee removes a leader for: a rise is bad news, with its line.
    if (was && Math.round(was.heat) !== Math.round(me.heat)) {
      changes.push({
        trend: trendOf(was.heat - me.heat),
        text: `Your heat: ${Math.round(was.heat)} \u2192 ${heatWords(me)}.`,
      });
    }
    if (was && Math.round(was.health) !== Math.round(me.health)) {
      // A fall of twenty points came with no word of why: an illness is the usual reason.
      const ill = game.log.find(
        (l) =>
          l.turn === turn &&
          l.outcome.what === 'illness' &&
          l.outcome.contenders.includes(after.viewer),
      );
      const loss = ill?.outcome.what === 'illness' ? ill.outcome.loss : null;
      changes.push({
        trend: trendOf(me.health - was.health),
        text: `Your health: ${Math.round(was.health)} \u2192 ${Math.round(me.health)}.${loss !== null ? ` You fell ill this quarter (health \u2212${loss}).` : ''}`,
      });
    }
  }
  // Rivals' strength, as the player estimates it.
  const rivals = after.seats
    .filter((s) => !s.isViewer && (s.status === 'active' || s.status === 'removed'))
    .sort((a, b) => b.delegateShare - a.delegateShare)
    .slice(0, 2);
  if (rivals.length > 0) {
    changes.push({
      trend: 'same',
      text: `Strongest rivals (your estimate, \u00b1${after.estimateError} secretaries a region): ${rivals.map((r) => `${r.name} about ${share(r.delegateShare)}`).join(', ')}.`,
    });
  }
  const mentioned = new Set<string>();
  for (const s of after.seats) {
    const b = before?.seats.find((x) => x.id === s.id);
    if (!b) continue;
    const who = s.isViewer ? 'You' : s.name;
    if (b.status !== s.status) {
      mentioned.add(s.id);
      changes.push({ trend: 'down', text: `${who}: ${STATUS_LABEL[s.status]}.` });
    } else if (b.seat !== s.seat) {
      mentioned.add(s.id);
      const up = s.seat === 'full' || (s.seat === 'candidate' && b.seat === 'none');
      const where =
        s.seat === 'full'
          ? 'a full member of the Politburo'
          : s.seat === 'candidate'
            ? 'a candidate of the Politburo'
            : 'out of the Politburo';
      changes.push({
        trend: s.isViewer ? (up ? 'up' : 'down') : 'same',
        text: `${who} ${s.isViewer ? 'are' : 'is'} now ${where}.`,
      });
    }
    for (const p of s.posts)
      if (!b.posts.includes(p))
        changes.push({
          trend: s.isViewer ? 'up' : 'same',
          text: `${who} ${s.isViewer ? 'take' : 'takes'} the post of ${p}.`,
        });
    for (const p of b.posts)
      if (!s.posts.includes(p))
        changes.push({
          trend: s.isViewer ? 'down' : 'same',
          text: `${who} ${s.isViewer ? 'lose' : 'loses'} the post of ${p}.`,
        });
  }
  // Only what the player could know. An estimate moves only when the truth under it moves or
  // the player's error band does (src/sim/view.ts): with the band unchanged, a new holder is
  // news. When the band changed (a post or an ally won or lost), every estimate was redrawn,
  // so a region is reported only when his own (exact) count moved or the chronicle names it.
  const lines = game.log.filter(
    (l) => l.turn === turn && (!l.visibleTo || l.visibleTo.includes(after.viewer)),
  );
  // The chronicle puts a region after "in" in its sentence form ("in the Red Army\u2019s cells").
  const named = (r: RegionModel) =>
    [r.name, REGION_INFO[r.id].name, regionInSentence(r.id, endedQuarter)].some((n) =>
      lines.some((l) => l.text.includes(n)),
    );
  for (const r of after.regions) {
    const b = before?.regions.find((x) => x.id === r.id);
    const sameBand = before?.estimateError === after.estimateError;
    if (b && b.controller !== r.controller && (sameBand || b.mine !== r.mine || named(r))) {
      const who = (id: string | null) =>
        id ? (after.seats.find((s) => s.id === id)?.name ?? id) : 'nobody';
      changes.push({
        trend:
          r.controller === after.viewer ? 'up' : b.controller === after.viewer ? 'down' : 'same',
        text: `${r.name} changes hands: ${who(b.controller)} \u2192 ${who(r.controller)}${r.controller === after.viewer || b.controller === after.viewer ? '' : ' (by your estimate)'}.`,
      });
    }
  }
  for (const f of game.fallen.filter((x) => x.turn === turn)) {
    if (mentioned.has(f.contender)) continue;
    const seat = after.seats.find((s) => s.id === f.contender);
    const name = seat?.isViewer ? 'You' : (seat?.name ?? f.contender);
    changes.push({
      trend: seat?.isViewer ? 'down' : 'same',
      text: `${name}: ${STATUS_LABEL[seat?.status ?? 'removed']}.`,
    });
  }
  // The summary is shown once the quarter is over: the next gathering is after it.
  const next = after.gatherings.find((g) => g.quarter > endedQuarter) ?? null;
  const quarterAhead = endedQuarter + 1;
  return {
    title: quarterLabel(endedQuarter),
    viewer: after.viewer,
    changes,
    votes: game.votes.filter((v) => v.turn === turn),
    next: next
      ? `Next: ${next.title}, ${quarterLabel(next.quarter)}${next.quarter <= quarterAhead ? ' \u2014 coming up next quarter!' : '.'}`
      : 'No more congresses before the end of the game.',
  };
}
