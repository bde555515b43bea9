// The shapes of the game's data: events, scenarios' people, texts. Content imports nothing
// but types, so every file in src/content is plain data a historian can edit.
import type { ContenderId, FigureId, PersonId, PostId, RegionId } from '../sim/ids.ts';
import type { Axis, Status } from '../sim/types.ts';

/** 'YYYY-MM' or 'YYYY-MM-DD'. */
export type HistoricalDate = string;

/** Who an effect touches: a person, the contender who chose, or whoever holds a post. */
export type Target = PersonId | 'chooser' | `holder:${PostId}`;

export type Effect =
  | { kind: 'prestige'; who: Target; delta: number }
  | { kind: 'health'; who: Target; delta: number }
  | { kind: 'heat'; who: Target; delta: number }
  | { kind: 'mood'; region: RegionId | 'all'; delta: number }
  | { kind: 'relation'; from: Target; to: Target; trust?: number; grievance?: number }
  /**
   * Give the post to `to` (null: leave it vacant for the Secretariat to fill). With
   * `takenFrom`, only if one of those men holds it now: a plenum that strips a group takes only
   * what the group still holds, whoever holds the rest.
   */
  | { kind: 'post'; post: PostId; to: PersonId | null; takenFrom?: ContenderId[] }
  | { kind: 'politburo'; person: PersonId; seat: 'full' | 'candidate' | 'none' }
  | { kind: 'status'; who: ContenderId; status: Status }
  | { kind: 'flag'; flag: string; value: boolean }
  | { kind: 'secretaries'; who: Target; region: RegionId; delta: number }
  | { kind: 'weight'; region: RegionId | 'all'; delta: number }
  | { kind: 'line'; axis: Axis; delta: number }
  /** A contender changes his own stand on one of the two great questions. */
  | { kind: 'position'; who: ContenderId; axis: Axis; delta: number }
  | {
      kind: 'economy';
      field: 'goodsFamine' | 'unrest' | 'investment' | 'procurementPrice' | 'collectivised';
      delta: number;
    }
  | {
      kind: 'figure';
      figure: FigureId;
      alive?: boolean;
      incapacitated?: boolean;
      patron?: ContenderId | null;
      /** A waverer won over by this leader (src/sim/waverers.ts), or null to end it. */
      sympathy?: ContenderId | null;
    }
  | { kind: 'cc'; who: ContenderId | 'unaligned'; delta: number }
  | { kind: 'alliance'; members: [ContenderId, ContenderId]; value: boolean; secret?: boolean }
  /**
   * Rivals may not censure or denounce him, nor move to drop him from the Central Committee or
   * expel him, for this many quarters (this one included), as after a recantation
   * (src/sim/motions.ts, inTruce). A longer truce already running is kept.
   */
  | { kind: 'truce'; who: ContenderId; quarters: number }
  | { kind: 'log'; text: string };

export type Condition =
  | { kind: 'flag'; flag: string; is: boolean }
  | { kind: 'status'; who: ContenderId; in: Status[] }
  | { kind: 'politburo'; who: PersonId; is: boolean }
  | { kind: 'holds'; who: PersonId; post: PostId; is: boolean }
  | { kind: 'fired'; event: string; is: boolean }
  | { kind: 'alive'; who: FigureId; is: boolean }
  | { kind: 'whatif'; id: string; is: boolean }
  | { kind: 'heat'; who: ContenderId; atLeast: number }
  | { kind: 'vacant'; post: PostId; is: boolean };

export interface EventOption {
  id: string;
  label: string;
  /** One line a player reads before choosing: what this choice will do. */
  preview: string;
  effects: Effect[];
  /** The choice the real person made (the historical AI leans to it). */
  historical?: boolean;
  /**
   * Politburo members who voted for this option in the record only because they had already
   * been beaten, and what being beaten means in the game's terms: while `when` does not hold,
   * a historical AI among `who` does not cast this vote for history's sake but picks among the
   * other options (the Right backed the great turn in November 1929 after its defeat in April).
   */
  castOnlyOnceBeaten?: { who: ContenderId[]; when: Condition[] };
  /**
   * The option in the words of a contender it is about, for when he answers it himself (a
   * Politburo vote on his own seat or conduct): "Vote against your own removal", not "Spare
   * Trotsky". The event dialog shows these to that player instead of `label` and `preview`.
   */
  asTarget?: Partial<Record<ContenderId, OptionWords>>;
}

/** An option's label and preview, as one contender reads them. */
export interface OptionWords {
  label: string;
  preview: string;
}

export interface EventChoice {
  /**
   * Who answers: a contender; whoever holds a post (when a contender); or 'politburo', where
   * every contender with a full seat answers and the option with most Politburo votes wins.
   */
  who: ContenderId | `holder:${PostId}` | 'politburo';
  prompt: string;
  /** The question as a contender it is about reads it (see EventOption.asTarget). */
  promptAsTarget?: Partial<Record<ContenderId, string>>;
  options: EventOption[];
  /**
   * For a Politburo vote that puts a proposal (a removal, a condemnation, a turn of policy):
   * the option that stands when the Politburo splits evenly, because a proposal needs a
   * majority. Without it a tie goes to the first of the tied options listed.
   */
  ifTied?: string;
}

/** 'record': an entry of the historical record that changes nothing in play (record.ts). */
export type CalendarKind = 'event' | 'congress' | 'conference' | 'plenum' | 'record';

export interface EventDef {
  id: string;
  title: string;
  kind: CalendarKind;
  /** The date in the historical record. */
  date: HistoricalDate;
  /**
   * The most likely day when `date` gives only the month (the record is unsure of the day).
   * Used only to put the calendar in true order, so that an effect never appears before its cause.
   */
  bestKnown?: HistoricalDate;
  /** Game window, 'YYYY-MM': the event can fire in the quarters from..to. */
  window: { from: string; to: string };
  /** Chance per quarter once in its window (default 1: it fires in the first quarter it can). */
  chance?: number;
  conditions?: Condition[];
  /** What happens, in the game's words. */
  text: string;
  effects?: Effect[];
  choices?: EventChoice[];
  /** When these hold, the event fires in a changed form: its text and effects replace the usual. */
  adapted?: { when: Condition[]; text: string; effects: Effect[]; choices?: EventChoice[] };
  /** When a condition fails, why it did not fire (for the log). */
  skippedBecause?: string;
  /** What really happened, in our words, and the reference it was checked against. */
  history: string;
  ref: string;
}

export interface ContenderInfo {
  id: ContenderId;
  name: string;
  fullName: string;
  born: number;
  died: number;
  pitch: string;
  /** How hard the seat is for a player: 1 easy .. 5 very hard. */
  seatDifficulty: 1 | 2 | 3 | 4 | 5;
  colour: string;
  /** Abilities the rules use (0..100). */
  oratory: number;
  organisation: number;
  /** Chance per quarter of falling ill when health is below 60. */
  frailty: number;
  /** How much the party notices him at the start (0..100): see ContenderState.profile. */
  profile: number;
}

export interface FigureInfo {
  id: FigureId;
  name: string;
  role: string;
  /**
   * A waverer: a man with views of his own on the economy, who may break with his patron on a
   * vote and can be courted by another leader (src/sim/waverers.ts). Absent: he votes as his
   * patron does.
   */
  views?: {
    /** -100 Left (industry first) .. +100 Right (keep the NEP and the peasants content). */
    economy: number;
    /** 0..1: how readily he breaks with his patron. */
    independence: number;
    /** Why, in a sentence a student can read. */
    why: string;
  };
}

export interface WhatIfDef {
  id: string;
  title: string;
  /** One paragraph of historical framing. */
  framing: string;
  question: string;
  /** Applied at the start when switched on (most what-ifs act through event conditions). */
  effects: Effect[];
}

/** A scenario file, after validation (src/io/scenario.ts holds its zod schema). */
export interface ScenarioData {
  formatVersion: 1;
  id: string;
  title: string;
  summary: string;
  /** 'YYYY-MM' of the first and last turns. */
  start: string;
  end: string;
  playable: ContenderId[];
  briefings: Partial<Record<ContenderId, string>>;
  contenders: Record<
    ContenderId,
    {
      status: Status;
      prestige: number;
      health: number;
      heat: number;
      economy: number;
      revolution: number;
    }
  >;
  relations: { from: ContenderId; to: ContenderId; trust: number; grievance: number }[];
  figures: Partial<
    Record<FigureId, { patron: ContenderId | null; alive: boolean; incapacitated?: boolean }>
  >;
  posts: Record<PostId, PersonId | null>;
  politburo: { full: PersonId[]; candidates: PersonId[] };
  cc: Partial<Record<ContenderId | 'unaligned', number>>;
  regions: Record<
    RegionId,
    { weight: number; mood: number; secretaries: Partial<Record<ContenderId, number>> }
  >;
  alliances: { members: [ContenderId, ContenderId]; secret: boolean }[];
  partyLine: { economy: number; revolution: number };
  economy: {
    harvest: number;
    procurementPrice: number;
    goodsFamine: number;
    unrest: number;
    investment: number;
    collectivised: number;
  };
  flags: string[];
  /** Events that already happened before the start (so they never fire). */
  firedEvents: string[];
  whatifs: WhatIfDef[];
}
