// The action phase: which actions are legal, what each costs and its chance.
// The numbers here are the rules; preview.ts turns them into words for the player.
import { CONTENDER_INFO } from '../content/people.ts';
import { CONTENDERS, REGIONS, type ContenderId, type RegionId } from './ids.ts';
import { motionOptions } from './motions.ts';
import {
  allianceBetween,
  canAct,
  clamp,
  controls,
  isActive,
  platformOf,
  round1,
  secretariesOf,
  SECRETARY_SLOTS,
  unalignedSecretaries,
} from './query.ts';
import type { Action, GameState } from './types.ts';

export const INDUSTRIAL_REGIONS: readonly RegionId[] = ['moscow', 'leningrad', 'ukraine', 'urals'];

export function costOf(state: GameState, action: Action): number {
  switch (action.type) {
    case 'appoint':
    case 'speak':
    case 'offer_alliance':
    case 'denounce':
    case 'conciliate':
    case 'recant':
    case 'rest':
    case 'motion':
      return 1;
    case 'recruit':
    case 'platform':
      return 2;
    case 'publish':
      return controls(state, action.actor, 'pravda') ? 1 : 2;
    default:
      return 0;
  }
}

export function canAppointIn(state: GameState, actor: ContenderId, region: RegionId): boolean {
  if (!isActive(state, actor)) return false;
  if (controls(state, actor, 'general_secretary') || controls(state, actor, 'orgburo')) return true;
  if (region === 'leningrad') return controls(state, actor, 'leningrad_party');
  if (region === 'moscow') return controls(state, actor, 'moscow_party');
  if (region === 'red_army') return controls(state, actor, 'war_commissar');
  return false;
}

/** The chance (0..1) an action succeeds; 1 for actions that cannot fail. */
export function chanceOf(state: GameState, action: Action): number {
  const actor = state.contenders[action.actor];
  const info = CONTENDER_INFO[action.actor];
  switch (action.type) {
    case 'appoint': {
      let p = 0.45 + info.organisation / 200;
      const rivalHeld =
        SECRETARY_SLOTS -
        unalignedSecretaries(state, action.region) -
        secretariesOf(state, action.region, action.actor);
      if (unalignedSecretaries(state, action.region) === 0) p -= 0.15;
      else if (rivalHeld >= 6) p -= 0.05;
      return clamp(round1(p * 100) / 100, 0.1, 0.95);
    }
    case 'recruit':
      return 0.7;
    case 'speak': {
      let p = 0.2 + info.oratory / 200 + actor.prestige / 400;
      if (
        (action.region === 'leningrad' && controls(state, action.actor, 'leningrad_party')) ||
        (action.region === 'moscow' && controls(state, action.actor, 'moscow_party')) ||
        (action.region === 'red_army' && controls(state, action.actor, 'war_commissar'))
      ) {
        p += 0.15;
      }
      if (
        INDUSTRIAL_REGIONS.includes(action.region) &&
        controls(state, action.actor, 'trade_unions')
      )
        p += 0.1;
      if (actor.health < 40) p -= 0.1;
      return clamp(round1(p * 100) / 100, 0.1, 0.95);
    }
    case 'publish': {
      let p = 0.3 + info.oratory / 300 + actor.prestige / 400;
      if (controls(state, action.actor, 'pravda')) p += 0.2;
      if (action.target) p -= state.contenders[action.target].prestige / 500;
      return clamp(round1(p * 100) / 100, 0.1, 0.95);
    }
    case 'denounce': {
      const target = state.contenders[action.target];
      let p = 0.3 + (actor.prestige - target.prestige) / 200 + target.heat / 200;
      if (controls(state, action.actor, 'rabkrin')) p += 0.15;
      return clamp(round1(p * 100) / 100, 0.05, 0.9);
    }
    case 'offer_alliance':
      return round1(acceptanceLikelihood(state, action.to, action.actor) * 100) / 100;
    case 'conciliate': {
      const rel = state.contenders[action.target].relations[action.actor];
      return clamp(round1((0.75 - rel.grievance / 150) * 100) / 100, 0.2, 0.9);
    }
    default:
      return 1;
  }
}

/** How ready `who` is to accept an alliance with `from` (0..1): trust, grudges, shared enemies. */
export function acceptanceLikelihood(
  state: GameState,
  who: ContenderId,
  from: ContenderId,
): number {
  const rel = state.contenders[who].relations[from];
  const pw = state.contenders[who].positions;
  const pf = state.contenders[from].positions;
  const ideology =
    (Math.abs(pw.economy - pf.economy) + Math.abs(pw.revolution - pf.revolution)) / 400;
  return clamp(0.25 + (rel.trust - 50) / 100 - rel.grievance / 100 - ideology * 0.5, 0.02, 0.95);
}

function legalInActionPhase(state: GameState, actor: ContenderId): Action[] {
  const ap = state.actionPoints[actor] ?? 0;
  const out: Action[] = [];
  const me = state.contenders[actor];
  const active = isActive(state, actor);
  for (const o of state.offers) {
    if (o.to === actor) {
      out.push({ type: 'accept_alliance', actor, from: o.from });
      out.push({ type: 'decline_alliance', actor, from: o.from });
    }
  }
  for (const al of state.alliances) {
    if (al.members.includes(actor)) {
      const other = al.members[0] === actor ? al.members[1] : al.members[0];
      out.push({ type: 'break_alliance', actor, with: other });
    }
  }
  if (ap >= 1) {
    for (const region of REGIONS) {
      if (
        canAppointIn(state, actor, region) &&
        secretariesOf(state, region, actor) < SECRETARY_SLOTS
      ) {
        out.push({ type: 'appoint', actor, region });
      }
      out.push({ type: 'speak', actor, region });
    }
    for (const motion of motionOptions(state, actor)) out.push({ type: 'motion', actor, motion });
    for (const other of CONTENDERS) {
      if (other === actor || !canAct(state, other)) continue;
      const pending = state.offers.some(
        (o) => (o.from === actor && o.to === other) || (o.from === other && o.to === actor),
      );
      if (!allianceBetween(state, actor, other) && !pending) {
        out.push({ type: 'offer_alliance', actor, to: other });
      }
      out.push({ type: 'denounce', actor, target: other });
      const rel = state.contenders[other].relations[actor];
      if (rel.trust < 90 || rel.grievance > 0)
        out.push({ type: 'conciliate', actor, target: other });
    }
    if (me.health < 100) out.push({ type: 'rest', actor });
    if (me.heat >= RECANT_MIN_HEAT) out.push({ type: 'recant', actor });
  }
  if (ap >= costOf(state, { type: 'publish', actor, target: null })) {
    out.push({ type: 'publish', actor, target: null });
    for (const other of CONTENDERS) {
      if (other !== actor && canAct(state, other))
        out.push({ type: 'publish', actor, target: other });
    }
  }
  if (ap >= 2) {
    if (active && controls(state, actor, 'general_secretary')) {
      for (const region of REGIONS) out.push({ type: 'recruit', actor, region });
    }
    if (!platformOf(state, actor)) out.push({ type: 'platform', actor });
  }
  out.push({ type: 'end', actor });
  return out;
}

export { legalInActionPhase };

/** Heat below which there is nothing to confess. */
export const RECANT_MIN_HEAT = 15;
