// The action phase: what each action costs, its chance, and what it does.
// The numbers here are the rules; preview.ts turns them into words for the player.
import { CONTENDER_INFO, REGION_INFO } from '../content/people.ts';
import { CONTENDERS, REGIONS, type ContenderId, type RegionId } from './ids.ts';
import { motionOptions, bodyOf, motionTitle, chargedHeat } from './motions.ts';
import { addLog, adjustRelation, nextId } from './mutate.ts';
import {
  allianceBetween,
  canAct,
  clamp,
  controls,
  isActive,
  nameOf,
  platformOf,
  round1,
  secretariesOf,
  SECRETARY_SLOTS,
  unalignedSecretaries,
} from './query.ts';
import { chance } from './rng.ts';
import type { Action, GameState } from './types.ts';

type ActionOf<T extends Action['type']> = Extract<Action, { type: T }>;

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

/** How an action changes its actor's profile: the loud are noticed, the quiet forgotten. */
export const PROFILE_CHANGE: Partial<Record<Action['type'], number>> = {
  speak: 4,
  publish: 5,
  denounce: 5,
  motion: 3,
  platform: 15,
  conciliate: 1,
  recant: 3,
  appoint: -2,
  recruit: -1,
  rest: -2,
};

function spend(state: GameState, action: Action): void {
  const left = (state.actionPoints[action.actor] ?? 0) - costOf(state, action);
  state.actionPoints[action.actor] = Math.max(0, left);
  const me = state.contenders[action.actor];
  me.profile = clamp(me.profile + (PROFILE_CHANGE[action.type] ?? 0), 0, 100);
}

function log(
  state: GameState,
  action: Action,
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
  });
}

function moveToward(value: number, target: number, step: number): number {
  if (Math.abs(target - value) <= step) return target;
  return round1(value + Math.sign(target - value) * step);
}

function placeSecretary(
  state: GameState,
  region: RegionId,
  actor: ContenderId,
): ContenderId | null {
  const r = state.regions[region];
  if (unalignedSecretaries(state, region) > 0) {
    r.secretaries[actor] = (r.secretaries[actor] ?? 0) + 1;
    return null;
  }
  let victim: ContenderId | null = null;
  for (const c of CONTENDERS) {
    if (c === actor || allianceBetween(state, c, actor)) continue;
    if (secretariesOf(state, region, c) > (victim ? secretariesOf(state, region, victim) : 0))
      victim = c;
  }
  if (!victim) return null;
  r.secretaries[victim] = secretariesOf(state, region, victim) - 1;
  r.secretaries[actor] = (r.secretaries[actor] ?? 0) + 1;
  return victim;
}

function doAppoint(state: GameState, a: ActionOf<'appoint'>): void {
  const name = nameOf(a.actor);
  const where = REGION_INFO[a.region].name;
  if (!chance(state, chanceOf(state, a))) {
    log(
      state,
      a,
      `${name} tries to place a loyal secretary in ${where}, but the local committee resists.`,
      'appoint',
    );
    return;
  }
  const victim = placeSecretary(state, a.region, a.actor);
  if (victim) adjustRelation(state, victim, a.actor, -5, 10);
  const displaced = victim ? `, replacing one of ${nameOf(victim)}'s people` : '';
  log(state, a, `${name} places a loyal secretary in ${where}${displaced}.`, 'appoint');
}

function doRecruit(state: GameState, a: ActionOf<'recruit'>): void {
  const r = state.regions[a.region];
  r.weight = Math.min(r.weight + 2, 40);
  r.mood = moveToward(r.mood, state.contenders[a.actor].positions.economy, 5);
  const loyal = chance(state, chanceOf(state, a));
  if (loyal) placeSecretary(state, a.region, a.actor);
  log(
    state,
    a,
    `${nameOf(a.actor)} enrols new members in ${REGION_INFO[a.region].name}${loyal ? '; they owe their cards to the apparatus' : ''}.`,
    'recruit',
  );
}

function doSpeak(state: GameState, a: ActionOf<'speak'>): void {
  const me = state.contenders[a.actor];
  const r = state.regions[a.region];
  const where = REGION_INFO[a.region].name;
  if (chance(state, chanceOf(state, a))) {
    r.mood = moveToward(r.mood, me.positions.economy, 12);
    me.prestige = clamp(me.prestige + 1, 0, 100);
    if (platformOf(state, a.actor)) me.heat = clamp(me.heat + 5, 0, 100);
    log(state, a, `${nameOf(a.actor)} wins over the party meeting in ${where}.`, 'speak');
  } else {
    me.prestige = clamp(me.prestige - 1, 0, 100);
    log(state, a, `${nameOf(a.actor)} speaks in ${where} to a cool reception.`, 'speak');
  }
}

function doPublish(state: GameState, a: ActionOf<'publish'>): void {
  const me = state.contenders[a.actor];
  const ok = chance(state, chanceOf(state, a));
  if (!ok) {
    me.prestige = clamp(me.prestige - 2, 0, 100);
    log(state, a, `${nameOf(a.actor)}'s article falls flat.`, 'publish');
    return;
  }
  if (a.target) {
    const t = state.contenders[a.target];
    t.prestige = clamp(t.prestige - 6, 0, 100);
    me.prestige = clamp(me.prestige + 2, 0, 100);
    adjustRelation(state, a.target, a.actor, -10, 15);
    log(
      state,
      a,
      `${nameOf(a.actor)} publishes a pamphlet attacking ${nameOf(a.target)}'s record.`,
      'publish',
    );
  } else {
    me.prestige = clamp(me.prestige + 4, 0, 100);
    for (const region of REGIONS) {
      const r = state.regions[region];
      r.mood = moveToward(r.mood, me.positions.economy, 4);
    }
    log(
      state,
      a,
      `${nameOf(a.actor)} publishes an article on the party's course; it is widely read.`,
      'publish',
    );
  }
}

function doMotion(state: GameState, a: ActionOf<'motion'>): void {
  const id = nextId(state);
  state.motions.push({
    id,
    proposer: a.actor,
    spec: a.motion,
    body: bodyOf(a.motion),
    ballots: { [a.actor]: 'yes' },
  });
  log(state, a, `${nameOf(a.actor)} tables a motion: ${motionTitle(a.motion)}.`, 'motion');
}

function doOffer(state: GameState, a: ActionOf<'offer_alliance'>): void {
  state.offers.push({ from: a.actor, to: a.to, turn: state.turn });
  log(
    state,
    a,
    `${nameOf(a.actor)} sends word to ${nameOf(a.to)}, proposing an understanding.`,
    'alliance',
    [a.actor, a.to],
  );
}

function doAccept(state: GameState, a: ActionOf<'accept_alliance'>): void {
  state.offers = state.offers.filter((o) => !(o.from === a.from && o.to === a.actor));
  state.alliances.push({
    id: nextId(state),
    members: [a.from, a.actor],
    secret: true,
    since: state.turn,
  });
  adjustRelation(state, a.actor, a.from, 10, 0);
  adjustRelation(state, a.from, a.actor, 10, 0);
  log(
    state,
    a,
    `${nameOf(a.actor)} and ${nameOf(a.from)} reach a secret understanding.`,
    'alliance',
    [a.actor, a.from],
  );
}

function doDecline(state: GameState, a: ActionOf<'decline_alliance'>): void {
  state.offers = state.offers.filter((o) => !(o.from === a.from && o.to === a.actor));
  adjustRelation(state, a.from, a.actor, -5, 5);
  log(state, a, `${nameOf(a.actor)} turns down ${nameOf(a.from)}'s approach.`, 'alliance', [
    a.actor,
    a.from,
  ]);
}

function doBreak(state: GameState, a: ActionOf<'break_alliance'>): void {
  state.alliances = state.alliances.filter(
    (al) => !(al.members.includes(a.actor) && al.members.includes(a.with)),
  );
  adjustRelation(state, a.with, a.actor, -30, 25);
  log(state, a, `${nameOf(a.actor)} breaks with ${nameOf(a.with)}.`, 'alliance');
}

function doDenounce(state: GameState, a: ActionOf<'denounce'>): void {
  const me = state.contenders[a.actor];
  const t = state.contenders[a.target];
  adjustRelation(state, a.target, a.actor, -15, 20);
  if (chance(state, chanceOf(state, a))) {
    t.heat = chargedHeat(t.heat, 15);
    t.prestige = clamp(t.prestige - 5, 0, 100);
    log(
      state,
      a,
      `${nameOf(a.actor)} denounces ${nameOf(a.target)} for factionalism, and the charge sticks.`,
      'denounce',
    );
  } else {
    me.prestige = clamp(me.prestige - 3, 0, 100);
    me.heat = clamp(me.heat + 3, 0, 100);
    log(
      state,
      a,
      `${nameOf(a.actor)} accuses ${nameOf(a.target)} of factionalism, but few believe it.`,
      'denounce',
    );
  }
}

function doConciliate(state: GameState, a: ActionOf<'conciliate'>): void {
  if (chance(state, chanceOf(state, a))) {
    adjustRelation(state, a.target, a.actor, 10, -10);
    log(
      state,
      a,
      `${nameOf(a.actor)} makes peace overtures to ${nameOf(a.target)}, who warms to him.`,
      'conciliate',
    );
  } else {
    const me = state.contenders[a.actor];
    me.prestige = clamp(me.prestige - 1, 0, 100);
    log(
      state,
      a,
      `${nameOf(a.actor)} makes peace overtures to ${nameOf(a.target)}, who is not moved.`,
      'conciliate',
    );
  }
}

/** Heat below which there is nothing to confess. */
export const RECANT_MIN_HEAT = 15;

function doRecant(state: GameState, a: ActionOf<'recant'>): void {
  const me = state.contenders[a.actor];
  me.heat = clamp(me.heat - 15, 0, 100);
  me.prestige = clamp(me.prestige - 4, 0, 100);
  // Renouncing factional work means leaving the platform (and ending it, if one led it).
  const platform = platformOf(state, a.actor);
  if (platform) {
    platform.members = platform.members.filter((m) => m !== a.actor);
    if (platform.leader === a.actor)
      state.platforms = state.platforms.filter((p) => p !== platform);
  }
  log(
    state,
    a,
    `${nameOf(a.actor)} admits his errors before the Central Committee and promises to abide by the party's decisions.`,
    'recant',
  );
}

function doPlatform(state: GameState, a: ActionOf<'platform'>): void {
  const members: ContenderId[] = [a.actor];
  for (const al of state.alliances) {
    if (!al.members.includes(a.actor)) continue;
    const other = al.members[0] === a.actor ? al.members[1] : al.members[0];
    if (!platformOf(state, other) && canAct(state, other)) members.push(other);
    al.secret = false;
  }
  state.platforms.push({ leader: a.actor, members, since: state.turn, condemned: false });
  const me = state.contenders[a.actor];
  for (const m of members) {
    const c = state.contenders[m];
    c.heat = clamp(c.heat + 25, 0, 100);
    c.prestige = clamp(c.prestige + 3, 0, 100);
  }
  for (const region of REGIONS) {
    const r = state.regions[region];
    if (Math.abs(r.mood - me.positions.economy) < 40)
      r.mood = moveToward(r.mood, me.positions.economy, 6);
  }
  const names = members.map((m) => nameOf(m)).join(', ');
  log(
    state,
    a,
    `${nameOf(a.actor)} publishes an opposition platform, signed by ${names}. The ban on factions hangs over them.`,
    'platform',
  );
}

function doRest(state: GameState, a: ActionOf<'rest'>): void {
  const me = state.contenders[a.actor];
  me.health = clamp(me.health + 15, 0, 100);
  log(state, a, `${nameOf(a.actor)} rests and recovers strength.`, 'rest');
}

/** Apply an action-phase action in place. The caller has checked it is legal. */
export function applyActionPhase(state: GameState, action: Action): void {
  switch (action.type) {
    case 'appoint':
      doAppoint(state, action);
      break;
    case 'recruit':
      doRecruit(state, action);
      break;
    case 'speak':
      doSpeak(state, action);
      break;
    case 'publish':
      doPublish(state, action);
      break;
    case 'motion':
      doMotion(state, action);
      break;
    case 'offer_alliance':
      doOffer(state, action);
      break;
    case 'accept_alliance':
      doAccept(state, action);
      break;
    case 'decline_alliance':
      doDecline(state, action);
      break;
    case 'break_alliance':
      doBreak(state, action);
      break;
    case 'denounce':
      doDenounce(state, action);
      break;
    case 'conciliate':
      doConciliate(state, action);
      break;
    case 'recant':
      doRecant(state, action);
      break;
    case 'platform':
      doPlatform(state, action);
      break;
    case 'rest':
      doRest(state, action);
      break;
    case 'end':
      state.actionPoints[action.actor] = 0;
      return;
    default:
      return;
  }
  spend(state, action);
}
