// Applying and describing an action's numbers: one function each, so the words the player
// reads before acting are made from the very numbers the rules then apply.
import { regionInSentence } from '../../content/people.ts';
import { currentQuarter } from '../calendar.ts';
import { REGIONS, type ContenderId } from '../ids.ts';
import { chargedHeat, HEAT_CAP_FROM_RIVALS } from '../motions.ts';
import { addLog, adjustRelation } from '../mutate.ts';
import { clamp, nameOf, round1 } from '../query.ts';
import type { GameState } from '../types.ts';
import type { Change, PhaseAction } from './rule.ts';

export function moveToward(value: number, target: number, step: number): number {
  if (Math.abs(target - value) <= step) return target;
  return round1(value + Math.sign(target - value) * step);
}

export function applyChange(state: GameState, change: Change): void {
  switch (change.kind) {
    case 'prestige':
    case 'heat':
    case 'health': {
      const c = state.contenders[change.who];
      c[change.kind] = clamp(c[change.kind] + change.delta, 0, 100);
      return;
    }
    case 'charge': {
      const c = state.contenders[change.who];
      c.heat = chargedHeat(c.heat, change.delta);
      return;
    }
    case 'mood': {
      const position = state.contenders[change.toward].positions.economy;
      for (const region of change.regions) {
        const r = state.regions[region];
        if (change.within !== undefined && Math.abs(r.mood - position) >= change.within) continue;
        r.mood = moveToward(r.mood, position, change.step);
      }
      return;
    }
    case 'relation':
      adjustRelation(state, change.from, change.to, change.trust, change.grievance);
      return;
  }
}

type RelationChange = Extract<Change, { kind: 'relation' }>;

function signed(n: number): string {
  return n >= 0 ? `+${n}` : `\u2212${-n}`;
}

/** "your", "Zinoviev's": whose number it is, from the actor's side. */
function whose(who: ContenderId, actor: ContenderId): string {
  return who === actor ? 'your' : `${nameOf(who)}\u2019s`;
}

export function describeChange(state: GameState, change: Change, actor: ContenderId): string {
  switch (change.kind) {
    case 'prestige':
    case 'heat':
    case 'health':
      return `${whose(change.who, actor)} ${change.kind} ${signed(change.delta)}`;
    case 'charge':
      return `${whose(change.who, actor)} heat ${signed(change.delta)}, up to ${HEAT_CAP_FROM_RIVALS}`;
    case 'mood': {
      const where =
        change.regions.length === REGIONS.length
          ? 'every region\u2019s mood'
          : `the mood in ${change.regions.map((r) => regionInSentence(r, currentQuarter(state))).join(', ')}`;
      const toward = change.toward === actor ? 'your' : `${nameOf(change.toward)}\u2019s`;
      const only = change.within !== undefined ? ' (where it is not far off already)' : '';
      return `${where} moves ${change.step} towards ${toward} position${only}`;
    }
    case 'relation': {
      const from = change.from === actor ? 'your' : `${nameOf(change.from)}\u2019s`;
      return `${from} feelings ${feelings(change, actor)}`;
    }
  }
}

/**
 * The changes in words. Several rivals' feelings changed alike (rallying the army sets six of
 * them against you) read as one line naming them all, not six lines the same.
 */
export function describeChanges(state: GameState, changes: Change[], actor: ContenderId): string {
  const alike = new Map<string, ContenderId[]>();
  const key = (c: RelationChange) => `${c.to}|${c.trust}|${c.grievance}`;
  for (const c of changes) {
    if (c.kind !== 'relation' || c.from === actor) continue;
    const froms = alike.get(key(c)) ?? [];
    froms.push(c.from);
    alike.set(key(c), froms);
  }
  const words: string[] = [];
  for (const c of changes) {
    const froms = c.kind === 'relation' && c.from !== actor ? alike.get(key(c)) : undefined;
    // Grouped only when each of them is named once: one man's two changes stay two lines.
    if (c.kind !== 'relation' || !froms || froms.length < 2 || new Set(froms).size < froms.length) {
      words.push(describeChange(state, c, actor));
    } else if (froms[0] === c.from) {
      // Said once, where the first of them comes.
      words.push(describeRelations(froms, c, actor));
    }
  }
  return words.join('; ');
}

function describeRelations(
  froms: ContenderId[],
  change: RelationChange,
  actor: ContenderId,
): string {
  const names = froms.map(nameOf);
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `the feelings of ${list} ${feelings(change, actor)} each`;
}

/** "towards you: trust −5, grievance +10". */
function feelings(change: RelationChange, actor: ContenderId): string {
  const parts: string[] = [];
  if (change.trust) parts.push(`trust ${signed(change.trust)}`);
  if (change.grievance) parts.push(`grievance ${signed(change.grievance)}`);
  const to = change.to === actor ? 'you' : nameOf(change.to);
  return `towards ${to}: ${parts.join(', ')}`;
}

/** Who an action is about: its actor, then the one it is aimed at, if any. */
function involved(action: PhaseAction): ContenderId[] {
  const other =
    'target' in action
      ? action.target
      : 'to' in action
        ? action.to
        : 'from' in action
          ? action.from
          : 'with' in action
            ? action.with
            : null;
  return other ? [action.actor, other] : [action.actor];
}

/** The chronicle's line for an action; secret dealings are shown only to those in them. */
export function chronicle(
  state: GameState,
  action: PhaseAction,
  succeeded: boolean,
  text: string,
  rule: string,
  visibleTo?: ContenderId[],
): void {
  addLog(state, {
    kind: 'action',
    text,
    actor: action.actor,
    cause: `rule:${rule}`,
    ...(visibleTo ? { visibleTo } : {}),
    outcome: { what: 'action', action: action.type, contenders: involved(action), succeeded },
  });
}
