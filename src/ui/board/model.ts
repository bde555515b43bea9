// What the board shows, computed from the player's view only (never the raw state).
// Pure data, so it is tested in Node; the Phaser scene only draws it.
import { memberStanding, politburoBalance, votesWith } from '../session/politburo-words.ts';
import {
  CONTENDER_INFO,
  FIGURE_INFO,
  cityName,
  regionName,
  regionShort,
} from '../../content/people.ts';
import { GATHERINGS } from '../../content/congresses.ts';
import type { GameContext } from '../../machine/game-machine.ts';
import { currentQuarter, quarterLabel, quarterOf } from '../../sim/calendar.ts';
import {
  CONTENDERS,
  POSTS,
  REGIONS,
  isContender,
  type ContenderId,
  type PersonId,
  type RegionId,
} from '../../sim/ids.ts';
import { APPARATUS_SHARE, SECRETARY_SLOTS, regionController } from '../../sim/query.ts';
import { isBranded } from '../../sim/motions.ts';
import { view, type PlayerView } from '../../sim/view.ts';
import type { EconomyState, Status, VoteRecord } from '../../sim/types.ts';
import { FIGURE_MARK, MARK, POST_SHORT, STATUS_LABEL, colourOf } from './palette.ts';
import { secretariatNotice, type SecretariatNotice } from '../session/secretariat-words.ts';
import { politburoVoteAhead, type VoteAheadNotice } from '../session/vote-ahead-words.ts';

export type Seat = 'full' | 'candidate' | 'none';

export interface SeatModel {
  id: ContenderId;
  name: string;
  mark: string;
  colour: string;
  posts: string[];
  health: number;
  prestige: number;
  heat: number;
  /**
   * Has he signed an opposition platform, or been branded with his group by an event? Only then
   * can the Central Committee vote him out of the Politburo (motions.ts, isBranded). Public.
   */
  branded: boolean;
  status: Status;
  statusLabel: string;
  seat: Seat;
  isViewer: boolean;
  /** Congress delegates his secretaries deliver (the viewer's own exact, others estimated). */
  delegates: number;
  delegateShare: number;
  actionPoints: number | null;
  economy: number;
  revolution: number;
}

export interface PolitburoMember {
  id: PersonId;
  name: string;
  mark: string;
  /**
   * The colour of the leader he votes with: the contender's own, a waverer's suitor once won
   * over, else his patron's; grey for a figure who follows no one.
   */
  colour: string;
  patron: ContenderId | null;
  /** The leader he votes with (src/ui/session/politburo-words.ts `votesWith`). */
  follows: ContenderId | null;
  /** Whom he follows and for how long, in words ('' for a contender). */
  standing: string;
  seat: 'full' | 'candidate';
}

export interface RegionModel {
  id: RegionId;
  name: string;
  short: string;
  weight: number;
  mood: number;
  /** SECRETARY_SLOTS entries: a patron or null (unaligned), the viewer's estimate. */
  slots: (ContenderId | null)[];
  controller: ContenderId | null;
  mine: number;
}

export interface GatheringMark {
  quarter: number;
  title: string;
  short: string;
  kind: 'congress' | 'conference';
}

export interface BoardModel {
  viewer: ContenderId;
  turn: number;
  quarter: number;
  startQuarter: number;
  endQuarter: number;
  dateLabel: string;
  seats: SeatModel[];
  politburo: PolitburoMember[];
  /** The votes each side commands in the Politburo, in words. */
  politburoBalance: string;
  regions: RegionModel[];
  line: { economy: number; revolution: number };
  economy: EconomyState;
  gatherings: GatheringMark[];
  nextGathering: (GatheringMark & { label: string }) | null;
  /** This quarter's Secretariat election, or the congress that leads to one, in words. */
  secretariatNotice: SecretariatNotice | null;
  /** The Politburo votes due at the start of next quarter, in words. */
  voteAheadNotice: VoteAheadNotice | null;
  alliances: { a: ContenderId; b: ContenderId; secret: boolean }[];
  offers: { from: ContenderId; to: ContenderId }[];
  estimateError: number;
  totalDelegates: number;
}

export interface BoardFrame {
  model: BoardModel;
  /** Votes counted since the previous frame, oldest first: the board animates their ballots. */
  newVotes: VoteRecord[];
  /** True for the first frame of a game: draw without animating. */
  fresh: boolean;
}

function seatOf(v: PlayerView, id: PersonId): Seat {
  if (v.politburo.full.includes(id)) return 'full';
  if (v.politburo.candidates.includes(id)) return 'candidate';
  return 'none';
}

export function delegatesOf(v: PlayerView, id: ContenderId): number {
  let total = 0;
  for (const r of REGIONS) {
    const region = v.regions[r];
    total += (region.weight * APPARATUS_SHARE * (region.secretaries[id] ?? 0)) / SECRETARY_SLOTS;
  }
  return total;
}

export function totalDelegatesOf(v: PlayerView): number {
  return REGIONS.reduce((sum, r) => sum + v.regions[r].weight, 0);
}

function slotsOf(v: PlayerView, r: RegionId): (ContenderId | null)[] {
  const slots: (ContenderId | null)[] = [];
  for (const c of CONTENDERS) {
    const n = v.regions[r].secretaries[c] ?? 0;
    for (let i = 0; i < n && slots.length < SECRETARY_SLOTS; i++) slots.push(c);
  }
  while (slots.length < SECRETARY_SLOTS) slots.push(null);
  return slots;
}

function personName(id: PersonId): string {
  return isContender(id) ? CONTENDER_INFO[id].name : FIGURE_INFO[id].name;
}

export function gatheringMarks(startQuarter: number, endQuarter: number): GatheringMark[] {
  return GATHERINGS.map((g) => ({
    quarter: quarterOf(g.date),
    title: g.title,
    short: g.title
      .replace(/ Party /, ' ')
      .replace('Congress', 'Cong.')
      .replace('Conference', 'Conf.'),
    kind: g.kind,
  })).filter((g) => g.quarter >= startQuarter && g.quarter <= endQuarter);
}

export function buildBoardModel(ctx: GameContext, viewer: ContenderId): BoardModel {
  const v = view(ctx.game, viewer);
  const total = totalDelegatesOf(v);
  const seats: SeatModel[] = CONTENDERS.map((id) => {
    const c = v.contenders[id];
    const delegates = c.status === 'active' || c.status === 'removed' ? delegatesOf(v, id) : 0;
    return {
      id,
      name: CONTENDER_INFO[id].name,
      mark: MARK[id],
      colour: colourOf(id),
      // The city's party boss is Petrograd's until Lenin's death, Leningrad's after it.
      posts: POSTS.filter((p) => v.posts[p] === id).map((p) =>
        p === 'leningrad_party' ? `${cityName(currentQuarter(v))} boss` : POST_SHORT[p],
      ),
      health: c.health,
      prestige: c.prestige,
      heat: c.heat,
      branded: isBranded(v, id),
      status: c.status,
      statusLabel:
        seatOf(v, id) === 'full'
          ? 'Politburo member'
          : seatOf(v, id) === 'candidate'
            ? 'Politburo candidate'
            : STATUS_LABEL[c.status],
      seat: seatOf(v, id),
      isViewer: id === viewer,
      delegates,
      delegateShare: total > 0 ? delegates / total : 0,
      actionPoints: v.phase === 'actions' ? (v.actionPoints[id] ?? 0) : null,
      economy: c.positions.economy,
      revolution: c.positions.revolution,
    };
  });
  const politburo: PolitburoMember[] = [];
  for (const [list, seat] of [
    [v.politburo.full, 'full'],
    [v.politburo.candidates, 'candidate'],
  ] as const) {
    for (const id of list) {
      const patron = isContender(id) ? id : v.figures[id].patron;
      const follows = votesWith(v, id);
      politburo.push({
        id,
        name: personName(id),
        mark: isContender(id) ? MARK[id] : FIGURE_MARK[id],
        colour: follows ? colourOf(follows) : '#8c8577',
        patron,
        follows,
        standing: memberStanding(v, id),
        seat,
      });
    }
  }
  const regions: RegionModel[] = REGIONS.map((r) => {
    const slots = slotsOf(v, r);
    return {
      id: r,
      // Petrograd until Lenin's death, Leningrad after it.
      name: regionName(r, currentQuarter(v)),
      short: regionShort(r, currentQuarter(v)),
      weight: v.regions[r].weight,
      mood: v.regions[r].mood,
      slots,
      controller: regionController(v, r),
      mine: v.regions[r].secretaries[viewer] ?? 0,
    };
  });
  const quarter = currentQuarter(v);
  const gatherings = gatheringMarks(v.startQuarter, v.endQuarter);
  const next = gatherings.find((g) => g.quarter >= quarter) ?? null;
  return {
    viewer,
    turn: v.turn,
    quarter,
    startQuarter: v.startQuarter,
    endQuarter: v.endQuarter,
    dateLabel: quarterLabel(quarter),
    seats,
    politburo,
    politburoBalance: politburoBalance(v),
    regions,
    line: { ...v.partyLine },
    economy: { ...v.economy },
    gatherings,
    nextGathering: next ? { ...next, label: quarterLabel(next.quarter) } : null,
    secretariatNotice: secretariatNotice(v),
    voteAheadNotice: politburoVoteAhead(v),
    alliances: v.alliances.map((a) => ({ a: a.members[0], b: a.members[1], secret: a.secret })),
    offers: v.offers.map((o) => ({ from: o.from, to: o.to })),
    estimateError: v.estimateError,
    totalDelegates: total,
  };
}
