// The one plain, JSON-serialisable game state and the actions that change it.
// Everything here must survive JSON.stringify/parse unchanged: no classes, Maps or undefined.
import type { ContenderId, Difficulty, Fate, FigureId, PersonId, PostId, RegionId } from './ids.ts';

/** Party standing, from full membership of the Central Committee down to exile. */
export type Status = 'active' | 'removed' | 'expelled' | 'exiled' | 'dead';

/** -100 = far Left (fast industry, squeeze the peasants / permanent revolution),
 *  +100 = far Right (keep NEP / socialism in one country). */
export interface Positions {
  economy: number;
  revolution: number;
}

export interface Relation {
  trust: number; // 0..100
  grievance: number; // 0..100
}

export interface ContenderState {
  status: Status;
  prestige: number; // 0..100
  health: number; // 0..100
  heat: number; // 0..100: how exposed to the charge of factionalism
  /**
   * 0..100: how much the party notices him. Speeches, articles and attacks raise it; quiet
   * work in the apparatus lowers it. Rivals judge a contender's strength through it: the
   * "grey blur" of 1923 was a man with a low profile and a growing network.
   */
  profile: number;
  positions: Positions;
  relations: Record<ContenderId, Relation>;
  /**
   * Has he broken the ban on factions in the open (signed an opposition platform)? Only then
   * may the Central Committee vote him out of the Politburo: in the record the majority
   * condemned Trotsky in 1923–24 but removed him only after the United Opposition of 1926.
   * Events that brand a group (src/sim/motions.ts, FACTION_FLAGS) count as well.
   */
  branded: boolean;
  /**
   * Rivals may not charge him (censure, denounce), drop him from the Central Committee or expel
   * him before this turn: the truce a recantation buys. -1 when there is none.
   */
  truceUntil: number;
}

export interface FigureState {
  patron: ContenderId | null;
  /**
   * A waverer won over by another leader (the `court` action): he keeps his patron's
   * patronage but votes with this man when the two disagree. Null: he follows his patron.
   */
  sympathy: ContenderId | null;
  /**
   * His latest word holds until this turn (-1: no such promise): nobody may court him before
   * it. Won back by his patron, for half a year (Stalin brought Kalinin and Voroshilov back
   * into line in 1928, and they stayed there); won over by a suitor, to the end of the quarter
   * (src/sim/waverers.ts).
   */
  steadyUntil: number;
  alive: boolean;
  /** Lenin only: incapacitated by illness (still alive, no longer votes). */
  incapacitated: boolean;
}

export interface RegionState {
  /** Voting delegates this region sends to a congress. */
  weight: number;
  /** -100 Left .. +100 Right: the rank and file's mood. */
  mood: number;
  /** Loyal secretaries per patron; the rest of SECRETARY_SLOTS are unaligned. */
  secretaries: Partial<Record<ContenderId, number>>;
}

export interface Alliance {
  id: number;
  members: [ContenderId, ContenderId];
  secret: boolean;
  since: number; // turn
}

export interface AllianceOffer {
  from: ContenderId;
  to: ContenderId;
  turn: number;
}

export interface Platform {
  leader: ContenderId;
  members: ContenderId[];
  since: number;
  condemned: boolean;
}

export type Axis = 'economy' | 'revolution';

export type MotionSpec =
  | { kind: 'line'; axis: Axis; direction: -1 | 1 }
  | { kind: 'transfer_post'; post: PostId; to: PersonId }
  | { kind: 'censure'; target: ContenderId }
  | { kind: 'remove_politburo'; target: ContenderId }
  | { kind: 'remove_cc'; target: ContenderId }
  | { kind: 'expel'; target: ContenderId }
  | { kind: 'exile'; target: ContenderId }
  | { kind: 'expand_politburo'; nominee: FigureId };

export type BallotChoice = 'yes' | 'no' | 'abstain';
export type Body = 'politburo' | 'cc' | 'congress';

export interface Motion {
  id: number;
  proposer: ContenderId;
  spec: MotionSpec;
  body: Body;
  /** Ballots cast by contenders (recorded actions), keyed by contender. */
  ballots: Partial<Record<ContenderId, BallotChoice>>;
}

export interface Ballot {
  voter: PersonId | ContenderId;
  choice: BallotChoice;
  /** In a vote among an event's options: the option this ballot was for. */
  option?: string;
  weight: number;
  reason: string;
}

export interface VoteRecord {
  id: number;
  turn: number;
  body: Body;
  title: string;
  proposer: ContenderId | null;
  spec:
    | MotionSpec
    | { kind: 'condemn_platform'; leader: ContenderId }
    | {
        kind: 'event_choice';
        event: string;
        /** The option chosen, and the votes each option had. */
        option: string;
        tally: Record<string, number>;
      };
  ballots: Ballot[];
  yes: number;
  no: number;
  passed: boolean;
}

/** An event queued this quarter, fired (its effects applied), or skipped for good. */
export type EventStatus = 'queued' | 'fired' | 'skipped';

export interface PendingEvent {
  id: string;
  /**
   * False while queued; when the event reaches the head of the queue its conditions are read
   * again (earlier events this quarter may have changed them), its form is chosen and the
   * contenders who must answer are fixed.
   */
  active: boolean;
  awaiting: ContenderId[];
  answers: Partial<Record<ContenderId, string>>;
  adapted: boolean;
}

/**
 * What a chronicle line records, as data: the report, the signals and the lab read this, never
 * the line's words. `contenders` names who it is about, the actor or subject first.
 */
export type LogOutcome =
  | { what: 'quarter' }
  | { what: 'game_over'; contenders: ContenderId[] }
  | {
      what: 'action';
      action: Exclude<ActionType, 'answer' | 'ballot'>;
      contenders: ContenderId[];
      succeeded: boolean;
    }
  | { what: 'left_politburo'; contenders: [ContenderId] }
  /** An offer of alliance left unanswered until it lapsed: [who offered, who was asked]. */
  | { what: 'offer_lapsed'; contenders: [ContenderId, ContenderId] }
  /** An alliance made by an event or a what-if (those made by offer and answer are actions). */
  | { what: 'alliance_formed'; contenders: [ContenderId, ContenderId]; source: string }
  | { what: 'status'; contenders: [ContenderId]; status: Status }
  | {
      what: 'vote';
      vote: number;
      motion: MotionSpec['kind'];
      contenders: ContenderId[];
      passed: boolean;
    }
  | { what: 'motion_withdrawn'; motion: MotionSpec['kind']; contenders: ContenderId[] }
  | { what: 'post_filled'; post: PostId; holder: PersonId; by: 'vote' | 'vacancy' }
  | { what: 'event'; event: string; happened: boolean }
  /** A line an event or a what-if writes as one of its effects; `source` is its cause. */
  | { what: 'note'; source: string }
  | { what: 'event_answer'; event: string; option: string; contenders: ContenderId[] }
  | { what: 'event_vote'; vote: number; event: string; option: string }
  | { what: 'gathering'; gathering: string }
  | {
      what: 'platform_verdict';
      gathering: string;
      vote: number;
      contenders: [ContenderId];
      condemned: boolean;
    }
  | { what: 'cc_elected'; gathering: string; seats: Record<ContenderId | 'unaligned', number> }
  | {
      what: 'politburo_rank';
      gathering: string;
      contenders: [ContenderId];
      change: 'not_reelected' | 'demoted' | 'promoted';
    }
  | { what: 'harvest'; harvest: number }
  | { what: 'procurement'; procured: number; needs: number; shortfall: boolean }
  | { what: 'illness'; contenders: [ContenderId]; loss: number };

export interface LogEntry {
  turn: number;
  kind: 'event' | 'action' | 'vote' | 'congress' | 'economy' | 'health' | 'system' | 'ai';
  text: string;
  actor?: ContenderId;
  /** The rule or vote that caused this line: 'vote:12', 'event:lenin_death', 'rule:appoint'. */
  cause?: string;
  /** Only these contenders see the line (secret dealings); everyone when absent. */
  visibleTo?: ContenderId[];
  /** What happened, for code to read. */
  outcome: LogOutcome;
}

export interface EconomyState {
  /** This year's harvest, million tonnes. */
  harvest: number;
  /** State procurement price index (1.0 = 1926 level). */
  procurementPrice: number;
  /** 0..100: how short the villages are of factory goods to buy. */
  goodsFamine: number;
  /** Grain procured this season, million tonnes, and what towns, army and exports need. */
  procured: number;
  needs: number;
  /** 0..100: unrest in the towns (queues, rationing). */
  unrest: number;
  rationing: boolean;
  /** 0..100: share of effort put into industry. */
  investment: number;
  /** 0..100: share of peasant households in collective farms. */
  collectivised: number;
  /** The grain policy the Politburo last chose, if any. */
  lastPolicy: GrainPolicy | null;
}

export type GrainPolicy =
  'raise_prices' | 'extraordinary_measures' | 'import_grain' | 'collective_farms';

export type Phase = 'events' | 'actions' | 'votes' | 'congress' | 'resolution' | 'over';

export interface Outcome {
  winner: ContenderId | null;
  fates: Record<ContenderId, Fate>;
  /** Who reached his own aims (src/content/aims.ts): a win for that side, short of supremacy. */
  aimsMet: ContenderId[];
  scores: Record<ContenderId, number>;
  reason: string;
}

export interface GameOptions {
  difficulty: Difficulty;
  whatifs: string[];
  /** The player's contender, or null when every seat is an AI. */
  faction: ContenderId | null;
}

/** Alea generator state (seedrandom's alea): four numbers, cheap to save after every draw. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export interface GameState {
  formatVersion: 1;
  scenario: string;
  seed: string;
  options: GameOptions;
  /** Quarter index of turn 0 (year * 4 + quarter - 1) and of the last turn. */
  startQuarter: number;
  endQuarter: number;
  turn: number;
  phase: Phase;
  rng: RngState;
  contenders: Record<ContenderId, ContenderState>;
  figures: Record<FigureId, FigureState>;
  posts: Record<PostId, PersonId | null>;
  politburo: { full: PersonId[]; candidates: PersonId[] };
  /** Central Committee seats loyal to each patron; 'unaligned' follow the mood and prestige. */
  cc: Record<ContenderId | 'unaligned', number>;
  regions: Record<RegionId, RegionState>;
  partyLine: Positions;
  alliances: Alliance[];
  offers: AllianceOffer[];
  platforms: Platform[];
  economy: EconomyState;
  flags: string[];
  /** Where each event of the deck stands; one not listed has not come up yet. */
  eventStatus: Record<string, EventStatus>;
  pendingEvents: PendingEvent[];
  /** The seats in the order they act this quarter, and the action points each has left. */
  actionOrder: ContenderId[];
  actionPoints: Partial<Record<ContenderId, number>>;
  motions: Motion[];
  nextId: number;
  votes: VoteRecord[];
  log: LogEntry[];
  /** Power index per contender at the end of every turn, for the chart. */
  powerHistory: Record<ContenderId, number>[];
  /** Contenders in the order they left the Politburo (or the game). */
  fallen: { contender: ContenderId; turn: number; fate: Fate }[];
  outcome: Outcome | null;
}

export type Action =
  | { type: 'answer'; actor: ContenderId; event: string; choice: string }
  | { type: 'appoint'; actor: ContenderId; region: RegionId }
  | { type: 'recruit'; actor: ContenderId; region: RegionId }
  | { type: 'speak'; actor: ContenderId; region: RegionId }
  | { type: 'publish'; actor: ContenderId; target: ContenderId | null }
  | { type: 'motion'; actor: ContenderId; motion: MotionSpec }
  | { type: 'offer_alliance'; actor: ContenderId; to: ContenderId }
  | { type: 'accept_alliance'; actor: ContenderId; from: ContenderId }
  | { type: 'decline_alliance'; actor: ContenderId; from: ContenderId }
  | { type: 'break_alliance'; actor: ContenderId; with: ContenderId }
  | { type: 'denounce'; actor: ContenderId; target: ContenderId }
  | { type: 'conciliate'; actor: ContenderId; target: ContenderId }
  | { type: 'court'; actor: ContenderId; figure: FigureId }
  | { type: 'rally_army'; actor: ContenderId }
  | { type: 'recant'; actor: ContenderId }
  | { type: 'platform'; actor: ContenderId }
  /** Put his name to an ally's platform while it is open for signatures. */
  | { type: 'sign_platform'; actor: ContenderId; leader: ContenderId }
  | { type: 'rest'; actor: ContenderId }
  | { type: 'end'; actor: ContenderId }
  | { type: 'ballot'; actor: ContenderId; motion: number; choice: BallotChoice };

export type ActionType = Action['type'];

/** Who must decide next, and in which phase; null when the rules can move on by themselves. */
export interface Decision {
  contender: ContenderId;
  phase: 'events' | 'actions' | 'votes';
}
