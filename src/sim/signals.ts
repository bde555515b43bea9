// What the end of a game can measure about how power was won: the evidence the game-over
// report sets against the historians' explanations (structure, personality, ideas, society).
import { CONTENDERS, type ContenderId } from './ids.ts';
import { controlledDelegates, nameOf, powerIndex, totalDelegates } from './query.ts';
import type { ActionType, GameState } from './types.ts';

export const SIGNALS = [
  'apparatus_delegate_share',
  'appointments_made',
  'rivals_divided',
  'line_shifts',
  'opposition_condemned',
  'prestige_gap',
  'grain_crisis_policy',
  'recruits',
] as const;
export type SignalId = (typeof SIGNALS)[number];

export interface Signal {
  id: SignalId;
  /** The raw measure. */
  value: number;
  /** 0..1: how strongly the measure points to its explanation. */
  strength: number;
  /** One sentence with the numbers, naming who. */
  text: string;
}

/** The contender the report is about: the winner, or the strongest at the end. */
export function leadingContender(state: GameState): ContenderId {
  if (state.outcome?.winner) return state.outcome.winner;
  let best: ContenderId = CONTENDERS[0];
  for (const c of CONTENDERS) if (powerIndex(state, c) > powerIndex(state, best)) best = c;
  return best;
}

/** How many times `who` took an action (only those that worked, when `succeeded` is asked). */
function countActions(
  state: GameState,
  who: ContenderId,
  action: ActionType,
  succeeded?: boolean,
): number {
  let n = 0;
  for (const { outcome: o } of state.log) {
    if (o.what !== 'action' || o.action !== action || o.contenders[0] !== who) continue;
    if (succeeded === undefined || o.succeeded === succeeded) n++;
  }
  return n;
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export function measureSignals(
  state: GameState,
  who: ContenderId = leadingContender(state),
): Record<SignalId, Signal> {
  const name = nameOf(who);
  const apparatus = controlledDelegates(state, who) / Math.max(1, totalDelegates(state));
  const appointments = countActions(state, who, 'appoint', true);
  const recruits = countActions(state, who, 'recruit');
  // Alliances he entered: by accepting an offer, or made by the record's events (the Troika).
  const alliances = state.log.filter(
    ({ outcome: o }) =>
      ((o.what === 'action' && o.action === 'accept_alliance') || o.what === 'alliance_formed') &&
      o.contenders.includes(who),
  ).length;
  const lineVotes = state.votes.filter(
    (v) => v.proposer === who && v.spec.kind === 'line' && v.passed,
  ).length;
  const condemned = state.votes.filter(
    (v) => v.spec.kind === 'condemn_platform' && v.passed,
  ).length;
  let bestOther = 0;
  let bestOtherName = '';
  for (const c of CONTENDERS) {
    if (c !== who && state.contenders[c].prestige > bestOther) {
      bestOther = state.contenders[c].prestige;
      bestOtherName = nameOf(c);
    }
  }
  const gap = state.contenders[who].prestige - bestOther;
  const grainVotes = state.votes.filter(
    (v) => v.spec.kind === 'event_choice' && v.spec.event === 'grain_decision',
  );
  const forced = grainVotes.filter(
    (v) =>
      v.spec.kind === 'event_choice' &&
      (v.spec.option === 'extraordinary_measures' || v.spec.option === 'collective_farms'),
  ).length;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return {
    apparatus_delegate_share: {
      id: 'apparatus_delegate_share',
      value: Math.round(apparatus * 1000) / 1000,
      strength: clamp01(apparatus / 0.4),
      text: `${pct(apparatus)} of congress delegates were picked by ${name}'s own secretaries.`,
    },
    appointments_made: {
      id: 'appointments_made',
      value: appointments,
      strength: clamp01(appointments / 40),
      text: `${name} placed ${appointments} loyal secretaries in the regions.`,
    },
    rivals_divided: {
      id: 'rivals_divided',
      value: alliances,
      strength: clamp01(alliances / 3),
      text: `${name} made ${alliances} secret alliance${alliances === 1 ? '' : 's'} with one rival against another.`,
    },
    line_shifts: {
      id: 'line_shifts',
      value: lineVotes,
      strength: clamp01(lineVotes / 3),
      text: `${name} moved the party line by a vote ${lineVotes} time${lineVotes === 1 ? '' : 's'}.`,
    },
    opposition_condemned: {
      id: 'opposition_condemned',
      value: condemned,
      strength: clamp01(condemned / 2),
      text: `${condemned} opposition platform${condemned === 1 ? ' was' : 's were'} condemned as factionalism by a congress or conference.`,
    },
    prestige_gap: {
      id: 'prestige_gap',
      value: Math.round(gap),
      // Winning without being the most admired points away from personality and towards the machine.
      strength: clamp01(-gap / 30),
      text:
        gap >= 0
          ? `${name} ended as the most admired leader (prestige ${Math.round(state.contenders[who].prestige)}).`
          : `${name} ended ${Math.round(-gap)} points of prestige behind ${bestOtherName}.`,
    },
    grain_crisis_policy: {
      id: 'grain_crisis_policy',
      value: forced,
      strength: grainVotes.length ? forced / grainVotes.length : 0,
      text: grainVotes.length
        ? `The Politburo met ${grainVotes.length} grain shortfall${grainVotes.length === 1 ? '' : 's'} with force or collective farms ${forced} time${forced === 1 ? '' : 's'}.`
        : 'There was no grain shortfall to force a choice.',
    },
    recruits: {
      id: 'recruits',
      value: recruits,
      strength: clamp01(recruits / 6),
      text: `${name} ran ${recruits} recruitment drive${recruits === 1 ? '' : 's'} of new, grateful party members.`,
    },
  };
}
