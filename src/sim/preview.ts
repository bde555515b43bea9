// What the player reads before committing an action: its cost, its chance and its effect.
// Kept beside the rules so the words cannot drift from the numbers in actions.ts.
import { POST_INFO, REGION_INFO } from '../content/people.ts';
import { chanceOf, costOf } from './actions.ts';
import { bodyOf, motionTitle } from './motions.ts';
import { nameOf } from './query.ts';
import type { Action, GameState } from './types.ts';

export interface ActionPreview {
  /** A short label for a button, e.g. "Appoint a secretary in the Urals". */
  title: string;
  cost: number;
  /** 0..1 */
  chance: number;
  effect: string;
  /** The group it belongs to in the action chooser. */
  group:
    'apparatus' | 'persuade' | 'motions' | 'alliances' | 'attack' | 'self' | 'events' | 'votes';
}

export function previewAction(state: GameState, action: Action): ActionPreview {
  const cost = costOf(state, action);
  const chance = chanceOf(state, action);
  switch (action.type) {
    case 'appoint':
      return {
        title: `Appoint a loyal secretary in ${REGION_INFO[action.region].name}`,
        cost,
        chance,
        group: 'apparatus',
        effect:
          'One more of your people in the region: they pick its delegates to the next congress. Replaces an unaligned secretary, or a rival\u2019s if none is left.',
      };
    case 'recruit':
      return {
        title: `Recruit new members in ${REGION_INFO[action.region].name}`,
        cost,
        chance,
        group: 'apparatus',
        effect:
          'The region sends 2 more delegates; its mood moves towards your line; the chance is that a new secretary is loyal to you.',
      };
    case 'speak':
      return {
        title: `Speak to the party in ${REGION_INFO[action.region].name}`,
        cost,
        chance,
        group: 'persuade',
        effect:
          'If it works: the region\u2019s mood moves 12 towards your position and your prestige +1 (heat +5 if you lead a platform). If not: prestige \u22121.',
      };
    case 'publish':
      return action.target
        ? {
            title: `Publish a pamphlet against ${nameOf(action.target)}`,
            cost,
            chance,
            group: 'attack',
            effect: `If it works: ${nameOf(action.target)}\u2019s prestige \u22126, yours +2, and a lasting grudge. If not: your prestige \u22122.`,
          }
        : {
            title: 'Publish an article on the party\u2019s course',
            cost,
            chance,
            group: 'persuade',
            effect:
              'If it works: your prestige +4 and every region\u2019s mood moves 4 towards your position. If not: prestige \u22122.',
          };
    case 'motion': {
      const body = bodyOf(action.motion) === 'cc' ? 'the Central Committee' : 'the Politburo';
      const extra =
        action.motion.kind === 'transfer_post'
          ? ` What the post gives: ${POST_INFO[action.motion.post].power}`
          : '';
      return {
        title: `Motion: ${motionTitle(action.motion)}`,
        cost,
        chance,
        group: 'motions',
        effect: `Put to ${body} at the end of the quarter; every member votes. If it fails, whoever proposed it loses 2 prestige.${extra}`,
      };
    }
    case 'offer_alliance':
      return {
        title: `Offer ${nameOf(action.to)} a secret understanding`,
        cost,
        chance,
        group: 'alliances',
        effect: `${nameOf(action.to)} answers in his next turn. Allies vote together and back each other against motions.`,
      };
    case 'accept_alliance':
      return {
        title: `Accept ${nameOf(action.from)}\u2019s offer`,
        cost,
        chance,
        group: 'alliances',
        effect: 'A secret alliance: trust +10 both ways.',
      };
    case 'decline_alliance':
      return {
        title: `Turn down ${nameOf(action.from)}\u2019s offer`,
        cost,
        chance,
        group: 'alliances',
        effect: `${nameOf(action.from)} will resent it a little.`,
      };
    case 'break_alliance':
      return {
        title: `Break with ${nameOf(action.with)}`,
        cost,
        chance,
        group: 'alliances',
        effect: `The alliance ends; ${nameOf(action.with)} trusts you far less and bears a grudge.`,
      };
    case 'denounce':
      return {
        title: `Denounce ${nameOf(action.target)} for factionalism`,
        cost,
        chance,
        group: 'attack',
        effect: `If it sticks: ${nameOf(action.target)}\u2019s heat +15, up to 45 (at 50 a contender can be removed from the Politburo; only a platform or a congress\u2019s verdict pushes heat that high) and prestige \u22125. If not: your prestige \u22123.`,
      };
    case 'conciliate':
      return {
        title: `Make peace overtures to ${nameOf(action.target)}`,
        cost,
        chance,
        group: 'alliances',
        effect: `If he is moved: his trust in you +10 and his grudges \u221210 (alliances need trust). If not: your prestige \u22121.`,
      };
    case 'recant':
      return {
        title: 'Admit your errors (self-criticism)',
        cost,
        chance,
        group: 'self',
        effect:
          'Heat \u221215 and prestige \u22124; you leave any opposition platform (a platform you lead is dissolved). The road Zinoviev and Kamenev took in 1926 and 1928.',
      };
    case 'platform':
      return {
        title: 'Publish an opposition platform',
        cost,
        chance,
        group: 'attack',
        effect:
          'You and your allies sign it: heat +25 each, prestige +3, sympathetic regions move your way. The next congress will vote to condemn it.',
      };
    case 'rest':
      return { title: 'Rest and recover', cost, chance, group: 'self', effect: 'Health +15.' };
    case 'end':
      return {
        title: 'End your turn',
        cost,
        chance,
        group: 'self',
        effect: 'Unspent action points are lost.',
      };
    case 'answer':
      return { title: action.choice, cost, chance, group: 'events', effect: '' };
    case 'ballot':
      return { title: `Vote ${action.choice}`, cost, chance, group: 'votes', effect: '' };
  }
}
