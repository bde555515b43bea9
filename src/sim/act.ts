// Doing an action-phase action: the state changes each one makes. What an action may be, costs
// and its chances live in actions.ts; the words the player reads first live in preview.ts.
import { REGION_INFO } from '../content/people.ts';
import { chanceOf, costOf } from './actions.ts';
import { CONTENDERS, REGIONS, type ContenderId, type RegionId } from './ids.ts';
import { chargedHeat, bodyOf, motionTitle } from './motions.ts';
import { addLog, adjustRelation, nextId } from './mutate.ts';
import {
  allianceBetween,
  canAct,
  clamp,
  nameOf,
  platformOf,
  round1,
  secretariesOf,
  unalignedSecretaries,
} from './query.ts';
import { chance } from './rng.ts';
import type { Action, GameState } from './types.ts';

type ActionOf<T extends Action['type']> = Extract<Action, { type: T }>;

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
