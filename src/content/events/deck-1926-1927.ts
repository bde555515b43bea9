// Events of 1926–1927: the winners reshape the Politburo, the United Opposition rises and falls,
// and the war scare of 1927. Dates follow ../shared/sources/history_1922_1929.json.
import type { EventDef, EventOption } from '../types.ts';

/** The summer 1927 plenum's lenient answer, in both its forms (war scare or not). */
const DROP_THE_CHARGES_1927: EventOption = {
  id: 'drop',
  label: 'Drop the charges to keep the party united',
  preview:
    'Heat \u221210 for both; the majority looks divided (General Secretary prestige \u22123).',
  asTarget: {
    trotsky: {
      label: 'Vote to drop the charges and keep the party united',
      preview:
        'Heat \u221210 for you and for Zinoviev; the majority looks divided (General Secretary prestige \u22123).',
    },
    zinoviev: {
      label: 'Vote to drop the charges and keep the party united',
      preview:
        'Heat \u221210 for you and for Trotsky; the majority looks divided (General Secretary prestige \u22123).',
    },
  },
  effects: [
    { kind: 'heat', who: 'trotsky', delta: -10 },
    { kind: 'heat', who: 'zinoviev', delta: -10 },
    { kind: 'prestige', who: 'holder:general_secretary', delta: -3 },
  ],
};

export const DECK_1926_1927: readonly EventDef[] = [
  {
    id: 'politburo_jan_1926',
    title: 'The Politburo grows to nine',
    kind: 'plenum',
    date: '1926-01-01',
    window: { from: '1926-01', to: '1926-03' },
    conditions: [
      { kind: 'flag', flag: 'kamenev_opposition', is: true },
      { kind: 'politburo', who: 'kamenev', is: true },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
    ],
    text: 'The new Central Committee elected by the 14th Congress rewards the winners. The Politburo grows from seven to nine full members: Molotov, Kalinin and Voroshilov join it. Kalinin, who owes his promotion to Stalin\u2019s majority, now counts as one of Stalin\u2019s men: an ally with views of his own, not a puppet. Kamenev, who spoke against Stalin at the congress, is demoted to a candidate member.',
    effects: [
      { kind: 'politburo', person: 'molotov', seat: 'full' },
      { kind: 'politburo', person: 'kalinin', seat: 'full' },
      { kind: 'figure', figure: 'kalinin', patron: 'stalin' },
      { kind: 'politburo', person: 'voroshilov', seat: 'full' },
      { kind: 'politburo', person: 'kamenev', seat: 'candidate' },
      { kind: 'politburo', person: 'sokolnikov', seat: 'none' },
      { kind: 'politburo', person: 'uglanov', seat: 'candidate' },
      { kind: 'prestige', who: 'kamenev', delta: -5 },
      { kind: 'flag', flag: 'politburo_enlarged_1926', value: true },
    ],
    adapted: {
      when: [
        { kind: 'flag', flag: 'kamenev_opposition', is: false },
        { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
      ],
      text: 'After the congress the Politburo is enlarged to nine full members: Molotov, Kalinin and Voroshilov join it. Kalinin, who owes his promotion to Stalin\u2019s majority, now counts as one of Stalin\u2019s men: an ally with views of his own, not a puppet. With no opposition from Kamenev to punish, everyone else keeps their seat.',
      effects: [
        { kind: 'politburo', person: 'molotov', seat: 'full' },
        { kind: 'politburo', person: 'kalinin', seat: 'full' },
        { kind: 'figure', figure: 'kalinin', patron: 'stalin' },
        { kind: 'politburo', person: 'voroshilov', seat: 'full' },
        { kind: 'flag', flag: 'politburo_enlarged_1926', value: true },
      ],
    },
    skippedBecause:
      'The game has moved too far from the record: Stalin no longer runs the Secretariat, or Kamenev has already lost his full seat.',
    history:
      'At the plenum of 1 January 1926 the Politburo was enlarged to nine. Kamenev was demoted to candidate; Uglanov and Petrovsky (not in the game) became candidates, and Sokolnikov lost his place.',
    ref: 'Fact sheet: politburo_jan_1926; politburo snapshot 1926-01.',
  },
  {
    id: 'kirov_to_leningrad',
    title: 'Kirov takes Leningrad',
    kind: 'event',
    date: '1926-01-08',
    window: { from: '1926-01', to: '1926-03' },
    conditions: [
      { kind: 'flag', flag: 'zinoviev_opposition', is: true },
      { kind: 'holds', who: 'zinoviev', post: 'leningrad_party', is: true },
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'alive', who: 'kirov', is: true },
    ],
    text: 'A team from the Central Committee, Sergei Kirov among them, goes to Leningrad to win the city\u2019s party cells away from Zinoviev. Factory meeting after factory meeting votes to accept the congress\u2019s decisions. Kirov becomes the new party chief of Leningrad.',
    effects: [
      { kind: 'post', post: 'leningrad_party', to: 'kirov' },
      { kind: 'secretaries', who: 'zinoviev', region: 'leningrad', delta: -3 },
      { kind: 'secretaries', who: 'stalin', region: 'leningrad', delta: 2 },
      { kind: 'mood', region: 'leningrad', delta: 6 },
      { kind: 'prestige', who: 'zinoviev', delta: -5 },
      { kind: 'flag', flag: 'kirov_in_leningrad', value: true },
    ],
    skippedBecause:
      'Zinoviev has not turned against the majority, or no longer runs Leningrad, so nobody is sent to take the city from him.',
    history:
      'Kirov became first secretary of the Leningrad party on 8 January 1926, after Central Committee envoys had toured the city\u2019s party meetings. Zinoviev had lost his base; his chairmanship of the Leningrad Soviet ended in March 1926.',
    ref: 'Fact sheet: kirov_to_leningrad, zinoviev_leningrad_soviet_end (uncertain); posts (Kirov, First Secretary, Leningrad).',
  },
  {
    id: 'united_opposition_formed',
    title: 'The United Opposition',
    kind: 'event',
    date: '1926-04',
    window: { from: '1926-04', to: '1926-06' },
    conditions: [
      { kind: 'flag', flag: 'zinoviev_opposition', is: true },
      { kind: 'flag', flag: 'kamenev_opposition', is: true },
      { kind: 'flag', flag: 'left_bloc_1925', is: false },
      { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
      { kind: 'status', who: 'zinoviev', in: ['active', 'removed'] },
      { kind: 'status', who: 'kamenev', in: ['active', 'removed'] },
    ],
    text: 'Zinoviev and Kamenev, beaten at the 14th Congress, now say that Trotsky was right about the apparatus back in 1923. They propose a joint opposition. Only a year ago they were demanding his expulsion.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'Do you join forces with your old enemies?',
        options: [
          {
            id: 'join',
            label: 'Join forces with Zinoviev and Kamenev',
            preview:
              'Alliances with both and a strong joint platform (prestige +3), but heat +15 for all three of you.',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['trotsky', 'zinoviev'], value: true },
              { kind: 'alliance', members: ['trotsky', 'kamenev'], value: true },
              { kind: 'heat', who: 'trotsky', delta: 15 },
              { kind: 'heat', who: 'zinoviev', delta: 15 },
              { kind: 'heat', who: 'kamenev', delta: 15 },
              { kind: 'prestige', who: 'trotsky', delta: 3 },
              { kind: 'flag', flag: 'united_opposition', value: true },
            ],
          },
          {
            id: 'refuse',
            label: 'Refuse: you do not trust them',
            preview:
              'You stay clear of their defeat (heat \u22125), but fight on alone; Zinoviev trusts you less (\u221210).',
            effects: [
              { kind: 'heat', who: 'trotsky', delta: -5 },
              { kind: 'relation', from: 'zinoviev', to: 'trotsky', trust: -10 },
            ],
          },
        ],
      },
    ],
    adapted: {
      when: [{ kind: 'flag', flag: 'left_bloc_1925', is: true }],
      text: 'The pact that Trotsky, Zinoviev and Kamenev made last year now comes into the open. They sign a joint platform against the "apparatus regime", the slow pace of industry and the growing wealth of the kulaks.',
      effects: [
        { kind: 'heat', who: 'trotsky', delta: 10 },
        { kind: 'heat', who: 'zinoviev', delta: 10 },
        { kind: 'heat', who: 'kamenev', delta: 10 },
      ],
    },
    skippedBecause:
      'Zinoviev and Kamenev did not both turn against Stalin, or one of the three is outside the party, so there is no bloc to form.',
    history:
      'The United Opposition came together in the spring of 1926 (sources say early 1926, April, May or the summer), with Krupskaya among its supporters. It attacked the party regime, the slow pace of industry and the growth of the kulaks.',
    ref: 'Fact sheet: united_opposition_formed (uncertain); alliances, "United Opposition".',
  },
  {
    id: 'lashevich_affair',
    title: 'A secret meeting in the woods',
    kind: 'event',
    date: '1926-06-06',
    window: { from: '1926-04', to: '1926-06' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'status', who: 'zinoviev', in: ['active'] },
    ],
    text: 'Mikhail Lashevich, a deputy War Commissar and one of Zinoviev\u2019s men, speaks to a secret meeting of oppositionists in a wood outside Moscow. They post lookouts, as in the days of the tsar. Within a day a party official has reported it to the Control Commission.',
    effects: [
      { kind: 'heat', who: 'zinoviev', delta: 10 },
      { kind: 'heat', who: 'trotsky', delta: 3 },
      { kind: 'flag', flag: 'lashevich_affair', value: true },
    ],
    skippedBecause:
      'There is no united opposition, or Zinoviev is out of the leadership, in this game.',
    history:
      'The meeting near Moscow took place on 6 June 1926. The majority called it proof of a secret faction. The July 1926 plenum expelled Lashevich from the Central Committee and used the affair to remove Zinoviev from the Politburo.',
    ref: 'Fact sheet: zinoviev_removed_politburo (1926-07-23); Khaustov and others, Autobiography of Trotskyism, vol. 1 (2023), ch. "Cat and mouse in the Control Commission" (meeting of 6 June 1926).',
  },
  {
    id: 'dzerzhinsky_death',
    title: 'Dzerzhinsky dies',
    kind: 'event',
    date: '1926-07-20',
    window: { from: '1926-07', to: '1926-09' },
    conditions: [{ kind: 'alive', who: 'dzerzhinsky', is: true }],
    text: 'Felix Dzerzhinsky, founder of the Cheka and head of the council that runs industry, collapses and dies hours after a furious speech to the Central Committee against the opposition. He was a firm supporter of the majority; his last speech called the opposition\u2019s leaders wreckers of the party.',
    effects: [
      { kind: 'figure', figure: 'dzerzhinsky', alive: false },
      { kind: 'heat', who: 'kamenev', delta: 5 },
    ],
    history:
      'Dzerzhinsky died of a heart attack on 20 July 1926, after speaking at the July plenum. Menzhinsky took over the OGPU on 30 July and Kuibyshev the Supreme Council of the National Economy on 5 August.',
    ref: 'Fact sheet: dzerzhinsky_death, kuibyshev_vsnkh.',
  },
  {
    id: 'zinoviev_removed_politburo',
    title: 'The July 1926 plenum',
    kind: 'plenum',
    date: '1926-07-23',
    window: { from: '1926-07', to: '1926-09' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'politburo', who: 'zinoviev', is: true },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
    ],
    text: 'At a stormy joint plenum, Zinoviev reveals the secret "Seven" that ran the Politburo behind Trotsky\u2019s back. The majority hits back, accusing the opposition of organising an underground faction. A motion proposes to drop Zinoviev from the Politburo.',
    choices: [
      {
        who: 'politburo',
        ifTied: 'warn',
        prompt: 'Remove Zinoviev from the Politburo?',
        promptAsTarget: {
          zinoviev: 'A motion proposes to drop you from the Politburo. How do you vote?',
        },
        options: [
          {
            id: 'remove',
            label: 'Remove Zinoviev; promote Rudzutak and new candidates',
            preview:
              'Zinoviev loses his seat (prestige \u22125); Rudzutak becomes a full member; Ordzhonikidze, Kirov, Mikoyan and Kaganovich become candidates.',
            asTarget: {
              zinoviev: {
                label: 'Vote for your own removal, and for Rudzutak and new candidates',
                preview:
                  'You lose your seat (prestige \u22125); Rudzutak becomes a full member; Ordzhonikidze, Kirov, Mikoyan and Kaganovich become candidates.',
              },
            },
            historical: true,
            effects: [
              { kind: 'politburo', person: 'zinoviev', seat: 'none' },
              { kind: 'prestige', who: 'zinoviev', delta: -5 },
              { kind: 'politburo', person: 'rudzutak', seat: 'full' },
              { kind: 'politburo', person: 'ordzhonikidze', seat: 'candidate' },
              { kind: 'politburo', person: 'kirov', seat: 'candidate' },
              { kind: 'politburo', person: 'mikoyan', seat: 'candidate' },
              { kind: 'politburo', person: 'kaganovich', seat: 'candidate' },
            ],
          },
          {
            id: 'warn',
            label: 'Issue a warning only',
            preview:
              'Zinoviev keeps his seat and the opposition is emboldened (his prestige +3, heat +5).',
            asTarget: {
              zinoviev: {
                label: 'Vote for a warning only',
                preview:
                  'You keep your seat and the opposition is emboldened (your prestige +3, heat +5).',
              },
            },
            effects: [
              { kind: 'prestige', who: 'zinoviev', delta: 3 },
              { kind: 'heat', who: 'zinoviev', delta: 5 },
            ],
          },
        ],
      },
    ],
    skippedBecause:
      'Zinoviev is not in a united opposition, or no longer holds a full Politburo seat, or Stalin does not run the Secretariat.',
    history:
      'The joint plenum of 14\u201323 July 1926 removed Zinoviev from the Politburo. Rudzutak became a full member; Ordzhonikidze, Andreyev, Kirov, Mikoyan and Kaganovich became candidates.',
    ref: 'Fact sheet: zinoviev_removed_politburo; politburo snapshot 1926-07 (uncertain); alliances, "The Seven" (notes).',
  },
  {
    id: 'opposition_capitulation_oct_1926',
    title: 'The October 1926 ultimatum',
    kind: 'event',
    date: '1926-10-16',
    window: { from: '1926-10', to: '1926-12' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
      { kind: 'status', who: 'zinoviev', in: ['active', 'removed'] },
    ],
    text: 'Opposition speakers have been shouted down at factory meetings. Now the Central Committee gives their leaders an ultimatum: stop organising secret meetings or face expulsion. They must decide whether to back down.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'Sign a statement renouncing factional work?',
        options: [
          {
            id: 'sign',
            label: 'Sign, but keep your views',
            preview:
              'Heat \u221210 and a truce of a year: for four quarters nobody may censure or denounce you, drop you from the Central Committee or expel you. But prestige \u22124: your supporters see a retreat.',
            historical: true,
            effects: [
              { kind: 'heat', who: 'trotsky', delta: -10 },
              { kind: 'prestige', who: 'trotsky', delta: -4 },
              { kind: 'truce', who: 'trotsky', quarters: 4 },
              { kind: 'flag', flag: 'opposition_recanted_1926', value: true },
            ],
          },
          {
            id: 'refuse',
            label: 'Refuse to recant',
            preview: 'Your supporters admire you (prestige +3), but heat +15.',
            effects: [
              { kind: 'prestige', who: 'trotsky', delta: 3 },
              { kind: 'heat', who: 'trotsky', delta: 15 },
            ],
          },
        ],
      },
      {
        who: 'zinoviev',
        prompt: 'Sign a statement renouncing factional work?',
        options: [
          {
            id: 'sign',
            label: 'Sign, but keep your views',
            preview:
              'Heat \u221210 and a truce of a year: for four quarters nobody may censure or denounce you, drop you from the Central Committee or expel you. But prestige \u22124: your supporters see a retreat.',
            historical: true,
            effects: [
              { kind: 'heat', who: 'zinoviev', delta: -10 },
              { kind: 'prestige', who: 'zinoviev', delta: -4 },
              { kind: 'truce', who: 'zinoviev', quarters: 4 },
              { kind: 'flag', flag: 'opposition_recanted_1926', value: true },
            ],
          },
          {
            id: 'refuse',
            label: 'Refuse to recant',
            preview: 'Your supporters admire you (prestige +3), but heat +15.',
            effects: [
              { kind: 'prestige', who: 'zinoviev', delta: 3 },
              { kind: 'heat', who: 'zinoviev', delta: 15 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'There is no United Opposition left in the party to give an ultimatum to.',
    history:
      'The Central Committee gave the opposition leaders an ultimatum on 11 October. On 16 October 1926 they admitted that they had broken party discipline and promised to stop factional work, without giving up their views. The statement did not save Trotsky\u2019s and Kamenev\u2019s places in the Politburo a week later, but the leaders were expelled from the party only in November 1927, after a final warning that summer.',
    ref: 'Fact sheet: opposition_capitulation_oct_1926.',
  },
  {
    id: 'trotsky_kamenev_removed_politburo',
    title: 'The October 1926 plenum',
    kind: 'plenum',
    date: '1926-10-23',
    window: { from: '1926-10', to: '1926-12' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'politburo', who: 'trotsky', is: true },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
    ],
    text: 'A week after the opposition\u2019s retreat, the majority strikes anyway. The joint plenum proposes to remove Trotsky from the Politburo and Kamenev from his candidate seat.',
    choices: [
      {
        who: 'politburo',
        ifTied: 'spare',
        prompt: 'Remove Trotsky and Kamenev?',
        promptAsTarget: {
          trotsky:
            'The plenum proposes to remove you from the Politburo, and Kamenev from his candidate seat. How do you vote?',
          kamenev:
            'The plenum proposes to remove you and Trotsky from your Politburo seats. How do you vote?',
        },
        options: [
          {
            id: 'remove',
            label: 'Remove them',
            preview:
              'Trotsky loses his Politburo seat (prestige \u22123) and Kamenev his candidate seat.',
            asTarget: {
              trotsky: {
                label: 'Vote for your own removal, and Kamenev\u2019s',
                preview:
                  'You lose your Politburo seat (prestige \u22123) and Kamenev his candidate seat.',
              },
              kamenev: {
                label: 'Vote for your own removal, and Trotsky\u2019s',
                preview: 'You lose your Politburo seat, and Trotsky his (his prestige \u22123).',
              },
            },
            historical: true,
            effects: [
              { kind: 'politburo', person: 'trotsky', seat: 'none' },
              { kind: 'politburo', person: 'kamenev', seat: 'none' },
              { kind: 'prestige', who: 'trotsky', delta: -3 },
            ],
          },
          {
            id: 'spare',
            label: 'Spare them now that they have backed down',
            preview:
              'They keep their seats; the majority looks unsure (General Secretary prestige \u22122).',
            asTarget: {
              trotsky: {
                label: 'Vote to keep your seat, and Kamenev\u2019s',
                preview:
                  'You both keep your seats; the majority looks unsure (General Secretary prestige \u22122).',
              },
              kamenev: {
                label: 'Vote to keep your seat, and Trotsky\u2019s',
                preview:
                  'You both keep your seats; the majority looks unsure (General Secretary prestige \u22122).',
              },
            },
            effects: [{ kind: 'prestige', who: 'holder:general_secretary', delta: -2 }],
          },
        ],
      },
    ],
    skippedBecause:
      'Trotsky is not in a united opposition, or is already out of the Politburo, or Stalin does not run the Secretariat.',
    history:
      'The joint plenum of 23 October 1926 removed Trotsky from the Politburo and Kamenev from candidate membership, and ruled that Zinoviev could no longer work in the Comintern.',
    ref: 'Fact sheet: trotsky_kamenev_removed_politburo.',
  },
  {
    id: 'zinoviev_removed_comintern',
    title: 'Zinoviev loses the Comintern',
    kind: 'plenum',
    date: '1926-10-23',
    window: { from: '1926-10', to: '1926-12' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'holds', who: 'zinoviev', post: 'comintern', is: true },
      { kind: 'status', who: 'bukharin', in: ['active'] },
    ],
    text: 'The plenum declares that a leader of the opposition cannot speak for the world communist movement. Zinoviev, head of the Communist International since its founding, must go. Bukharin is to take his place at the head of the Comintern\u2019s work.',
    effects: [
      { kind: 'post', post: 'comintern', to: 'bukharin' },
      { kind: 'prestige', who: 'zinoviev', delta: -5 },
      { kind: 'prestige', who: 'bukharin', delta: 3 },
    ],
    choices: [
      {
        who: 'zinoviev',
        prompt: 'How do you leave?',
        options: [
          {
            id: 'accept',
            label: 'Accept the decision',
            preview: 'You go quietly: no further damage.',
            historical: true,
            effects: [],
          },
          {
            id: 'appeal',
            label: 'Appeal to the foreign communist parties',
            preview:
              'Some foreign comrades cheer you (prestige +3), but heat +10 for taking a party quarrel abroad.',
            effects: [
              { kind: 'prestige', who: 'zinoviev', delta: 3 },
              { kind: 'heat', who: 'zinoviev', delta: 10 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'Zinoviev no longer leads the Comintern, or is not in a united opposition.',
    history:
      'The plenum of 23 October 1926 ruled that Zinoviev could not continue in the Comintern; its executive relieved him on 25 October and his post ended formally in November. Bukharin then led the Comintern\u2019s work, though not with Zinoviev\u2019s old title.',
    ref: 'Fact sheet: trotsky_kamenev_removed_politburo; posts (Chairman of the ECCI, alt_end; Head of Comintern, uncertain).',
  },
  {
    id: 'ordzhonikidze_to_rabkrin',
    title: 'Ordzhonikidze takes the watchdogs',
    kind: 'event',
    date: '1926-11-05',
    window: { from: '1926-10', to: '1926-12' },
    conditions: [
      { kind: 'holds', who: 'kuibyshev', post: 'rabkrin', is: true },
      { kind: 'alive', who: 'ordzhonikidze', is: true },
    ],
    text: 'Kuibyshev has moved on to run industry. The Control Commission and Rabkrin, the bodies that check on party and state officials, pass to Sergo Ordzhonikidze, another of Stalin\u2019s oldest comrades. He gives up his candidate seat in the Politburo to take the job.',
    effects: [
      { kind: 'post', post: 'rabkrin', to: 'ordzhonikidze' },
      { kind: 'politburo', person: 'ordzhonikidze', seat: 'none' },
    ],
    skippedBecause: 'Kuibyshev no longer runs Rabkrin in this game.',
    history:
      'Ordzhonikidze became chairman of the Central Control Commission and head of Rabkrin on 5 November 1926 and left the Politburo\u2019s candidate list (an older source dates that to 1927).',
    ref: 'Fact sheet: posts (Ordzhonikidze from 1926-11-05); politburo snapshot 1926-11 (uncertain).',
  },
  {
    id: 'shanghai_massacre',
    title: 'Massacre in Shanghai',
    kind: 'event',
    date: '1927-04-12',
    window: { from: '1927-04', to: '1927-06' },
    conditions: [{ kind: 'status', who: 'trotsky', in: ['active', 'removed'] }],
    text: 'In Shanghai, Chiang Kai-shek\u2019s Nationalist troops turn on their Communist allies and kill them in the streets. Moscow had told the Chinese Communists to stay inside Chiang\u2019s party. The opposition says the leadership\u2019s China policy has ended in disaster.',
    effects: [
      { kind: 'prestige', who: 'holder:comintern', delta: -4 },
      { kind: 'flag', flag: 'china_disaster', value: true },
    ],
    choices: [
      {
        who: 'trotsky',
        prompt: 'Do you make the China disaster an issue?',
        options: [
          {
            id: 'attack',
            label: 'Blame Stalin and Bukharin for the disaster',
            preview:
              'Stalin and Bukharin lose prestige (\u22124 each) and you gain (+3), but your heat +10.',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'stalin', delta: -4 },
              { kind: 'prestige', who: 'bukharin', delta: -4 },
              { kind: 'prestige', who: 'trotsky', delta: 3 },
              { kind: 'heat', who: 'trotsky', delta: 10 },
            ],
          },
          {
            id: 'silent',
            label: 'Keep quiet for the party\u2019s sake',
            preview: 'Heat \u22125; the leadership escapes the blame.',
            effects: [{ kind: 'heat', who: 'trotsky', delta: -5 }],
          },
        ],
      },
    ],
    adapted: {
      when: [{ kind: 'status', who: 'trotsky', in: ['expelled', 'exiled', 'dead'] }],
      text: 'In Shanghai, Chiang Kai-shek\u2019s Nationalist troops turn on their Communist allies and kill them in the streets. Moscow had told the Chinese Communists to stay inside Chiang\u2019s party, and the Comintern\u2019s leaders take the blame.',
      effects: [
        { kind: 'prestige', who: 'holder:comintern', delta: -4 },
        { kind: 'flag', flag: 'china_disaster', value: true },
      ],
    },
    history:
      'On 12 April 1927 Chiang Kai-shek\u2019s forces crushed the Communists in Shanghai; by 15 July the left wing of his party in Wuhan had also expelled them, ending the alliance Moscow had backed. The United Opposition blamed Stalin and Bukharin.',
    ref: 'Fact sheet: shanghai_massacre; alliances, "Comintern-backed KMT\u2013CCP First United Front".',
  },
  {
    id: 'arcos_raid',
    title: 'The ARCOS raid',
    kind: 'event',
    date: '1927-05-12',
    window: { from: '1927-04', to: '1927-06' },
    conditions: [{ kind: 'flag', flag: 'no_war_scare_1927', is: false }],
    text: 'British police raid the London offices of ARCOS, the Soviet trading company, and of the Soviet trade delegation, searching for stolen secret papers. Moscow calls it an outrage; London claims proof of spying and propaganda.',
    effects: [
      { kind: 'prestige', who: 'holder:comintern', delta: -2 },
      { kind: 'flag', flag: 'arcos_raid', value: true },
    ],
    adapted: {
      when: [{ kind: 'flag', flag: 'no_war_scare_1927', is: true }],
      text: 'British police search the London offices of ARCOS, the Soviet trading company. They find little, and after angry words on both sides London and Moscow keep talking.',
      effects: [],
    },
    history:
      'The raid took place on 12 May 1927. The police did not find the document they were looking for, but the British government said it had evidence of spying and propaganda.',
    ref: 'Fact sheet: arcos_raid; Warwick Modern Records Centre, "The ARCOS raid and the break in Anglo-Soviet relations, 1927".',
  },
  {
    id: 'anglo_soviet_break',
    title: 'Britain breaks off relations',
    kind: 'event',
    date: '1927-05',
    bestKnown: '1927-05-26',
    window: { from: '1927-04', to: '1927-06' },
    conditions: [{ kind: 'flag', flag: 'no_war_scare_1927', is: false }],
    text: 'Britain breaks off diplomatic relations with the Soviet Union. Soviet newspapers warn that the capitalist powers are preparing a new war of intervention, as in 1918. In the villages, peasants start to hold on to their grain.',
    effects: [
      { kind: 'economy', field: 'goodsFamine', delta: 3 },
      { kind: 'flag', flag: 'britain_broke_relations', value: true },
    ],
    skippedBecause:
      'In this game Britain keeps its embassy in Moscow (what-if: no war scare in 1927).',
    history:
      'The House of Commons backed the break on 26 May and the British note followed on 27 May 1927 (sources differ by a day or two, so the game says late May).',
    ref: 'Fact sheet: anglo_soviet_break (uncertain day); Erickson, "Soviet preoccupations with war".',
  },
  {
    id: 'voikov_assassination',
    title: 'An ambassador shot in Warsaw',
    kind: 'event',
    date: '1927-06-07',
    window: { from: '1927-04', to: '1927-06' },
    conditions: [{ kind: 'flag', flag: 'no_war_scare_1927', is: false }],
    text: 'Pyotr Voikov, the Soviet envoy to Poland, is shot dead at a Warsaw railway station by a young Russian emigr\u00e9. Stalin compares the killing to the shot at Sarajevo that started the Great War.',
    effects: [
      { kind: 'prestige', who: 'stalin', delta: 2 },
      { kind: 'flag', flag: 'voikov_killed', value: true },
    ],
    adapted: {
      when: [{ kind: 'flag', flag: 'no_war_scare_1927', is: true }],
      text: 'Pyotr Voikov, the Soviet envoy to Poland, is shot dead in Warsaw by a young Russian emigr\u00e9. Moscow protests angrily, but treats it as the crime of one man rather than a sign of coming war. With no war to rally the party, the debate turns to the disaster in China, where the Communists were massacred in April after the leadership told them to stay with the Nationalists: the opposition\u2019s criticism is heard, and is harder to call disloyal.',
      effects: [
        { kind: 'flag', flag: 'voikov_killed', value: true },
        { kind: 'prestige', who: 'stalin', delta: -6 },
        { kind: 'prestige', who: 'bukharin', delta: -3 },
        { kind: 'prestige', who: 'trotsky', delta: 4 },
        { kind: 'prestige', who: 'zinoviev', delta: 3 },
        { kind: 'heat', who: 'trotsky', delta: -5 },
        { kind: 'heat', who: 'zinoviev', delta: -5 },
        { kind: 'heat', who: 'kamenev', delta: -5 },
      ],
    },
    history:
      'Voikov was shot on 7 June 1927. Stalin later described the murder as the Sarajevo of a new imperialist war.',
    ref: 'Fact sheet: voikov_assassination; Erickson, "Soviet preoccupations with war" (quoting Stalin, July 1927).',
  },
  {
    id: 'war_scare_1927',
    title: 'The war scare',
    kind: 'event',
    date: '1927-07',
    window: { from: '1927-07', to: '1927-09' },
    conditions: [{ kind: 'flag', flag: 'no_war_scare_1927', is: false }],
    text: 'Stalin tells the party that war is no longer a distant danger but a real and present threat. People queue to stock up on salt, soap and flour, and peasants hold back their grain. Anyone who criticises the leadership now can be called disloyal in the face of the enemy.',
    effects: [
      { kind: 'economy', field: 'goodsFamine', delta: 5 },
      { kind: 'economy', field: 'unrest', delta: 5 },
      { kind: 'economy', field: 'investment', delta: 3 },
      { kind: 'line', axis: 'economy', delta: -5 },
      { kind: 'heat', who: 'trotsky', delta: 5 },
      { kind: 'heat', who: 'zinoviev', delta: 5 },
      { kind: 'heat', who: 'kamenev', delta: 5 },
      { kind: 'flag', flag: 'war_scare', value: true },
    ],
    adapted: {
      when: [
        { kind: 'flag', flag: 'no_war_scare_1927', is: true },
        { kind: 'status', who: 'rykov', in: ['active'] },
      ],
      text: 'What if: a quiet summer. With Britain still talking to Moscow, nobody in the Politburo can argue that war is coming and the villages must be squeezed to build arms factories. Two of Stalin\u2019s friends listen instead to Rykov, the head of the government, who wants a balanced budget and calm villages: Kalinin, the peasants\u2019 man, and Voroshilov, whose soldiers are peasants\u2019 sons. They become Rykov\u2019s men: from now on they vote with him, and Stalin would have to court them back. No panic buying, no hoarding.',
      effects: [
        { kind: 'figure', figure: 'kalinin', patron: 'rykov', sympathy: null },
        { kind: 'figure', figure: 'voroshilov', patron: 'rykov', sympathy: null },
        { kind: 'flag', flag: 'calm_summer_1927', value: true },
      ],
    },
    skippedBecause: 'In this game there is no war scare (what-if: no war scare in 1927).',
    history:
      'In July 1927 Stalin spoke of a "real and actual threat" of war. Panic buying and grain hoarding followed. Historians still debate whether the leaders believed in the danger or used it against the opposition.',
    ref: 'Fact sheet: war_scare_1927; Erickson, "Soviet preoccupations with war".',
  },
  {
    id: 'joint_plenum_jul_aug_1927',
    title: 'The summer 1927 plenum',
    kind: 'plenum',
    date: '1927-07-29',
    window: { from: '1927-07', to: '1927-09' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
      { kind: 'status', who: 'zinoviev', in: ['active', 'removed'] },
    ],
    text: 'A joint plenum of the Central Committee and the Control Commission debates defence and the opposition. Trotsky is asked whether the opposition would back the leadership in a war. The majority wants him and Zinoviev thrown off the Central Committee.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'Would the opposition stand behind the leadership in a war?',
        options: [
          {
            id: 'clemenceau',
            label: 'Say the opposition would fight a war better than Stalin',
            preview:
              'Your followers cheer (prestige +3), but heat +15: the majority will call it treason in wartime.',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'trotsky', delta: 3 },
              { kind: 'heat', who: 'trotsky', delta: 15 },
              { kind: 'flag', flag: 'clemenceau_thesis', value: true },
            ],
          },
          {
            id: 'rally',
            label: 'Promise to close ranks behind the leadership',
            preview: 'Heat \u221210, but your supporters are dismayed (prestige \u22123).',
            effects: [
              { kind: 'heat', who: 'trotsky', delta: -10 },
              { kind: 'prestige', who: 'trotsky', delta: -3 },
            ],
          },
        ],
      },
      {
        who: 'politburo',
        prompt: 'What should be done with Trotsky and Zinoviev?',
        promptAsTarget: {
          trotsky:
            'The majority wants you and Zinoviev thrown off the Central Committee. How do you vote?',
          zinoviev:
            'The majority wants you and Trotsky thrown off the Central Committee. How do you vote?',
        },
        options: [
          {
            id: 'final_warning',
            label: 'Give them a final warning',
            preview:
              'Trotsky and Zinoviev heat +10 each; if they break discipline again, the party can expel them.',
            asTarget: {
              trotsky: {
                label: 'Vote for a final warning to you and Zinoviev',
                preview:
                  'Your heat +10, and Zinoviev\u2019s; if you break discipline again, the party can expel you.',
              },
              zinoviev: {
                label: 'Vote for a final warning to you and Trotsky',
                preview:
                  'Your heat +10, and Trotsky\u2019s; if you break discipline again, the party can expel you.',
              },
            },
            historical: true,
            effects: [
              { kind: 'heat', who: 'trotsky', delta: 10 },
              { kind: 'heat', who: 'zinoviev', delta: 10 },
              { kind: 'flag', flag: 'opposition_final_warning', value: true },
            ],
          },
          {
            id: 'remove_cc',
            label: 'Remove them from the Central Committee now',
            preview: 'Trotsky and Zinoviev lose their Central Committee seats at once.',
            asTarget: {
              trotsky: {
                label: 'Vote to throw yourself and Zinoviev off the Central Committee now',
                preview: 'You and Zinoviev lose your Central Committee seats at once.',
              },
              zinoviev: {
                label: 'Vote to throw yourself and Trotsky off the Central Committee now',
                preview: 'You and Trotsky lose your Central Committee seats at once.',
              },
            },
            effects: [
              { kind: 'status', who: 'trotsky', status: 'removed' },
              { kind: 'status', who: 'zinoviev', status: 'removed' },
              { kind: 'flag', flag: 'opposition_final_warning', value: true },
            ],
          },
          DROP_THE_CHARGES_1927,
        ],
      },
    ],
    adapted: {
      when: [
        { kind: 'flag', flag: 'no_war_scare_1927', is: true },
        { kind: 'flag', flag: 'united_opposition', is: true },
        { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
        { kind: 'status', who: 'zinoviev', in: ['active', 'removed'] },
      ],
      text: 'What if: with no war scare, the summer plenum has no talk of invasion to hide behind. Nobody can ask Trotsky whether the opposition would be loyal in a war, because no war is coming, and the opposition\u2019s attack on the disaster in China is heard as criticism, not as treason. The majority still wants to punish factional work, but without the charge of disloyalty in wartime it cannot issue the "final warning" that opened the way to expulsion in the record. If Trotsky and Zinoviev are to be thrown out of the party, the Central Committee will have to vote for it.',
      effects: [{ kind: 'flag', flag: 'plenum_without_war_scare', value: true }],
      choices: [
        {
          who: 'politburo',
          prompt: 'What should be done with Trotsky and Zinoviev?',
          promptAsTarget: {
            trotsky:
              'The majority wants you and Zinoviev thrown off the Central Committee. How do you vote?',
            zinoviev:
              'The majority wants you and Trotsky thrown off the Central Committee. How do you vote?',
          },
          options: [
            {
              id: 'reprimand',
              label: 'Reprimand them for factional work',
              preview:
                'Trotsky and Zinoviev heat +5 each; no final warning, so no expulsion without a vote of the Central Committee.',
              asTarget: {
                trotsky: {
                  label: 'Vote to reprimand yourself and Zinoviev for factional work',
                  preview:
                    'Your heat +5, and Zinoviev\u2019s; no final warning, so no expulsion without a vote of the Central Committee.',
                },
                zinoviev: {
                  label: 'Vote to reprimand yourself and Trotsky for factional work',
                  preview:
                    'Your heat +5, and Trotsky\u2019s; no final warning, so no expulsion without a vote of the Central Committee.',
                },
              },
              historical: true,
              effects: [
                { kind: 'heat', who: 'trotsky', delta: 5 },
                { kind: 'heat', who: 'zinoviev', delta: 5 },
              ],
            },
            {
              id: 'remove_cc',
              label: 'Remove them from the Central Committee now',
              preview:
                'Trotsky and Zinoviev lose their Central Committee seats at once, but without a war to justify it the majority looks vindictive (General Secretary prestige \u22124).',
              asTarget: {
                trotsky: {
                  label: 'Vote to throw yourself and Zinoviev off the Central Committee now',
                  preview:
                    'You and Zinoviev lose your Central Committee seats at once, but without a war to justify it the majority looks vindictive (General Secretary prestige \u22124).',
                },
                zinoviev: {
                  label: 'Vote to throw yourself and Trotsky off the Central Committee now',
                  preview:
                    'You and Trotsky lose your Central Committee seats at once, but without a war to justify it the majority looks vindictive (General Secretary prestige \u22124).',
                },
              },
              effects: [
                { kind: 'status', who: 'trotsky', status: 'removed' },
                { kind: 'status', who: 'zinoviev', status: 'removed' },
                { kind: 'prestige', who: 'holder:general_secretary', delta: -4 },
              ],
            },
            DROP_THE_CHARGES_1927,
          ],
        },
      ],
    },
    skippedBecause: 'There is no United Opposition left in the party to warn.',
    history:
      'At the joint plenum of 29 July\u20139 August 1927 Trotsky compared the opposition to Clemenceau, who had attacked the French government in wartime in order to win the war; the majority called it treason. After a pledge on 8 August, Trotsky and Zinoviev got a final warning instead of expulsion.',
    ref: 'Fact sheet: joint_plenum_jul_aug_1927; Trotsky, "The Cl\u00e9menceau Thesis and the Party Regime" (September 1927, marxists.org).',
  },
  {
    id: 'platform_of_opposition',
    title: 'The Platform and the secret press',
    kind: 'event',
    date: '1927-09',
    bestKnown: '1927-09-12',
    window: { from: '1927-07', to: '1927-09' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
    ],
    text: 'The opposition has written a long Platform for the coming congress: more industry, higher wages, heavier taxes on the kulaks, and an end to the rule of the apparatus. The Politburo refuses to print it. Trotsky\u2019s young supporters offer to copy it on a hidden press.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'The party will not print your Platform. Do you print it yourselves?',
        options: [
          {
            id: 'secret_press',
            label: 'Print it in secret',
            preview:
              'Thousands read it (prestige +3; Moscow and Leningrad mood \u22122), but a raid would be a gift to your enemies (heat +15).',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'trotsky', delta: 3 },
              { kind: 'mood', region: 'moscow', delta: -2 },
              { kind: 'mood', region: 'leningrad', delta: -2 },
              { kind: 'heat', who: 'trotsky', delta: 15 },
              { kind: 'heat', who: 'zinoviev', delta: 5 },
              { kind: 'flag', flag: 'secret_press', value: true },
            ],
          },
          {
            id: 'submit',
            label: 'Hand it to the Central Committee and wait',
            preview:
              'No new charge (heat \u22123), but hardly anyone will read it (prestige \u22123).',
            effects: [
              { kind: 'heat', who: 'trotsky', delta: -3 },
              { kind: 'prestige', who: 'trotsky', delta: -3 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'There is no united opposition in this game, so there is no Platform.',
    history:
      'The Platform of the Opposition was put to the Central Committee in early September 1927 and refused. On the night of 12\u201313 September the OGPU raided the press that was copying it and claimed a "Wrangel officer" was involved; he turned out to be its own agent. The Platform asked for voluntary collective farms and a forced grain loan from the richest peasants, not forced collectivisation.',
    ref: 'Trotsky and others, "The Opposition and the Wrangel Officer", October 1927 (iskra-research.org; marxists.org); Encyclopedia of Marxism, "Wrangel affair" (marxists.org); The Platform of the Opposition (1927), ch. 3.',
  },
  {
    id: 'oct_anniversary_demonstration',
    title: 'The tenth anniversary march',
    kind: 'event',
    date: '1927-11-07',
    window: { from: '1927-10', to: '1927-12' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
    ],
    text: 'On the tenth anniversary of the revolution the opposition joins the official parades in Moscow and Leningrad with its own banners, against the kulak, the NEPman and the bureaucrat. Police and organised squads tear down the placards and break up the columns.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'Do the opposition\u2019s columns march?',
        options: [
          {
            id: 'march',
            label: 'March with your own banners',
            preview:
              'A last appeal to the workers, but few join in: your heat +20, Zinoviev\u2019s +10, prestige \u22123.',
            historical: true,
            effects: [
              { kind: 'heat', who: 'trotsky', delta: 20 },
              { kind: 'heat', who: 'zinoviev', delta: 10 },
              { kind: 'prestige', who: 'trotsky', delta: -3 },
              { kind: 'flag', flag: 'opposition_demonstrated', value: true },
            ],
          },
          {
            id: 'call_off',
            label: 'Call the march off',
            preview: 'Heat \u22125, but the opposition looks beaten (prestige \u22124).',
            effects: [
              { kind: 'heat', who: 'trotsky', delta: -5 },
              { kind: 'prestige', who: 'trotsky', delta: -4 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'The opposition\u2019s leaders are no longer free to march.',
    history:
      'On 7 November 1927 the opposition marched in Moscow and Leningrad with its own slogans, and the columns were broken up. It was the opposition\u2019s last public challenge before the expulsions.',
    ref: 'Fact sheet: oct_anniversary_demonstration; Memorial, "Anti-Stalinist Demonstration on November 7, 1927".',
  },
  {
    id: 'trotsky_zinoviev_expelled_party',
    title: 'The case against Trotsky and Zinoviev',
    kind: 'plenum',
    date: '1927-11',
    bestKnown: '1927-11-14',
    window: { from: '1927-10', to: '1927-12' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'flag', flag: 'opposition_final_warning', is: true },
      { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
      { kind: 'status', who: 'zinoviev', in: ['active', 'removed'] },
    ],
    text: 'An emergency joint session of the Central Committee and the Control Commission takes up the case of Trotsky and Zinoviev. They have broken their final warning, and the majority calls for their expulsion from the party itself.',
    choices: [
      {
        who: 'politburo',
        ifTied: 'cc_only',
        prompt: 'What is to be done with the opposition\u2019s leaders?',
        promptAsTarget: {
          trotsky:
            'The majority calls for your expulsion from the party, and Zinoviev\u2019s. How do you vote?',
          zinoviev:
            'The majority calls for your expulsion from the party, and Trotsky\u2019s. How do you vote?',
        },
        options: [
          {
            id: 'expel',
            label: 'Expel Trotsky and Zinoviev from the party',
            preview: 'Both are expelled: they lose every post, and their networks dissolve.',
            asTarget: {
              trotsky: {
                label: 'Vote to expel yourself and Zinoviev from the party',
                preview: 'You are both expelled: you lose every post, and your networks dissolve.',
              },
              zinoviev: {
                label: 'Vote to expel yourself and Trotsky from the party',
                preview: 'You are both expelled: you lose every post, and your networks dissolve.',
              },
            },
            historical: true,
            effects: [
              { kind: 'status', who: 'trotsky', status: 'expelled' },
              { kind: 'status', who: 'zinoviev', status: 'expelled' },
            ],
          },
          {
            id: 'cc_only',
            label: 'Strip them of their Central Committee seats only',
            preview: 'Both leave the Central Committee but stay party members.',
            asTarget: {
              trotsky: {
                label: 'Vote to strip you both of your Central Committee seats only',
                preview: 'You both leave the Central Committee but stay party members.',
              },
              zinoviev: {
                label: 'Vote to strip you both of your Central Committee seats only',
                preview: 'You both leave the Central Committee but stay party members.',
              },
            },
            effects: [
              { kind: 'status', who: 'trotsky', status: 'removed' },
              { kind: 'status', who: 'zinoviev', status: 'removed' },
            ],
          },
        ],
      },
    ],
    adapted: {
      when: [
        { kind: 'flag', flag: 'united_opposition', is: true },
        { kind: 'flag', flag: 'opposition_final_warning', is: false },
        { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
        { kind: 'status', who: 'zinoviev', in: ['active', 'removed'] },
      ],
      text: 'The majority would like the opposition\u2019s leaders out of the party, but they were never formally warned, and many members would see an expulsion as a purge. The Central Committee settles for removing Trotsky and Zinoviev from its own ranks.',
      effects: [
        { kind: 'status', who: 'trotsky', status: 'removed' },
        { kind: 'status', who: 'zinoviev', status: 'removed' },
        { kind: 'heat', who: 'trotsky', delta: 10 },
        { kind: 'heat', who: 'zinoviev', delta: 10 },
      ],
    },
    skippedBecause:
      'The game has moved away from the record: there is no united opposition to punish, or its leaders are already outside the party.',
    history:
      'An extraordinary joint session on 12\u201314 November 1927 expelled Trotsky and Zinoviev from the party; they had lost their Central Committee seats on 23 October. Kamenev lost his Central Committee seat at the same session.',
    ref: 'Fact sheet: trotsky_zinoviev_expelled_party (uncertain day), trotsky_zinoviev_removed_cc.',
  },
  {
    id: 'kamenev_expelled_15th_congress',
    title: 'The 15th Congress and Kamenev',
    kind: 'event',
    date: '1927-12',
    bestKnown: '1927-12-18',
    window: { from: '1927-10', to: '1927-12' },
    conditions: [
      { kind: 'flag', flag: 'united_opposition', is: true },
      { kind: 'flag', flag: 'opposition_final_warning', is: true },
      { kind: 'status', who: 'kamenev', in: ['active', 'removed'] },
    ],
    text: 'The 15th Congress declares that opposition views cannot be held by a party member. Kamenev must choose: give up his views, or be thrown out of the party.',
    choices: [
      {
        who: 'kamenev',
        prompt: 'What do you tell the congress?',
        options: [
          {
            id: 'partial',
            label: 'Renounce factional work but not your views',
            preview:
              'The congress finds it not enough: you are expelled, but the door back stays open.',
            historical: true,
            effects: [
              { kind: 'status', who: 'kamenev', status: 'expelled' },
              { kind: 'flag', flag: 'kamenev_recanted', value: true },
            ],
          },
          {
            id: 'full',
            label: 'Recant completely',
            preview:
              'You keep your party card but lose your Central Committee seat, and your dignity (prestige \u22128).',
            effects: [
              { kind: 'status', who: 'kamenev', status: 'removed' },
              { kind: 'prestige', who: 'kamenev', delta: -8 },
            ],
          },
          {
            id: 'defy',
            label: 'Stand by Trotsky and defy the congress',
            preview:
              'You are expelled, and there will be no way back; the Left respects you (prestige +3).',
            effects: [
              { kind: 'status', who: 'kamenev', status: 'expelled' },
              { kind: 'prestige', who: 'kamenev', delta: 3 },
            ],
          },
        ],
      },
    ],
    skippedBecause:
      'Kamenev is not part of a warned united opposition in this game, or is already outside the party.',
    history:
      'The 15th Congress (2\u201319 December 1927) expelled Kamenev, Rakovsky and the remaining oppositionists. Zinoviev and Kamenev offered to renounce factional work, but the congress demanded that they give up their views as well.',
    ref: 'Fact sheet: fifteenth_congress; congresses (15th Congress outcome).',
  },
  {
    id: 'fifteenth_congress_directives',
    title: 'Directives for a Five-Year Plan',
    kind: 'event',
    date: '1927-12',
    bestKnown: '1927-12-19',
    window: { from: '1927-10', to: '1927-12' },
    text: 'With the opposition gone, the congress turns to the economy. It asks the planners for a first Five-Year Plan and calls for collective farms. But peasants are to join them by choice, encouraged by credit and machines, not by force.',
    effects: [
      { kind: 'line', axis: 'economy', delta: -3 },
      { kind: 'economy', field: 'investment', delta: 2 },
      { kind: 'flag', flag: 'plan_directives', value: true },
    ],
    history:
      'The 15th Congress (2\u201319 December 1927) adopted directives for drawing up the First Five-Year Plan and a resolution on work in the countryside. It spoke of a gradual, voluntary move to collective farming. Two years later it was done by force.',
    ref: 'Fact sheet: fifteenth_congress (1927-12-02); Davies, The Socialist Offensive (1980), ch. 1; Carr and Davies, Foundations of a Planned Economy, vol. 1 (1969).',
  },
  {
    id: 'politburo_dec_1927',
    title: 'Kuibyshev joins the Politburo',
    kind: 'plenum',
    date: '1927-12-19',
    window: { from: '1927-10', to: '1927-12' },
    conditions: [
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
      { kind: 'alive', who: 'kuibyshev', is: true },
      { kind: 'politburo', who: 'kuibyshev', is: false },
    ],
    text: 'After the 15th Congress the new Central Committee re-forms the Politburo. Kuibyshev, who now runs industry and will drive the coming Five-Year Plan, becomes a full member.',
    effects: [{ kind: 'politburo', person: 'kuibyshev', seat: 'full' }],
    skippedBecause:
      'Stalin no longer runs the Secretariat (or Kuibyshev already sits in the Politburo), so the promotion is not on the table.',
    history:
      'The new Politburo was elected on 19 December 1927. It had nine full members: Bukharin, Kalinin, Kuibyshev, Molotov, Rudzutak, Rykov, Stalin, Tomsky and Voroshilov. Of its eight candidates the game models only four; Andreyev, Chubar, Kosior and Petrovsky are left out.',
    ref: 'Fact sheet: politburo snapshot 1927-12; posts (Kuibyshev, VSNKh).',
  },
  {
    id: 'stalin_resignation_offer_1927',
    title: 'Stalin offers to resign again',
    kind: 'event',
    date: '1927-12-19',
    window: { from: '1927-10', to: '1927-12' },
    conditions: [
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
    ],
    text: 'With the opposition crushed, the new Central Committee meets for the first time. Stalin could ask once more to be relieved of the post of General Secretary, as he did in 1924. Nobody in the room now dares to take him at his word.',
    choices: [
      {
        who: 'stalin',
        prompt: 'Do you offer your resignation?',
        options: [
          {
            id: 'offer',
            label: 'Offer to resign, and let them beg you to stay',
            preview:
              'The plenum refuses, as everyone knows it must: your authority grows (prestige +4).',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'stalin', delta: 4 },
              { kind: 'flag', flag: 'stalin_refused_resignation_1927', value: true },
            ],
          },
          {
            id: 'silent',
            label: 'Say nothing and get on with the work',
            preview: 'Nothing changes.',
            effects: [],
          },
        ],
      },
    ],
    skippedBecause: 'Stalin no longer holds the Secretariat, so he has nothing to offer up.',
    history:
      'At the Central Committee plenum of 19 December 1927 Stalin again asked to be relieved as General Secretary; the request was refused. (In the game the Politburo votes on his 1924 offer; by 1927 the answer was never in doubt.)',
    ref: 'Fact sheet: stalin_resignation_offer_1927; congresses (15th Congress outcome).',
  },
];
