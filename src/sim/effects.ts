// Applying the content's effect and condition data to a state (used by events and scenarios).
import type { Condition, Effect, Target } from '../content/types.ts';
import { isContender, type ContenderId, type PersonId } from './ids.ts';
import { addLog, leavePolitburo, nextId, setStatus } from './mutate.ts';
import { canAct, clamp, nameOf, round1, SECRETARY_SLOTS, unalignedSecretaries } from './query.ts';
import type { GameState } from './types.ts';

export function resolveTarget(
  state: GameState,
  target: Target,
  chooser: ContenderId | null,
): PersonId | null {
  if (target === 'chooser') return chooser;
  if (target.startsWith('holder:')) {
    const post = target.slice('holder:'.length) as keyof GameState['posts'];
    return state.posts[post] ?? null;
  }
  return target as PersonId;
}

function contenderTarget(
  state: GameState,
  target: Target,
  chooser: ContenderId | null,
): ContenderId | null {
  const person = resolveTarget(state, target, chooser);
  return person && isContender(person) ? person : null;
}

export function checkCondition(state: GameState, cond: Condition): boolean {
  switch (cond.kind) {
    case 'flag':
      return state.flags.includes(cond.flag) === cond.is;
    case 'status':
      return cond.in.includes(state.contenders[cond.who].status);
    case 'politburo':
      return state.politburo.full.includes(cond.who) === cond.is;
    case 'holds':
      return (state.posts[cond.post] === cond.who) === cond.is;
    case 'fired': {
      // Queued counts: an event of this quarter already under way will not be held back.
      const status = state.eventStatus[cond.event];
      return (status === 'queued' || status === 'fired') === cond.is;
    }
    case 'alive':
      return state.figures[cond.who].alive === cond.is;
    case 'whatif':
      return state.options.whatifs.includes(cond.id) === cond.is;
    case 'heat':
      return state.contenders[cond.who].heat >= cond.atLeast;
    case 'vacant':
      return (state.posts[cond.post] === null) === cond.is;
  }
}

export function checkAll(state: GameState, conds: readonly Condition[] | undefined): boolean {
  return !conds || conds.every((c) => checkCondition(state, c));
}

export function applyEffect(
  state: GameState,
  effect: Effect,
  chooser: ContenderId | null,
  cause: string,
): void {
  switch (effect.kind) {
    case 'prestige':
    case 'health':
    case 'heat': {
      const who = contenderTarget(state, effect.who, chooser);
      if (!who) return;
      const c = state.contenders[who];
      c[effect.kind] = clamp(round1(c[effect.kind] + effect.delta), 0, 100);
      if (effect.kind === 'health' && c.health <= 0 && c.status !== 'dead') {
        setStatus(state, who, 'dead', cause);
      }
      return;
    }
    case 'mood': {
      const regions = effect.region === 'all' ? Object.keys(state.regions) : [effect.region];
      for (const r of regions) {
        const region = state.regions[r as keyof GameState['regions']];
        region.mood = clamp(round1(region.mood + effect.delta), -100, 100);
      }
      return;
    }
    case 'relation': {
      const from = contenderTarget(state, effect.from, chooser);
      const to = contenderTarget(state, effect.to, chooser);
      if (!from || !to || from === to) return;
      const rel = state.contenders[from].relations[to];
      if (effect.trust) rel.trust = clamp(rel.trust + effect.trust, 0, 100);
      if (effect.grievance) rel.grievance = clamp(rel.grievance + effect.grievance, 0, 100);
      return;
    }
    case 'post': {
      const holder = state.posts[effect.post];
      const takenFrom: readonly PersonId[] | undefined = effect.takenFrom;
      if (takenFrom && (holder === null || !takenFrom.includes(holder))) return;
      state.posts[effect.post] = effect.to;
      return;
    }
    case 'politburo': {
      const { person, seat } = effect;
      const wasIn =
        state.politburo.full.includes(person) || state.politburo.candidates.includes(person);
      state.politburo.full = state.politburo.full.filter((p) => p !== person);
      state.politburo.candidates = state.politburo.candidates.filter((p) => p !== person);
      if (seat === 'full') state.politburo.full.push(person);
      if (seat === 'candidate') state.politburo.candidates.push(person);
      if (seat === 'none' && wasIn && isContender(person)) leavePolitburo(state, person, cause);
      return;
    }
    case 'status':
      setStatus(state, effect.who, effect.status, cause);
      return;
    case 'flag':
      state.flags = state.flags.filter((f) => f !== effect.flag);
      if (effect.value) state.flags.push(effect.flag);
      return;
    case 'secretaries': {
      const who = contenderTarget(state, effect.who, chooser);
      if (!who) return;
      const region = state.regions[effect.region];
      const current = region.secretaries[who] ?? 0;
      const room = unalignedSecretaries(state, effect.region);
      const next = clamp(current + Math.min(effect.delta, room), 0, SECRETARY_SLOTS);
      region.secretaries[who] = next;
      return;
    }
    case 'weight': {
      const regions = effect.region === 'all' ? Object.keys(state.regions) : [effect.region];
      for (const r of regions) {
        const region = state.regions[r as keyof GameState['regions']];
        region.weight = Math.max(1, region.weight + effect.delta);
      }
      return;
    }
    case 'line':
      state.partyLine[effect.axis] = clamp(state.partyLine[effect.axis] + effect.delta, -100, 100);
      return;
    case 'position': {
      const positions = state.contenders[effect.who].positions;
      positions[effect.axis] = clamp(positions[effect.axis] + effect.delta, -100, 100);
      return;
    }
    case 'economy': {
      const eco = state.economy;
      const max = effect.field === 'procurementPrice' ? 3 : 100;
      eco[effect.field] = clamp(round1(eco[effect.field] + effect.delta), 0, max);
      return;
    }
    case 'figure': {
      const fig = state.figures[effect.figure];
      if (effect.alive !== undefined) fig.alive = effect.alive;
      if (effect.incapacitated !== undefined) fig.incapacitated = effect.incapacitated;
      if (effect.patron !== undefined) fig.patron = effect.patron;
      if (effect.sympathy !== undefined) fig.sympathy = effect.sympathy;
      if (fig.sympathy === fig.patron) fig.sympathy = null;
      if (!fig.alive) {
        state.politburo.full = state.politburo.full.filter((p) => p !== effect.figure);
        state.politburo.candidates = state.politburo.candidates.filter((p) => p !== effect.figure);
        for (const [post, holder] of Object.entries(state.posts)) {
          if (holder === effect.figure) state.posts[post as keyof GameState['posts']] = null;
        }
      }
      return;
    }
    case 'cc': {
      state.cc[effect.who] = Math.max(0, state.cc[effect.who] + effect.delta);
      state.cc.unaligned = Math.max(0, state.cc.unaligned - effect.delta);
      return;
    }
    case 'alliance': {
      const [a, b] = effect.members;
      const existing = state.alliances.some(
        (al) => al.members.includes(a) && al.members.includes(b),
      );
      if (effect.value && !existing && canAct(state, a) && canAct(state, b)) {
        state.alliances.push({
          id: nextId(state),
          members: [a, b],
          secret: effect.secret ?? false,
          since: state.turn,
        });
        const secret = effect.secret ?? false;
        addLog(state, {
          kind: 'event',
          text: `${nameOf(a)} and ${nameOf(b)} now act together${secret ? ', in secret' : ''}.`,
          cause,
          ...(secret ? { visibleTo: [a, b] } : {}),
          outcome: { what: 'alliance_formed', contenders: [a, b], source: cause },
        });
      } else if (!effect.value) {
        state.alliances = state.alliances.filter(
          (al) => !(al.members.includes(a) && al.members.includes(b)),
        );
      }
      return;
    }
    case 'truce': {
      const c = state.contenders[effect.who];
      c.truceUntil = Math.max(c.truceUntil, state.turn + effect.quarters);
      return;
    }
    case 'log':
      addLog(state, {
        kind: 'event',
        text: effect.text,
        cause,
        outcome: { what: 'note', source: cause },
      });
      return;
  }
}

export function applyEffects(
  state: GameState,
  effects: readonly Effect[] | undefined,
  chooser: ContenderId | null,
  cause: string,
): void {
  for (const e of effects ?? []) applyEffect(state, e, chooser, cause);
}
