// Congresses and conferences: delegates (picked largely by the apparatus) condemn platforms and
// elect the Central Committee, which then re-forms the Politburo: the circular flow of power.
import type { GatheringDef } from '../content/congresses.ts';
import { CONTENDERS, REGIONS, type ContenderId } from './ids.ts';
import { addLog, appendRecord, leavePolitburo, nextId, setStatus } from './mutate.ts';
import {
  allianceBetween,
  alliesOf,
  APPARATUS_SHARE,
  canAct,
  isActive,
  CC_SEATS,
  clamp,
  controlledDelegates,
  controllerOf,
  nameOf,
  powerIndex,
  round1,
  SECRETARY_SLOTS,
  unalignedSecretaries,
} from './query.ts';
import { hostilityTo, stanceOn } from './votes.ts';
import type { Ballot, GameState, Platform } from './types.ts';

/**
 * Who tables the condemnation and speaks for the majority: the apparatus (the General
 * Secretary's controller) unless he signed the platform. Then a rival stands in: the strongest
 * man outside the platform who is hostile to its leader and not his ally (else the strongest
 * outside it). The stand-in is never the player's seat (`options.faction`): the proposer's
 * delegates vote for "his" motion and the record names him, and a player who did not table it
 * must not read that he did. Ties go to the contender listed first, so the choice is the same
 * in every run. (Hot-seat players beside the first are not known to the rules; the hostility
 * test makes a stand-in one who would have wanted the motion.)
 */
function majorityLeader(state: GameState, platform: Platform): ContenderId | null {
  const gs = controllerOf(state, 'general_secretary');
  if (gs && !platform.members.includes(gs)) return gs;
  const outside = CONTENDERS.filter(
    (c) => canAct(state, c) && !platform.members.includes(c) && c !== state.options.faction,
  );
  const hostile = outside.filter(
    (c) =>
      hostilityTo(state, c, platform.leader) > 0 && !allianceBetween(state, c, platform.leader),
  );
  let best: ContenderId | null = null;
  for (const c of hostile.length > 0 ? hostile : outside) {
    if (!best || powerIndex(state, c) > powerIndex(state, best)) best = c;
  }
  return best;
}

function condemnPlatform(state: GameState, platform: Platform, gathering: GatheringDef): void {
  const proposer = majorityLeader(state, platform);
  if (!proposer) return;
  const leader = state.contenders[platform.leader];
  const ballots: Ballot[] = [];
  let yes = 0;
  let no = 0;
  for (const c of CONTENDERS) {
    const delegates = Math.round(controlledDelegates(state, c));
    if (delegates === 0) continue;
    const against = platform.members.includes(c);
    const stance = against
      ? { choice: 'no' as const, reason: 'signed the platform' }
      : stanceOn(state, c, proposer, { kind: 'censure', target: platform.leader });
    const choice = stance.choice === 'abstain' ? 'yes' : stance.choice;
    ballots.push({
      voter: c,
      choice,
      weight: delegates,
      reason: `${nameOf(c)}'s delegates: ${stance.reason}`,
    });
    if (choice === 'yes') yes += delegates;
    else no += delegates;
  }
  // Delegates not picked by a patron follow their region's mood and the platform's standing.
  let openYes = 0;
  let openNo = 0;
  for (const r of REGIONS) {
    const region = state.regions[r];
    const open =
      region.weight *
      (1 - APPARATUS_SHARE + (APPARATUS_SHARE * unalignedSecretaries(state, r)) / SECRETARY_SLOTS);
    const share = clamp(
      0.55 +
        Math.abs(region.mood - leader.positions.economy) / 250 +
        (leader.heat - 30) / 200 -
        (leader.prestige - 50) / 200,
      0.05,
      0.95,
    );
    openYes += open * share;
    openNo += open * (1 - share);
  }
  ballots.push({
    voter: 'unaligned' as never,
    choice: 'yes',
    weight: Math.round(openYes),
    reason: 'uncommitted delegates for unity',
  });
  ballots.push({
    voter: 'unaligned' as never,
    choice: 'no',
    weight: Math.round(openNo),
    reason: 'uncommitted delegates for debate',
  });
  yes += Math.round(openYes);
  no += Math.round(openNo);
  const passed = yes > no;
  const id = nextId(state);
  appendRecord(state.votes, {
    id,
    turn: state.turn,
    body: 'congress',
    title: `${gathering.title}: condemn the platform of ${nameOf(platform.leader)}`,
    proposer,
    spec: { kind: 'condemn_platform', leader: platform.leader },
    ballots,
    yes,
    no,
    passed,
  });
  addLog(state, {
    kind: 'congress',
    text: passed
      ? `${gathering.title} condemns ${nameOf(platform.leader)}'s platform as factionalism, ${yes}\u2013${no}.`
      : `${gathering.title} refuses to condemn ${nameOf(platform.leader)}'s platform, ${yes}\u2013${no}: a blow to the apparatus.`,
    cause: `vote:${id}`,
    outcome: {
      what: 'platform_verdict',
      gathering: gathering.id,
      vote: id,
      contenders: [platform.leader],
      condemned: passed,
    },
  });
  if (passed) {
    platform.condemned = true;
    for (const m of platform.members) {
      const c = state.contenders[m];
      c.heat = clamp(c.heat + 20, 0, 100);
      c.prestige = clamp(c.prestige - 10, 0, 100);
    }
  } else {
    leader.prestige = clamp(leader.prestige + 8, 0, 100);
    const p = state.contenders[proposer];
    p.prestige = clamp(p.prestige - 8, 0, 100);
  }
}

/** Popularity below this wins no delegates from the floor. */
const FLOOR_PRESTIGE = 55;
/** A speaker carries a region's open meetings only if he stands this near its mood. */
const FLOOR_DISTANCE = 25;
/** Heat for each Central Committee seat won from the floor: the apparatus calls it agitation. */
const FLOOR_HEAT_PER_SEAT = 3;

/**
 * Open debate: the delegates no secretary picked follow the region's cells, and a popular
 * leader who speaks for their mood carries part of them (in December 1923 the opposition won
 * a large share of Moscow's cell votes before the apparatus closed ranks). In each region the
 * leader nearest its mood, if popular enough, wins up to half of its open delegates.
 */
export function floorDelegates(state: GameState): Record<ContenderId, number> {
  const won = Object.fromEntries(CONTENDERS.map((c) => [c, 0])) as Record<ContenderId, number>;
  for (const r of REGIONS) {
    const region = state.regions[r];
    let best: ContenderId | null = null;
    let bestDistance = FLOOR_DISTANCE + 1;
    for (const c of CONTENDERS) {
      const me = state.contenders[c];
      if (!isActive(state, c) || me.prestige < FLOOR_PRESTIGE) continue;
      const distance = Math.abs(me.positions.economy - region.mood);
      if (distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    if (!best) continue;
    const open =
      region.weight *
      (1 - APPARATUS_SHARE + (APPARATUS_SHARE * unalignedSecretaries(state, r)) / SECRETARY_SLOTS);
    won[best] += open * Math.min(0.5, (state.contenders[best].prestige - 50) / 50);
  }
  return won;
}

function electCentralCommittee(state: GameState, gathering: GatheringDef): void {
  const total = CONTENDERS.reduce((sum, c) => sum + controlledDelegates(state, c), 0);
  const allDelegates = REGIONS.reduce((sum, r) => sum + state.regions[r].weight, 0);
  const floor = floorDelegates(state);
  let assigned = 0;
  for (const c of CONTENDERS) {
    // A patron outside the Central Committee has no bloc in it: the members his secretaries'
    // delegates elect sit as uncommitted (as his seats did when he was removed).
    const apparatusSeats = isActive(state, c)
      ? Math.round((CC_SEATS * controlledDelegates(state, c)) / allDelegates)
      : 0;
    const floorSeats = Math.round((CC_SEATS * floor[c]) / allDelegates);
    const seats = Math.min(CC_SEATS - assigned, apparatusSeats + floorSeats);
    if (floorSeats > 0) {
      const me = state.contenders[c];
      me.heat = clamp(me.heat + FLOOR_HEAT_PER_SEAT * floorSeats, 0, 100);
      addLog(state, {
        kind: 'congress',
        text: `${nameOf(c)} carries the open meetings: delegates no secretary picked elect ${floorSeats} of his supporters to the Central Committee. The apparatus calls it agitation (heat +${FLOOR_HEAT_PER_SEAT * floorSeats}).`,
        actor: c,
        cause: 'rule:floor_delegates',
        outcome: { what: 'note', source: 'rule:floor_delegates' },
      });
    }
    state.cc[c] = seats;
    assigned += seats;
  }
  state.cc.unaligned = Math.max(0, CC_SEATS - assigned);
  const id = nextId(state);
  const parts = CONTENDERS.filter((c) => state.cc[c] > 0).map((c) => `${nameOf(c)} ${state.cc[c]}`);
  addLog(state, {
    kind: 'congress',
    text: `${gathering.title} elects a new Central Committee of ${CC_SEATS}: ${parts.join(', ') || 'no bloc'}; ${state.cc.unaligned} uncommitted. ${Math.round((100 * total) / allDelegates)}% of delegates were chosen by the secretaries.`,
    cause: `rule:cc_election:${id}`,
    outcome: { what: 'cc_elected', gathering: gathering.id, seats: { ...state.cc } },
  });

  // The new Central Committee re-forms the Politburo.
  for (const c of CONTENDERS) {
    if (!canAct(state, c)) continue;
    const me = state.contenders[c];
    const condemned = state.platforms.some((p) => p.condemned && p.members.includes(c));
    const bloc = state.cc[c] + alliesOf(state, c).reduce((s, a) => s + state.cc[a], 0);
    if (condemned && me.heat >= 50 && state.cc[c] <= 1 && me.status === 'active') {
      setStatus(state, c, 'removed', `rule:cc_election:${id}`);
      addLog(state, {
        kind: 'congress',
        text: `${nameOf(c)} is not re-elected to the Central Committee.`,
        actor: c,
        outcome: {
          what: 'politburo_rank',
          gathering: gathering.id,
          contenders: [c],
          change: 'not_reelected',
        },
      });
      continue;
    }
    if (state.politburo.full.includes(c) && condemned && bloc < CC_SEATS / 4) {
      state.politburo.full = state.politburo.full.filter((p) => p !== c);
      state.politburo.candidates.push(c);
      addLog(state, {
        kind: 'congress',
        text: `${nameOf(c)} is demoted to a candidate member of the Politburo.`,
        actor: c,
        outcome: {
          what: 'politburo_rank',
          gathering: gathering.id,
          contenders: [c],
          change: 'demoted',
        },
      });
    } else if (state.politburo.candidates.includes(c) && condemned && bloc < CC_SEATS / 8) {
      leavePolitburo(state, c, `rule:cc_election:${id}`);
    } else if (state.politburo.candidates.includes(c) && !condemned && me.prestige >= 55) {
      state.politburo.candidates = state.politburo.candidates.filter((p) => p !== c);
      state.politburo.full.push(c);
      addLog(state, {
        kind: 'congress',
        text: `${nameOf(c)} is promoted to full membership of the Politburo.`,
        actor: c,
        outcome: {
          what: 'politburo_rank',
          gathering: gathering.id,
          contenders: [c],
          change: 'promoted',
        },
      });
    }
  }
}

export function runGathering(state: GameState, gathering: GatheringDef): void {
  addLog(state, {
    kind: 'congress',
    text: `The ${gathering.title} opens. (${gathering.note})`,
    cause: `congress:${gathering.id}`,
    outcome: { what: 'gathering', gathering: gathering.id },
  });
  for (const platform of state.platforms.filter((p) => !p.condemned)) {
    condemnPlatform(state, platform, gathering);
  }
  if (gathering.electsCentralCommittee) electCentralCommittee(state, gathering);
  for (const c of CONTENDERS) {
    if (canAct(state, c)) {
      const me = state.contenders[c];
      me.prestige = round1(clamp(me.prestige + (powerIndex(state, c) > 30 ? 2 : 0), 0, 100));
    }
  }
}
