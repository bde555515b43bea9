// The decision a procurement shortfall forces on the Politburo (GAME.md, Economy).
// It is not in the dated deck: the economy raises it whenever the grain does not come in, so it
// can come in any year. Its labels therefore name 1928 and 1929–30 as when things happened in
// the record, rather than speaking as if the game's date were 1928.
import type { EventDef } from './types.ts';

export const GRAIN_DECISION: EventDef = {
  id: 'grain_decision',
  title: 'The grain is not coming in',
  kind: 'event',
  date: '1928-01',
  window: { from: '1922-01', to: '1929-12' },
  text: 'The state has bought far less grain than the towns, the army and exports need. Peasants are holding back their grain because the price is low and there is little in the shops to buy with the money. The Politburo must choose what to do.',
  choices: [
    {
      who: 'politburo',
      prompt: 'Which policy do you vote for?',
      options: [
        {
          id: 'raise_prices',
          label: 'Raise the price the state pays for grain',
          preview:
            'The Right\u2019s answer: peasants sell more next year; less money for industry; the party line drifts Right.',
          effects: [
            { kind: 'economy', field: 'procurementPrice', delta: 0.25 },
            { kind: 'economy', field: 'investment', delta: -6 },
            { kind: 'line', axis: 'economy', delta: 8 },
            { kind: 'mood', region: 'all', delta: 4 },
            { kind: 'prestige', who: 'rykov', delta: 3 },
            { kind: 'prestige', who: 'bukharin', delta: 3 },
          ],
        },
        {
          id: 'extraordinary_measures',
          label: 'Extraordinary measures: seize grain from "hoarders"',
          preview:
            'Grain now, by force (what Stalin chose in 1928, later called the Urals\u2013Siberian method); peasants sow less next year; the line moves Left.',
          historical: true,
          effects: [
            { kind: 'economy', field: 'unrest', delta: -10 },
            { kind: 'economy', field: 'procurementPrice', delta: -0.1 },
            { kind: 'line', axis: 'economy', delta: -10 },
            { kind: 'mood', region: 'siberia', delta: -8 },
            { kind: 'mood', region: 'urals', delta: -8 },
            { kind: 'flag', flag: 'extraordinary_measures_used', value: true },
          ],
        },
        {
          id: 'import_grain',
          label: 'Buy grain abroad',
          preview:
            'Feeds the towns without a fight in the villages, but spends the foreign currency meant for machines.',
          effects: [
            { kind: 'economy', field: 'unrest', delta: -12 },
            { kind: 'economy', field: 'investment', delta: -10 },
          ],
        },
        {
          id: 'collective_farms',
          label: 'Force peasants into collective farms',
          preview:
            'Forced collectivisation, as Stalin began in 1929\u201330 (the Left\u2019s 1927 Platform asked only for voluntary farms): the state controls the grain, but the next harvest suffers; the line moves Left.',
          effects: [
            { kind: 'economy', field: 'collectivised', delta: 10 },
            { kind: 'economy', field: 'unrest', delta: 4 },
            { kind: 'line', axis: 'economy', delta: -12 },
            { kind: 'mood', region: 'all', delta: -4 },
          ],
        },
      ],
    },
  ],
  history:
    'In the record this choice came only in the winter of 1927\u201328, when state grain purchases fell far short. Stalin went to Siberia in January 1928 and had grain seized under Article 107 of the criminal code; the Right (Bukharin, Rykov, Tomsky) wanted higher prices instead. The coercion was repeated and led on to forced collectivisation in 1929\u201330, which Trotsky, in exile, attacked.',
  ref: 'Fact sheet: grain_procurement_crisis, stalin_siberia_trip; Stalin, "First Results of the Procurement Campaign" (Feb 1928).',
};
