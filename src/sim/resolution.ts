// The end of a quarter: the economy, health, cooling tempers, vacant posts, the power chart.
import { CONTENDER_INFO, postName } from '../content/people.ts';
import { currentQuarter, quarterLabel } from './calendar.ts';
import { economyQuarter } from './economy.ts';
import { CONTENDERS, FIGURES, POSTS, REGIONS, type ContenderId, type PersonId } from './ids.ts';
import { addLog, appendRecord, setStatus } from './mutate.ts';
import { canAct, clamp, controllerOf, nameOf, platformOf, powerIndex, round1 } from './query.ts';
import { chance, draw } from './rng.ts';
import { computeOutcome, supremeLeader } from './scoring.ts';
import type { GameState } from './types.ts';

function healthQuarter(state: GameState): void {
  for (const c of CONTENDERS) {
    if (!canAct(state, c)) continue;
    const me = state.contenders[c];
    if (chance(state, CONTENDER_INFO[c].frailty)) {
      const loss = Math.round(10 + draw(state) * 15);
      me.health = clamp(me.health - loss, 0, 100);
      addLog(state, {
        kind: 'health',
        text: `${nameOf(c)} falls ill (health \u2212${loss}).`,
        outcome: { what: 'illness', contenders: [c], loss },
        actor: c,
        cause: 'rule:illness',
      });
      if (me.health <= 0) setStatus(state, c, 'dead', 'rule:illness');
    } else {
      me.health = clamp(me.health + 4, 0, 100);
    }
  }
}

/**
 * Fame fades: prestige drifts a twelfth of the way back to where it rests each quarter. The
 * quarter summary names the drift (a student saw his prestige slip with no word of why).
 */
export const PRESTIGE_REST = 50;
const PRESTIGE_FADE = 12;

function fadedPrestige(prestige: number): number {
  return round1(prestige + (PRESTIGE_REST - prestige) / PRESTIGE_FADE);
}

/**
 * How much of a prestige standing at `after` once a quarter has ended that quarter's fading
 * made (nothing moves prestige after it): the rule run backwards, exact to its rounding.
 */
export function prestigeFadeInto(after: number): number {
  return (PRESTIGE_REST - after) / (PRESTIGE_FADE - 1);
}

function coolTempers(state: GameState): void {
  for (const c of CONTENDERS) {
    const me = state.contenders[c];
    me.heat = clamp(me.heat + (platformOf(state, c) ? 2 : -4), 0, 100);
    // Fame fades, and the party's attention drifts a tenth of the way back to 30.
    me.prestige = fadedPrestige(me.prestige);
    me.profile = round1(me.profile + (30 - me.profile) / 10);
    for (const other of CONTENDERS) {
      if (other === c) continue;
      const rel = me.relations[other];
      rel.grievance = clamp(rel.grievance - 2, 0, 100);
    }
  }
  for (const r of REGIONS) {
    const region = state.regions[r];
    const pull = clamp(state.partyLine.economy - region.mood, -3, 3);
    region.mood = round1(region.mood + pull);
  }
  // An offer unanswered by the end of the next quarter lapses; both sides are told.
  for (const o of state.offers) {
    if (o.turn >= state.turn) continue;
    addLog(state, {
      kind: 'action',
      text: `${nameOf(o.to)} never answered ${nameOf(o.from)}'s offer of an understanding; it lapses.`,
      actor: o.from,
      cause: 'rule:alliance',
      visibleTo: [o.from, o.to],
      outcome: { what: 'offer_lapsed', contenders: [o.from, o.to] },
    });
  }
  state.offers = state.offers.filter((o) => o.turn >= state.turn);
}

/** Vacant posts go to a client of whoever runs the Secretariat: patronage fills the gaps. */
function fillVacantPosts(state: GameState): void {
  const gs = controllerOf(state, 'general_secretary');
  for (const post of POSTS) {
    if (state.posts[post]) continue;
    let appointee: PersonId | null = null;
    if (post === 'general_secretary') {
      const ranked = CONTENDERS.filter(
        (c) => canAct(state, c) && state.contenders[c].status === 'active',
      ).sort((a, b) => powerIndex(state, b) - powerIndex(state, a));
      appointee = ranked[0] ?? null;
    } else if (gs) {
      const held = new Set(Object.values(state.posts));
      appointee =
        FIGURES.find(
          (f) =>
            f !== 'lenin' &&
            state.figures[f].patron === gs &&
            state.figures[f].alive &&
            !held.has(f),
        ) ?? null;
    }
    if (appointee) {
      state.posts[post] = appointee;
      addLog(state, {
        kind: 'system',
        text: `${nameOf(appointee)} fills the vacant post of ${postName(post, currentQuarter(state))}.`,
        cause: 'rule:vacancy',
        outcome: { what: 'post_filled', post, holder: appointee, by: 'vacancy' },
      });
    }
  }
}

function snapshotPower(state: GameState): void {
  const snapshot = {} as Record<ContenderId, number>;
  for (const c of CONTENDERS) snapshot[c] = powerIndex(state, c);
  appendRecord(state.powerHistory, snapshot);
}

/** "The end of 1929", or for a scenario that stops earlier, the quarter it stops in. */
function endWords(state: GameState): string {
  const last = state.endQuarter;
  return last % 4 === 3
    ? `The end of ${Math.floor(last / 4)}`
    : `${quarterLabel(last)}, the end of this scenario`;
}

/** Resolve the quarter. Returns true when the game is over. */
export function endOfQuarter(state: GameState): boolean {
  economyQuarter(state);
  healthQuarter(state);
  coolTempers(state);
  fillVacantPosts(state);
  state.platforms = state.platforms.filter((p) => p.members.some((m) => canAct(state, m)));
  snapshotPower(state);
  const supreme = supremeLeader(state);
  if (supreme) {
    state.outcome = computeOutcome(
      state,
      `${nameOf(supreme)} has achieved supremacy: no rival is left in the Politburo.`,
    );
    return true;
  }
  if (currentQuarter(state) >= state.endQuarter) {
    state.outcome = computeOutcome(
      state,
      `${endWords(state)}: the struggle for the succession is settled for now.`,
    );
    return true;
  }
  if (CONTENDERS.every((c) => !canAct(state, c))) {
    state.outcome = computeOutcome(state, 'No contender is left standing.');
    return true;
  }
  return false;
}
