// Small state changes that several rules share, so that bookkeeping (the log, the order of the
// fallen, vacated posts) is done in one place.
import { POSTS, REGIONS, type ContenderId } from './ids.ts';
import { nameOf } from './query.ts';
import type { Fate } from './ids.ts';
import type { GameState, LogEntry, Status } from './types.ts';

/** Freeze a record and everything in it: once written, it never changes. */
export function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) frozen((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/**
 * Append to one of the game's records (the chronicle, the votes, the power chart, the
 * fallen). Their entries are frozen when written, so copies of the game and every view can
 * share them without one changing another's.
 */
export function appendRecord<T>(list: T[], entry: T): void {
  list.push(frozen(entry));
}

export function addLog(state: GameState, entry: Omit<LogEntry, 'turn'>): void {
  appendRecord(state.log, { turn: state.turn, ...entry });
}

export function nextId(state: GameState): number {
  state.nextId += 1;
  return state.nextId;
}

function recordFall(state: GameState, id: ContenderId, fate: Fate): void {
  if (state.fallen.some((f) => f.contender === id)) return;
  appendRecord(state.fallen, { contender: id, turn: state.turn, fate });
}

/** A contender loses their last Politburo seat (full or candidate). */
export function leavePolitburo(state: GameState, id: ContenderId, cause: string): void {
  state.politburo.full = state.politburo.full.filter((p) => p !== id);
  state.politburo.candidates = state.politburo.candidates.filter((p) => p !== id);
  recordFall(state, id, 'sidelined');
  addLog(state, {
    kind: 'system',
    text: `${nameOf(id)} is out of the Politburo.`,
    actor: id,
    cause,
    outcome: { what: 'left_politburo', contenders: [id] },
  });
}

const STATUS_FATE: Record<Status, Fate> = {
  active: 'survived',
  removed: 'sidelined',
  expelled: 'expelled',
  exiled: 'exiled',
  dead: 'dead',
};

const STATUS_WORDS: Record<Status, string> = {
  active: 'is restored to the Central Committee',
  removed: 'is removed from the Central Committee',
  expelled: 'is expelled from the party',
  exiled: 'is sent into exile',
  dead: 'has died',
};

/** Move a contender down (or back up) the ladder, stripping what the new status cannot keep. */
export function setStatus(state: GameState, id: ContenderId, status: Status, cause: string): void {
  const c = state.contenders[id];
  if (c.status === status) return;
  c.status = status;
  addLog(state, {
    kind: 'system',
    text: `${nameOf(id)} ${STATUS_WORDS[status]}.`,
    actor: id,
    cause,
    outcome: { what: 'status', contenders: [id], status },
  });
  if (status === 'active') return;
  const wasInPolitburo =
    state.politburo.full.includes(id) || state.politburo.candidates.includes(id);
  if (wasInPolitburo) {
    state.politburo.full = state.politburo.full.filter((p) => p !== id);
    state.politburo.candidates = state.politburo.candidates.filter((p) => p !== id);
  }
  recordFall(state, id, STATUS_FATE[status]);
  // Out of the Central Committee: seats go back to the unaligned, posts are vacated.
  state.cc.unaligned += state.cc[id];
  state.cc[id] = 0;
  for (const p of POSTS) if (state.posts[p] === id) state.posts[p] = null;
  if (status === 'removed') return;
  // Expelled, exiled or dead: the network dissolves, alliances and platforms end.
  for (const r of REGIONS) delete state.regions[r].secretaries[id];
  state.alliances = state.alliances.filter((a) => !a.members.includes(id));
  state.offers = state.offers.filter((o) => o.from !== id && o.to !== id);
  for (const pl of state.platforms) pl.members = pl.members.filter((m) => m !== id);
  state.platforms = state.platforms.filter((pl) => pl.members.length > 0 && pl.leader !== id);
  for (const f of Object.values(state.figures)) if (f.patron === id) f.patron = null;
  state.actionPoints[id] = 0;
}

export function adjustRelation(
  state: GameState,
  from: ContenderId,
  to: ContenderId,
  trust: number,
  grievance: number,
): void {
  if (from === to) return;
  const rel = state.contenders[from].relations[to];
  rel.trust = Math.max(0, Math.min(100, rel.trust + trust));
  rel.grievance = Math.max(0, Math.min(100, rel.grievance + grievance));
}
