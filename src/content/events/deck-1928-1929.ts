// Events of 1928–1929: the grain crisis, Trotsky's exile, the fall of the Right and the Great Turn.
// Dates follow ../shared/sources/history_1922_1929.json; month-only dates mark uncertain days.
import type { EventChoice, EventDef } from '../types.ts';

/** The November 1928 plenum's question to each man of the Right, in both its forms. */
const RIGHT_DEVIATION_PROMPTS = {
  bukharin:
    'Everyone knows the \u201cright deviation\u201d means you, Rykov and Tomsky. How hard should the plenum strike?',
  rykov:
    'Everyone knows the \u201cright deviation\u201d means you, Bukharin and Tomsky. How hard should the plenum strike?',
  tomsky:
    'Everyone knows the \u201cright deviation\u201d means you, Bukharin and Rykov. How hard should the plenum strike?',
};

/** The April 1929 plenum's vote, whichever way the majority came to condemn the Right. */
const APRIL_1929_CHOICES: EventChoice[] = [
  {
    who: 'politburo',
    ifTied: 'reprimand',
    prompt: 'Strip the Right of its posts?',
    promptAsTarget: {
      bukharin:
        'The majority proposes to take from you and Tomsky whatever you still hold of Pravda, the Comintern and the trade unions. How do you vote?',
      tomsky:
        'The majority proposes to take from you and Bukharin whatever you still hold of the trade unions, Pravda and the Comintern. How do you vote?',
    },
    options: [
      {
        id: 'strip',
        label: 'Strip Bukharin and Tomsky of their posts',
        preview:
          'Bukharin and Tomsky lose whatever they hold of Pravda, the Comintern and the trade unions (the Secretariat fills them); both prestige \u22125, Bukharin heat +10; Uglanov loses his Politburo seat.',
        asTarget: {
          bukharin: {
            label: 'Vote to strip yourself and Tomsky of your posts',
            preview:
              'You and Tomsky lose whatever you hold of Pravda, the Comintern and the trade unions (the Secretariat fills them); prestige \u22125 for you both and your heat +10; Uglanov loses his Politburo seat.',
          },
          tomsky: {
            label: 'Vote to strip yourself and Bukharin of your posts',
            preview:
              'You and Bukharin lose whatever you hold of Pravda, the Comintern and the trade unions (the Secretariat fills them); prestige \u22125 for you both and his heat +10; Uglanov loses his Politburo seat.',
          },
        },
        historical: true,
        effects: [
          { kind: 'post', post: 'pravda', to: null, takenFrom: ['bukharin', 'tomsky'] },
          { kind: 'post', post: 'comintern', to: null, takenFrom: ['bukharin', 'tomsky'] },
          { kind: 'post', post: 'trade_unions', to: null, takenFrom: ['bukharin', 'tomsky'] },
          { kind: 'politburo', person: 'uglanov', seat: 'none' },
          { kind: 'prestige', who: 'bukharin', delta: -5 },
          { kind: 'prestige', who: 'tomsky', delta: -5 },
          { kind: 'heat', who: 'bukharin', delta: 10 },
          { kind: 'flag', flag: 'right_defeated', value: true },
        ],
      },
      {
        id: 'reprimand',
        label: 'A reprimand only',
        preview:
          'The Right keeps its posts (Bukharin heat +5); the General Secretary looks less sure of his majority (prestige \u22123).',
        asTarget: {
          bukharin: {
            label: 'Vote for a reprimand only',
            preview:
              'You keep your posts (your heat +5); the General Secretary looks less sure of his majority (prestige \u22123).',
          },
          tomsky: {
            label: 'Vote for a reprimand only',
            preview:
              'You and Bukharin keep your posts (his heat +5); the General Secretary looks less sure of his majority (prestige \u22123).',
          },
        },
        effects: [
          { kind: 'heat', who: 'bukharin', delta: 5 },
          { kind: 'prestige', who: 'holder:general_secretary', delta: -3 },
        ],
      },
    ],
  },
];

export const DECK_1928_1929: readonly EventDef[] = [
  {
    id: 'stalin_siberia_trip',
    title: 'Stalin goes to Siberia',
    kind: 'event',
    date: '1928-01-15',
    window: { from: '1928-01', to: '1928-03' },
    conditions: [
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'flag', flag: 'shortfall_1927', is: true },
    ],
    text: 'Grain purchases have fallen far behind last year\u2019s. Stalin travels to Siberia himself and tells local officials that kulaks are hoarding grain to push up prices. He wants Article 107 of the criminal code, meant for speculators, used to seize their grain.',
    choices: [
      {
        who: 'stalin',
        prompt: 'How will you get the grain?',
        options: [
          {
            id: 'seize',
            label: 'Seize the grain: use Article 107 against "hoarders"',
            preview:
              'Grain reaches the towns (unrest \u22128) and local parties swing to the hard line (Siberia mood \u22128, Urals \u22126); Rykov and Bukharin are alarmed (grievance +10); the line moves Left (\u22126), and you now stand with the Left on the economy.',
            historical: true,
            effects: [
              { kind: 'economy', field: 'unrest', delta: -8 },
              { kind: 'mood', region: 'siberia', delta: -8 },
              { kind: 'mood', region: 'urals', delta: -6 },
              { kind: 'line', axis: 'economy', delta: -6 },
              { kind: 'relation', from: 'rykov', to: 'stalin', grievance: 10 },
              { kind: 'relation', from: 'bukharin', to: 'stalin', grievance: 10 },
              { kind: 'relation', from: 'tomsky', to: 'stalin', grievance: 5 },
              { kind: 'flag', flag: 'urals_siberian_method', value: true },
              { kind: 'flag', flag: 'extraordinary_measures_used', value: true },
              // Stalin takes over the Left's programme: he now stands for the squeeze.
              { kind: 'position', who: 'stalin', axis: 'economy', delta: -40 },
            ],
          },
          {
            id: 'persuade',
            label: 'Persuade: promise better prices and more goods',
            preview:
              'Calmer villages (Siberia mood +4) and the Right is pleased (Rykov trust +5), but the grain comes in slowly (unrest +5) and you look weak (prestige \u22123).',
            effects: [
              { kind: 'economy', field: 'procurementPrice', delta: 0.1 },
              { kind: 'economy', field: 'unrest', delta: 5 },
              { kind: 'mood', region: 'siberia', delta: 4 },
              { kind: 'prestige', who: 'stalin', delta: -3 },
              { kind: 'relation', from: 'rykov', to: 'stalin', trust: 5 },
            ],
          },
        ],
      },
    ],
    adapted: {
      when: [
        { kind: 'flag', flag: 'shortfall_1927', is: false },
        { kind: 'status', who: 'stalin', in: ['active'] },
      ],
      text: 'The grain came in well enough in 1927. Stalin\u2019s planned tour of Siberia becomes a routine inspection, and the talk in Moscow is of factories, not of hoarders.',
      effects: [{ kind: 'prestige', who: 'stalin', delta: 2 }],
    },
    skippedBecause: 'Stalin is no longer in the leadership to make the journey.',
    history:
      'Stalin toured Siberia from 15 January to 6 February 1928 and pressed officials to use Article 107 against grain "speculators". Forced collection of this kind, later called the Urals\u2013Siberian method, was used again in 1929 and led on to collectivisation.',
    ref: 'Fact sheet: stalin_siberia_trip, grain_procurement_crisis; Hughes, Stalin, Siberia and the Crisis of the New Economic Policy.',
  },
  {
    id: 'trotsky_exiled_alma_ata',
    title: 'A plan to exile Trotsky',
    kind: 'event',
    date: '1928-01',
    bestKnown: '1928-01-17',
    window: { from: '1928-01', to: '1928-03' },
    conditions: [{ kind: 'status', who: 'trotsky', in: ['expelled'] }],
    text: 'Trotsky refuses to leave Moscow quietly. When crowds of supporters block the railway station, the secret police come to his flat, carry him out and put him on a train to Alma-Ata in Kazakhstan, thousands of kilometres from Moscow.',
    effects: [
      { kind: 'status', who: 'trotsky', status: 'exiled' },
      { kind: 'flag', flag: 'trotsky_in_alma_ata', value: true },
    ],
    adapted: {
      when: [{ kind: 'status', who: 'trotsky', in: ['active', 'removed'] }],
      text: 'The secret police have a plan to send Trotsky far from Moscow, but in this game he still holds his party card. A Trotsky who is still a party member cannot be exiled by decree, and the plan stays in a drawer.',
      effects: [{ kind: 'prestige', who: 'trotsky', delta: 2 }],
    },
    skippedBecause: 'Trotsky is already in exile, or dead.',
    history:
      'After a postponement on 16 January caused by crowds at the station, the OGPU removed Trotsky by force and sent him into internal exile at Alma-Ata. Sources give 17 or 18 January 1928, so the game says mid-January.',
    ref: 'Fact sheet: trotsky_exiled_alma_ata (uncertain day).',
  },
  {
    id: 'shakhty_affair',
    title: 'The Shakhty affair',
    kind: 'event',
    date: '1928-03-10',
    window: { from: '1928-01', to: '1928-03' },
    conditions: [{ kind: 'status', who: 'stalin', in: ['active'] }],
    text: 'Pravda announces that engineers in the Shakhty coal mines of the Donbass have been sabotaging production on the orders of the mines\u2019 former owners abroad. The accused are "bourgeois specialists", the experts the NEP has relied on. A great public trial is being prepared in Moscow.',
    choices: [
      {
        who: 'stalin',
        prompt: 'How far do you push the case?',
        options: [
          {
            id: 'show_trial',
            label: 'Make it a great public trial of "wreckers"',
            preview:
              'Prestige +4 and the line moves Left (\u22125); Rykov, who runs the economy, looks bad (prestige \u22124); Rykov and Tomsky grow wary (grievance +5).',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'stalin', delta: 4 },
              { kind: 'line', axis: 'economy', delta: -5 },
              { kind: 'prestige', who: 'rykov', delta: -4 },
              { kind: 'relation', from: 'rykov', to: 'stalin', grievance: 5 },
              { kind: 'relation', from: 'tomsky', to: 'stalin', grievance: 5 },
              { kind: 'flag', flag: 'shakhty_trial', value: true },
            ],
          },
          {
            id: 'quiet',
            label: 'Leave it quietly to the courts',
            preview:
              'No new enemies, but the chance to blame the specialists, and those who relied on them, passes (prestige \u22122).',
            effects: [{ kind: 'prestige', who: 'stalin', delta: -2 }],
          },
        ],
      },
    ],
    skippedBecause: 'Stalin is no longer in the leadership to take the case up.',
    history:
      'Pravda announced the case on 10 March 1928; the show trial of 53 engineers and managers ran in Moscow from 18 May to 6 July. Eleven were sentenced to death and five or six were shot (sources differ). It began a campaign against "wreckers".',
    ref: 'Fact sheet: shakhty_announced, shakhty_trial; TIME, 16 July 1928; Wikipedia, "Shakhty Trial".',
  },
  {
    id: 'zinoviev_kamenev_readmitted',
    title: 'Zinoviev and Kamenev readmitted',
    kind: 'event',
    date: '1928-06',
    window: { from: '1928-04', to: '1928-09' },
    conditions: [
      { kind: 'status', who: 'zinoviev', in: ['expelled'] },
      { kind: 'status', who: 'kamenev', in: ['expelled'] },
      { kind: 'flag', flag: 'kamenev_recanted', is: true },
    ],
    text: 'Zinoviev and Kamenev have written to the Central Committee admitting their "errors" and renouncing the opposition. They are let back into the party, though not into its leadership.',
    effects: [
      { kind: 'status', who: 'zinoviev', status: 'removed' },
      { kind: 'status', who: 'kamenev', status: 'removed' },
      { kind: 'prestige', who: 'zinoviev', delta: -4 },
      { kind: 'prestige', who: 'kamenev', delta: -4 },
      { kind: 'heat', who: 'zinoviev', delta: -20 },
      { kind: 'heat', who: 'kamenev', delta: -20 },
      { kind: 'flag', flag: 'zk_readmitted', value: true },
    ],
    skippedBecause:
      'Zinoviev and Kamenev are not both outside the party, or they never offered to recant.',
    history:
      'Zinoviev and Kamenev recanted and were readmitted to the party in 1928; many accounts say June, but we could not confirm the month, so the game places it in mid-1928. They were given minor posts. Trotsky refused to recant and stayed in exile.',
    ref: 'Wikipedia, "Lev Kamenev" and "Grigory Zinoviev" (party membership 1928\u201332); Columbia Encyclopedia, "Kamenev, Lev Borisovich".',
  },
  {
    id: 'right_opposition_forms',
    title: 'The Right\u2019s choice',
    kind: 'event',
    date: '1928-06',
    window: { from: '1928-04', to: '1928-09' },
    conditions: [
      { kind: 'flag', flag: 'extraordinary_measures_used', is: true },
      { kind: 'status', who: 'bukharin', in: ['active'] },
      { kind: 'status', who: 'rykov', in: ['active'] },
      { kind: 'status', who: 'tomsky', in: ['active'] },
    ],
    text: 'Grain has been taken by force again, and peasants are answering by sowing less. Rykov and Tomsky have grumbled for months; now Bukharin too decides that Stalin is wrecking the smychka, the alliance between workers and peasants that Lenin preached.',
    choices: [
      {
        who: 'bukharin',
        prompt: 'Do you break with Stalin?',
        options: [
          {
            id: 'join',
            label: 'Join Rykov and Tomsky against Stalin\u2019s grain policy',
            preview:
              'Secret alliances with Rykov and Tomsky, and Uglanov\u2019s Moscow party looks to you; your alliance with Stalin ends; heat +10 and Stalin\u2019s grudge (+15).',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'bukharin'], value: false },
              { kind: 'figure', figure: 'uglanov', patron: 'bukharin' },
              { kind: 'alliance', members: ['bukharin', 'rykov'], value: true, secret: true },
              { kind: 'alliance', members: ['bukharin', 'tomsky'], value: true, secret: true },
              { kind: 'heat', who: 'bukharin', delta: 10 },
              { kind: 'relation', from: 'stalin', to: 'bukharin', grievance: 15 },
              { kind: 'flag', flag: 'right_opposition', value: true },
            ],
          },
          {
            id: 'stay',
            label: 'Stay loyal to Stalin and hope to restrain him',
            preview:
              'You keep Stalin\u2019s friendship, but Rykov and Tomsky feel abandoned (their trust in you \u221210).',
            effects: [
              { kind: 'relation', from: 'rykov', to: 'bukharin', trust: -10 },
              { kind: 'relation', from: 'tomsky', to: 'bukharin', trust: -10 },
              { kind: 'flag', flag: 'bukharin_with_stalin', value: true },
            ],
          },
        ],
      },
      {
        who: 'rykov',
        prompt: 'Do you openly oppose the forced grain collections?',
        options: [
          {
            id: 'oppose',
            label: 'Oppose them in the Politburo',
            preview: 'Your alliance with Stalin ends; heat +5.',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'rykov'], value: false },
              { kind: 'heat', who: 'rykov', delta: 5 },
              { kind: 'flag', flag: 'right_opposition', value: true },
            ],
          },
          {
            id: 'go_along',
            label: 'Go along with them, for now',
            preview: 'Stalin trusts you more (+5); the peasants\u2019 anger is not your fight.',
            effects: [{ kind: 'relation', from: 'stalin', to: 'rykov', trust: 5 }],
          },
        ],
      },
      {
        who: 'tomsky',
        prompt: 'Do you openly oppose the forced grain collections?',
        options: [
          {
            id: 'oppose',
            label: 'Oppose them in the Politburo',
            preview: 'Your alliance with Stalin ends; heat +5.',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'tomsky'], value: false },
              { kind: 'heat', who: 'tomsky', delta: 5 },
              { kind: 'flag', flag: 'right_opposition', value: true },
            ],
          },
          {
            id: 'go_along',
            label: 'Go along with them, for now',
            preview: 'Stalin trusts you more (+5); the peasants\u2019 anger is not your fight.',
            effects: [{ kind: 'relation', from: 'stalin', to: 'tomsky', trust: 5 }],
          },
        ],
      },
    ],
    skippedBecause:
      'No grain has been seized by force in this game, or one of Bukharin, Rykov and Tomsky is out of the Central Committee, so the Right has no common cause.',
    history:
      'In June 1928 Bukharin joined Rykov and Tomsky in resisting the forced grain collections, usually taken as the start of the Right Opposition (the "Right Deviation"), with Uglanov\u2019s Moscow party behind it. The month is not certain.',
    ref: 'Fact sheet: right_opposition_forms (uncertain); alliances, "Right Opposition".',
  },
  {
    id: 'tribute_speech',
    title: 'A "tribute" from the peasants',
    kind: 'plenum',
    date: '1928-07',
    bestKnown: '1928-07-09',
    window: { from: '1928-07', to: '1928-09' },
    conditions: [{ kind: 'status', who: 'stalin', in: ['active'] }],
    text: 'At the July plenum Stalin tells the Central Committee that the peasants must pay a kind of "tribute", an extra tax, to fund industry. He adds that as socialism advances, its enemies will fight harder: the class struggle will grow sharper, not softer. Bukharin listens in alarm.',
    choices: [
      {
        who: 'stalin',
        prompt: 'How far do you go in your speech?',
        options: [
          {
            id: 'tribute',
            label: 'Speak of tribute and a sharper class struggle',
            preview:
              'The line moves Left (\u22124) and the young militants are pleased (Moscow and Urals mood +2), but Bukharin fears you (grievance +10).',
            historical: true,
            effects: [
              { kind: 'line', axis: 'economy', delta: -4 },
              { kind: 'mood', region: 'moscow', delta: 2 },
              { kind: 'mood', region: 'urals', delta: 2 },
              { kind: 'relation', from: 'bukharin', to: 'stalin', grievance: 10 },
              { kind: 'flag', flag: 'class_struggle_sharpens', value: true },
            ],
          },
          {
            id: 'soft',
            label: 'Keep to the language of the NEP for now',
            preview: 'The Right is reassured (Bukharin trust +5); the line does not move.',
            effects: [{ kind: 'relation', from: 'bukharin', to: 'stalin', trust: 5 }],
          },
        ],
      },
    ],
    skippedBecause: 'Stalin is out of the leadership in this game.',
    history:
      'In his speech to the plenum on 9 July 1928 Stalin said the peasants must pay something like a "tribute" for industrialisation, and that resistance would grow as socialism advanced. This idea of a sharpening class struggle later justified mass repression. Two days later Bukharin went to see Kamenev.',
    ref: 'Stalin, "Industrialisation and the Grain Problem", 9 July 1928 (Works vol. 11; first printed in 1949); Cohen, Bukharin and the Bolshevik Revolution (1973), ch. 9; fact sheet: bukharin_kamenev_meeting.',
  },
  {
    id: 'bukharin_kamenev_meeting',
    title: 'Bukharin visits Kamenev',
    kind: 'event',
    date: '1928-07',
    bestKnown: '1928-07-11',
    window: { from: '1928-07', to: '1928-09' },
    conditions: [
      { kind: 'flag', flag: 'right_opposition', is: true },
      { kind: 'status', who: 'bukharin', in: ['active'] },
      { kind: 'status', who: 'kamenev', in: ['active', 'removed'] },
    ],
    text: 'Frightened by Stalin\u2019s turn against the peasants, Bukharin secretly visits Kamenev, his old enemy. He says Stalin is a schemer who changes his ideas to destroy his rivals and will strangle them all. Kamenev writes down everything he hears.',
    choices: [
      {
        who: 'bukharin',
        prompt: 'What do you say to Kamenev?',
        options: [
          {
            id: 'talk',
            label: 'Pour out your fears, but promise nothing',
            preview:
              'Kamenev trusts you more (+10), but he keeps notes, and they will leak: you will be accused of factional plotting, and the majority will have its proof to strip the Right of its posts.',
            historical: true,
            effects: [
              { kind: 'relation', from: 'kamenev', to: 'bukharin', trust: 10 },
              { kind: 'flag', flag: 'bukharin_kamenev_met', value: true },
            ],
          },
          {
            id: 'pact',
            label: 'Propose a real alliance against Stalin',
            preview:
              'A secret alliance with Kamenev and heat +10; the old Left and the new Right might join forces, but Kamenev keeps notes of this talk too, and they will leak.',
            effects: [
              { kind: 'alliance', members: ['bukharin', 'kamenev'], value: true, secret: true },
              { kind: 'heat', who: 'bukharin', delta: 10 },
              { kind: 'flag', flag: 'bukharin_kamenev_met', value: true },
              { kind: 'flag', flag: 'bukharin_kamenev_pact', value: true },
            ],
          },
          {
            id: 'stay_away',
            label: 'Stay away: it is too dangerous',
            preview: 'No risk of a leak, but no new friends either.',
            effects: [],
          },
        ],
      },
    ],
    adapted: {
      when: [
        { kind: 'flag', flag: 'bukharin_kamenev_1928', is: true },
        { kind: 'status', who: 'bukharin', in: ['active'] },
        { kind: 'status', who: 'kamenev', in: ['active', 'removed'] },
      ],
      text: 'Bukharin goes to Kamenev and this time does more than complain. The old enemies agree to work together against Stalin, and Kamenev promises to bring Zinoviev with him. Rykov and Tomsky join the bloc, so the three leaders of the Right stop acting with Stalin and act together. With an organised bloc behind him, Bukharin also holds on to the two Politburo members who had been wavering his way: Kalinin and Voroshilov now stand with the Right (until Stalin wins them back).',
      effects: [
        { kind: 'alliance', members: ['bukharin', 'kamenev'], value: true, secret: true },
        { kind: 'alliance', members: ['bukharin', 'zinoviev'], value: true, secret: true },
        // A bloc against Stalin: the Right's leaders stop acting with him and act together.
        { kind: 'alliance', members: ['stalin', 'bukharin'], value: false },
        { kind: 'alliance', members: ['stalin', 'rykov'], value: false },
        { kind: 'alliance', members: ['stalin', 'tomsky'], value: false },
        { kind: 'alliance', members: ['bukharin', 'rykov'], value: true, secret: true },
        { kind: 'alliance', members: ['bukharin', 'tomsky'], value: true, secret: true },
        { kind: 'figure', figure: 'kalinin', sympathy: 'bukharin' },
        { kind: 'figure', figure: 'voroshilov', sympathy: 'bukharin' },
        { kind: 'heat', who: 'bukharin', delta: 5 },
        { kind: 'flag', flag: 'bukharin_kamenev_met', value: true },
        { kind: 'flag', flag: 'bukharin_kamenev_pact', value: true },
      ],
    },
    skippedBecause:
      'Bukharin has not broken with Stalin in this game, or Kamenev is not free to meet him.',
    history:
      'Bukharin met Kamenev secretly in July 1928 and spoke of his fear of Stalin. He said Kalinin and Voroshilov had been on his side but \u201cbetrayed us at the last moment\u201d. Kamenev\u2019s record of the talk was circulated by Trotskyists in January 1929 and used against Bukharin.',
    ref: 'Fact sheet: bukharin_kamenev_meeting; Cohen, Bukharin and the Bolshevik Revolution (1973), ch. 9.',
  },
  {
    id: 'notes_of_an_economist',
    title: 'Notes of an Economist',
    kind: 'event',
    date: '1928-09-30',
    window: { from: '1928-07', to: '1928-09' },
    conditions: [{ kind: 'status', who: 'bukharin', in: ['active'] }],
    text: 'Bukharin prepares an article for Pravda, "Notes of an Economist". Without naming Stalin, it warns that industry cannot grow faster than the economy can bear, and that squeezing the peasants will end in disaster.',
    choices: [
      {
        who: 'bukharin',
        prompt: 'Do you publish it?',
        options: [
          {
            id: 'publish',
            label: 'Publish the article',
            preview:
              'Prestige +5 and the farming regions swing Right (mood +5), but heat +10: Stalin will treat it as an attack (grievance +10).',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'bukharin', delta: 5 },
              { kind: 'mood', region: 'black_earth', delta: 5 },
              { kind: 'mood', region: 'volga', delta: 5 },
              { kind: 'mood', region: 'siberia', delta: 5 },
              { kind: 'heat', who: 'bukharin', delta: 10 },
              { kind: 'relation', from: 'stalin', to: 'bukharin', grievance: 10 },
              { kind: 'flag', flag: 'notes_of_an_economist', value: true },
            ],
          },
          {
            id: 'withhold',
            label: 'Keep your warnings for the Politburo',
            preview:
              'No open quarrel (heat \u22125), but the party hears only one side (prestige \u22122).',
            effects: [
              { kind: 'heat', who: 'bukharin', delta: -5 },
              { kind: 'prestige', who: 'bukharin', delta: -2 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'Bukharin is no longer in the Central Committee.',
    history:
      '"Notes of an Economist" appeared in Pravda on 30 September 1928. It was an indirect attack on Stalin\u2019s high targets for industry, and Stalin\u2019s supporters condemned it.',
    ref: 'Fact sheet: notes_of_an_economist.',
  },
  {
    id: 'right_deviation_condemned',
    title: 'The November 1928 plenum',
    kind: 'plenum',
    date: '1928-11',
    window: { from: '1928-10', to: '1928-12' },
    conditions: [
      { kind: 'flag', flag: 'right_opposition', is: true },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
      { kind: 'holds', who: 'uglanov', post: 'moscow_party', is: true },
    ],
    text: 'The Central Committee condemns a "right deviation": people in the party who, it says, would give in to the kulaks. No names are given, but everyone knows who is meant. In Moscow, Uglanov\u2019s party committee, which sided with the Right, comes under attack.',
    choices: [
      {
        who: 'politburo',
        ifTied: 'compromise',
        prompt: 'How hard should the plenum strike?',
        promptAsTarget: RIGHT_DEVIATION_PROMPTS,
        options: [
          {
            id: 'condemn',
            label: 'Condemn the right deviation and replace Uglanov with Molotov',
            preview:
              'Bukharin, Rykov and Tomsky heat +10 each; Molotov takes over the Moscow party.',
            asTarget: {
              bukharin: {
                label:
                  'Vote to condemn the right deviation, and so yourself, and to replace Uglanov with Molotov',
                preview:
                  'Your heat +10, and Rykov\u2019s and Tomsky\u2019s; Molotov takes over the Moscow party.',
              },
              rykov: {
                label:
                  'Vote to condemn the right deviation, and so yourself, and to replace Uglanov with Molotov',
                preview:
                  'Your heat +10, and Bukharin\u2019s and Tomsky\u2019s; Molotov takes over the Moscow party.',
              },
              tomsky: {
                label:
                  'Vote to condemn the right deviation, and so yourself, and to replace Uglanov with Molotov',
                preview:
                  'Your heat +10, and Bukharin\u2019s and Rykov\u2019s; Molotov takes over the Moscow party.',
              },
            },
            historical: true,
            effects: [
              { kind: 'heat', who: 'bukharin', delta: 10 },
              { kind: 'heat', who: 'rykov', delta: 10 },
              { kind: 'heat', who: 'tomsky', delta: 10 },
              { kind: 'post', post: 'moscow_party', to: 'molotov' },
              { kind: 'flag', flag: 'right_deviation_condemned', value: true },
            ],
          },
          {
            id: 'compromise',
            label: 'Agree a compromise on grain and leave Moscow alone',
            preview:
              'The Right survives (its leaders\u2019 heat \u22125) and grain prices rise a little.',
            asTarget: {
              bukharin: {
                label: 'Vote for a compromise on grain that leaves Moscow alone',
                preview:
                  'The Right survives (your heat \u22125, and Rykov\u2019s and Tomsky\u2019s) and grain prices rise a little.',
              },
              rykov: {
                label: 'Vote for a compromise on grain that leaves Moscow alone',
                preview:
                  'The Right survives (your heat \u22125, and Bukharin\u2019s and Tomsky\u2019s) and grain prices rise a little.',
              },
              tomsky: {
                label: 'Vote for a compromise on grain that leaves Moscow alone',
                preview:
                  'The Right survives (your heat \u22125, and Bukharin\u2019s and Rykov\u2019s) and grain prices rise a little.',
              },
            },
            effects: [
              { kind: 'heat', who: 'bukharin', delta: -5 },
              { kind: 'heat', who: 'rykov', delta: -5 },
              { kind: 'heat', who: 'tomsky', delta: -5 },
              { kind: 'economy', field: 'procurementPrice', delta: 0.1 },
            ],
          },
        ],
      },
    ],
    adapted: {
      when: [
        { kind: 'flag', flag: 'right_opposition', is: true },
        { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
        { kind: 'holds', who: 'uglanov', post: 'moscow_party', is: false },
      ],
      text: 'The Central Committee condemns a "right deviation": people in the party who, it says, would give in to the kulaks. No names are given, but everyone knows who is meant.',
      effects: [],
      choices: [
        {
          who: 'politburo',
          ifTied: 'compromise',
          prompt: 'How hard should the plenum strike?',
          promptAsTarget: RIGHT_DEVIATION_PROMPTS,
          options: [
            {
              id: 'condemn',
              label: 'Condemn the right deviation',
              preview: 'Bukharin, Rykov and Tomsky heat +10 each.',
              asTarget: {
                bukharin: {
                  label: 'Vote to condemn the right deviation, and so yourself',
                  preview: 'Your heat +10, and Rykov\u2019s and Tomsky\u2019s.',
                },
                rykov: {
                  label: 'Vote to condemn the right deviation, and so yourself',
                  preview: 'Your heat +10, and Bukharin\u2019s and Tomsky\u2019s.',
                },
                tomsky: {
                  label: 'Vote to condemn the right deviation, and so yourself',
                  preview: 'Your heat +10, and Bukharin\u2019s and Rykov\u2019s.',
                },
              },
              historical: true,
              effects: [
                { kind: 'heat', who: 'bukharin', delta: 10 },
                { kind: 'heat', who: 'rykov', delta: 10 },
                { kind: 'heat', who: 'tomsky', delta: 10 },
                { kind: 'flag', flag: 'right_deviation_condemned', value: true },
              ],
            },
            {
              id: 'compromise',
              label: 'Agree a compromise on grain',
              preview:
                'The Right survives (its leaders\u2019 heat \u22125) and grain prices rise a little.',
              asTarget: {
                bukharin: {
                  label: 'Vote for a compromise on grain',
                  preview:
                    'The Right survives (your heat \u22125, and Rykov\u2019s and Tomsky\u2019s) and grain prices rise a little.',
                },
                rykov: {
                  label: 'Vote for a compromise on grain',
                  preview:
                    'The Right survives (your heat \u22125, and Bukharin\u2019s and Tomsky\u2019s) and grain prices rise a little.',
                },
                tomsky: {
                  label: 'Vote for a compromise on grain',
                  preview:
                    'The Right survives (your heat \u22125, and Bukharin\u2019s and Rykov\u2019s) and grain prices rise a little.',
                },
              },
              effects: [
                { kind: 'heat', who: 'bukharin', delta: -5 },
                { kind: 'heat', who: 'rykov', delta: -5 },
                { kind: 'heat', who: 'tomsky', delta: -5 },
                { kind: 'economy', field: 'procurementPrice', delta: 0.1 },
              ],
            },
          ],
        },
      ],
    },
    skippedBecause:
      'There is no Right opposition to condemn in this game, or Stalin no longer runs the Secretariat.',
    history:
      'The November 1928 plenum condemned the "right deviation" without naming Bukharin, Rykov or Tomsky. On 27 November Molotov replaced Uglanov as head of the Moscow party.',
    ref: 'Fact sheet: right_deviation_condemned; posts (First Secretary, Moscow party committee).',
  },
  {
    id: 'tomsky_leaves_unions',
    title: 'Tomsky walks out of the unions',
    kind: 'event',
    date: '1928-12',
    window: { from: '1928-10', to: '1928-12' },
    conditions: [
      { kind: 'holds', who: 'tomsky', post: 'trade_unions', is: true },
      { kind: 'flag', flag: 'right_opposition', is: true },
      { kind: 'status', who: 'tomsky', in: ['active'] },
    ],
    text: 'At the trade union congress the Central Committee places Kaganovich and other Stalin men in the unions\u2019 leadership, over Tomsky\u2019s head. The unions are to stop defending workers against managers and start driving up output for the plan. Tomsky sees that his unions are no longer his.',
    choices: [
      {
        who: 'tomsky',
        prompt: 'Stalin\u2019s men have been put into your union council. What do you do?',
        options: [
          {
            id: 'walk_out',
            label: 'Offer your resignation and stop working there',
            preview:
              'A protest the workers notice (Moscow and Leningrad mood \u22122), but you leave the field (prestige \u22124, heat +5).',
            historical: true,
            effects: [
              { kind: 'mood', region: 'moscow', delta: -2 },
              { kind: 'mood', region: 'leningrad', delta: -2 },
              { kind: 'prestige', who: 'tomsky', delta: -4 },
              { kind: 'heat', who: 'tomsky', delta: 5 },
              { kind: 'flag', flag: 'tomsky_walked_out', value: true },
            ],
          },
          {
            id: 'hold_on',
            label: 'Stay and fight inside the union council',
            preview:
              'You keep your voice for now (prestige +2), but you are openly defying the Centre (heat +10).',
            effects: [
              { kind: 'prestige', who: 'tomsky', delta: 2 },
              { kind: 'heat', who: 'tomsky', delta: 10 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'Tomsky does not lead the unions, or has not joined the Right, in this game.',
    history:
      'At the 8th Trade Union Congress in December 1928 Kaganovich and other Stalin supporters were added to the unions\u2019 ruling body. Tomsky offered to resign and stopped doing the job. He was formally replaced at the head of the unions in 1929.',
    ref: 'Wynn, "From the Factory to the Kremlin: Mikhail Tomsky and the Russian Worker" (NCSEER report, 1996); Wynn, "NEP\u2019s last stand" (on the 8th Trade Union Congress); fact sheet: posts (trade unions).',
  },
  {
    id: 'bukharin_kamenev_notes_leaked',
    title: 'Kamenev\u2019s notes leak',
    kind: 'event',
    date: '1929-01',
    window: { from: '1929-01', to: '1929-03' },
    conditions: [
      { kind: 'flag', flag: 'bukharin_kamenev_met', is: true },
      { kind: 'status', who: 'bukharin', in: ['active'] },
    ],
    text: 'Kamenev\u2019s notes of his secret talk with Bukharin are printed in a leaflet by Trotsky\u2019s followers and passed from hand to hand. Stalin\u2019s supporters now have written proof that Bukharin went behind the party\u2019s back to its beaten enemies.',
    effects: [
      { kind: 'heat', who: 'bukharin', delta: 15 },
      { kind: 'prestige', who: 'bukharin', delta: -5 },
      { kind: 'flag', flag: 'bukharin_exposed', value: true },
    ],
    skippedBecause:
      'Bukharin never met Kamenev in secret in this game, so there are no notes to leak.',
    history:
      'The Trotskyists circulated Kamenev\u2019s record of the meeting in January 1929, and it was used against Bukharin in the Politburo in the following weeks.',
    ref: 'Fact sheet: bukharin_kamenev_meeting.',
  },
  {
    id: 'trotsky_deported',
    title: 'Trotsky deported',
    kind: 'event',
    date: '1929-02-12',
    window: { from: '1929-01', to: '1929-03' },
    conditions: [{ kind: 'status', who: 'trotsky', in: ['exiled'] }],
    text: 'A special board of the secret police orders Trotsky out of the Soviet Union for "anti-Soviet activity". He and his family are taken from Alma-Ata to Odessa and put aboard a steamer for Turkey. He will never return.',
    effects: [{ kind: 'flag', flag: 'trotsky_abroad', value: true }],
    adapted: {
      when: [{ kind: 'status', who: 'trotsky', in: ['expelled'] }],
      text: 'A special board of the secret police orders Trotsky, already expelled from the party, out of the Soviet Union altogether. He is put aboard a steamer at Odessa bound for Turkey.',
      effects: [
        { kind: 'status', who: 'trotsky', status: 'exiled' },
        { kind: 'flag', flag: 'trotsky_abroad', value: true },
      ],
    },
    skippedBecause:
      'Trotsky is still a party member in this game, and a party member cannot be deported by a police order.',
    history:
      'The deportation order was issued on 18 January 1929 and Trotsky was told of it on 20 January. He arrived in Turkey on 12 February aboard the steamer Ilyich and settled on the island of Prinkipo.',
    ref: 'Fact sheet: trotsky_deportation_order, trotsky_expelled_ussr.',
  },
  {
    id: 'april_1929_plenum',
    title: 'The April 1929 plenum',
    kind: 'plenum',
    date: '1929-04',
    bestKnown: '1929-04-16',
    window: { from: '1929-04', to: '1929-06' },
    conditions: [
      // The plenum comes wherever the Right was condemned in November and Stalin still runs the
      // Secretariat. It once also needed Bukharin to hold Pravda and the Comintern and Tomsky the
      // unions; posts change hands in most games, so it came in 2 games in 100 and the Right
      // was almost never beaten (rules version 9). It now takes what the two still hold.
      { kind: 'flag', flag: 'right_deviation_condemned', is: true },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
      { kind: 'status', who: 'bukharin', in: ['active'] },
    ],
    text: 'A joint plenum of the Central Committee and the Control Commission condemns "Bukharin\u2019s group" for factional plotting. The majority proposes to take away the Right\u2019s strongholds: Pravda and the Comintern from Bukharin, the trade unions from Tomsky, wherever they still hold them.',
    choices: APRIL_1929_CHOICES,
    // The Right escaped condemnation in November, but Kamenev's notes of Bukharin's secret
    // talk have leaked: in the record, joint sessions of the Politburo and the Control
    // Commission (30 January and 9 February 1929) took them as proof of a factional "Bukharin
    // group", the charge the April plenum acted on. A Bukharin who stayed away from Kamenev
    // gives the majority no such proof.
    adapted: {
      when: [
        { kind: 'flag', flag: 'right_deviation_condemned', is: false },
        { kind: 'flag', flag: 'bukharin_exposed', is: true },
        { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
        { kind: 'status', who: 'bukharin', in: ['active'] },
      ],
      text: 'The Right escaped condemnation in November, but Kamenev\u2019s notes have since given the majority its proof: Bukharin, in his own words, plotting with beaten enemies behind the party\u2019s back. A joint plenum of the Central Committee and the Control Commission condemns "Bukharin\u2019s group" for factional plotting and proposes to take away the Right\u2019s strongholds: Pravda and the Comintern from Bukharin, the trade unions from Tomsky, wherever they still hold them.',
      effects: [],
      choices: APRIL_1929_CHOICES,
    },
    skippedBecause:
      'In this game the Right was neither condemned in November 1928 nor exposed by Kamenev\u2019s notes, Stalin does not run the Secretariat, or Bukharin is no longer in the Central Committee.',
    history:
      'After Kamenev\u2019s notes leaked in January 1929, Stalin named a factional \u201cBukharin group\u201d (Bukharin, Rykov, Tomsky) at joint sessions of the Politburo and the Control Commission on 30 January and 9 February, and the joint plenum of April condemned it. On 23 April Bukharin was relieved of Pravda and Comintern work and Tomsky of the trade unions, and on 29 April Uglanov lost his Politburo candidacy. (The Comintern confirmed Bukharin\u2019s removal in July, and one source dates the loss of Pravda to November.)',
    ref: 'Fact sheet: april_1929_plenum, bukharin_removed_comintern_formal; posts (Pravda, uncertain); politburo snapshot 1929-05. Stalin, \u201cBukharin\u2019s Group and the Right Deviation in Our Party\u201d, speeches at the joint meeting of the Politburo and the Presidium of the CCC, late January\u2013early February 1929 (Works vol. 11); Le Contrat social VIII/1 (1964), documents (the sessions of 30 January and 9 February).',
  },
  {
    id: 'five_year_plan_adopted',
    title: 'The First Five-Year Plan',
    kind: 'event',
    date: '1929-05-28',
    window: { from: '1929-04', to: '1929-06' },
    text: 'The party must choose between two versions of the First Five-Year Plan for industry. The "optimal" version sets targets for coal, steel and electricity that many experts think impossible; the "minimal" version is what the Right prefers.',
    choices: [
      {
        who: 'politburo',
        prompt: 'Which version of the plan do you back?',
        options: [
          {
            id: 'optimal',
            label: 'Back the ambitious "optimal" plan',
            preview:
              'Investment +8 and the line moves Left (\u22128), but the goods famine worsens (+6).',
            historical: true,
            effects: [
              { kind: 'economy', field: 'investment', delta: 8 },
              { kind: 'line', axis: 'economy', delta: -8 },
              { kind: 'economy', field: 'goodsFamine', delta: 6 },
              { kind: 'flag', flag: 'five_year_plan_optimal', value: true },
            ],
          },
          {
            id: 'minimal',
            label: 'Back the cautious "minimal" plan',
            preview:
              'Investment +3 and the line moves Right (+4); the villages get more goods (goods famine \u22123).',
            effects: [
              { kind: 'economy', field: 'investment', delta: 3 },
              { kind: 'line', axis: 'economy', delta: 4 },
              { kind: 'economy', field: 'goodsFamine', delta: -3 },
              { kind: 'flag', flag: 'five_year_plan_minimal', value: true },
            ],
          },
        ],
      },
    ],
    history:
      'The 16th Party Conference (23\u201329 April 1929) chose the "optimal" variant over the Right\u2019s objections, and the 5th Congress of Soviets approved the plan on 28 May 1929. It was backdated to 1 October 1928.',
    ref: 'Fact sheet: five_year_plan_adopted, sixteenth_party_conference.',
  },
  {
    id: 'great_break_article',
    title: 'Stalin\u2019s anniversary article',
    kind: 'event',
    date: '1929-11-07',
    window: { from: '1929-10', to: '1929-12' },
    conditions: [
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
    ],
    text: 'On the twelfth anniversary of the revolution Stalin writes in Pravda that 1929 has been a year of great change. He claims that middle peasants are now joining collective farms of their own free will, and calls for an all-out offensive against capitalism in town and country.',
    choices: [
      {
        // The Politburo, not Stalin alone, decides: the November 1929 plenum endorsed the
        // turn. A majority won over from Stalin's camp can stop it (src/sim/waverers.ts).
        who: 'politburo',
        ifTied: 'slow',
        prompt:
          'Stalin asks the Politburo to back his call. How fast should the villages be collectivised?',
        options: [
          {
            id: 'great_turn',
            label: 'Proclaim the great turn to mass collectivisation',
            preview:
              'Collectivisation surges (+12), the line moves Left (\u221210) and Stalin\u2019s prestige rises (+5), but the countryside is thrown into turmoil (unrest +6).',
            historical: true,
            // Rykov and Tomsky, who kept their Politburo seats into 1930, went along with the
            // turn only as beaten men, condemned at the April 1929 plenum and stripped of their
            // strongholds. In the game, while the Right has not been stripped (the flag
            // right_defeated), they vote against it. (Bukharin's own vote is his player's, or
            // his temperament's: docs/balance.md, rules version 8.)
            castOnlyOnceBeaten: {
              who: ['rykov', 'tomsky'],
              when: [{ kind: 'flag', flag: 'right_defeated', is: true }],
            },
            effects: [
              { kind: 'economy', field: 'collectivised', delta: 12 },
              { kind: 'line', axis: 'economy', delta: -10 },
              { kind: 'prestige', who: 'stalin', delta: 5 },
              { kind: 'economy', field: 'unrest', delta: 6 },
              { kind: 'mood', region: 'black_earth', delta: -6 },
              { kind: 'mood', region: 'volga', delta: -6 },
              { kind: 'mood', region: 'ukraine', delta: -5 },
              { kind: 'flag', flag: 'great_turn', value: true },
            ],
          },
          {
            id: 'slow',
            label: 'Slow down: collective farms only where peasants want them',
            preview:
              'Collectivisation grows a little (+3) and Rykov approves (trust +10), but Stalin\u2019s prestige dips (\u22123).',
            effects: [
              { kind: 'economy', field: 'collectivised', delta: 3 },
              { kind: 'relation', from: 'rykov', to: 'stalin', trust: 10 },
              { kind: 'prestige', who: 'stalin', delta: -3 },
            ],
          },
        ],
      },
    ],
    skippedBecause:
      'Stalin does not lead the party in this game, so nobody proclaims a "great turn".',
    history:
      'Stalin\u2019s article "A Year of Great Change" appeared in Pravda on 7 November 1929. In fact most peasants had not joined: only about 7.5% of peasant households were in collective farms on 1 October 1929. The forced surge came in January\u2013March 1930, when the share jumped to over half before falling back.',
    ref: 'Fact sheet: great_break_article; Davies, The Socialist Offensive (1980), tables 16\u201317 (7.5% of households on 1 October 1929).',
  },
  {
    id: 'bukharin_removed_politburo',
    title: 'The November 1929 plenum',
    kind: 'plenum',
    date: '1929-11-17',
    window: { from: '1929-10', to: '1929-12' },
    conditions: [
      { kind: 'flag', flag: 'right_defeated', is: true },
      { kind: 'politburo', who: 'bukharin', is: true },
    ],
    text: 'The November plenum hears that Bukharin is still the leader of the "right deviation". Unless he surrenders completely, the majority will throw him out of the Politburo.',
    choices: [
      {
        who: 'politburo',
        ifTied: 'recant',
        prompt: 'Remove Bukharin from the Politburo?',
        promptAsTarget: {
          bukharin:
            'Unless you surrender completely, the majority will throw you out of the Politburo. How do you vote?',
          rykov:
            'The majority will throw Bukharin out of the Politburo unless he surrenders, and warn you and Tomsky. How do you vote?',
          tomsky:
            'The majority will throw Bukharin out of the Politburo unless he surrenders, and warn you and Rykov. How do you vote?',
        },
        options: [
          {
            id: 'remove',
            label: 'Remove Bukharin from the Politburo',
            preview: 'Bukharin loses his seat; Rykov and Tomsky are warned (heat +10 each).',
            asTarget: {
              bukharin: {
                label: 'Vote for your own removal from the Politburo',
                preview: 'You lose your seat; Rykov and Tomsky are warned (heat +10 each).',
              },
              rykov: {
                label: 'Vote to remove Bukharin, and to warn yourself and Tomsky',
                preview: 'Bukharin loses his seat; your heat +10, and Tomsky\u2019s.',
              },
              tomsky: {
                label: 'Vote to remove Bukharin, and to warn yourself and Rykov',
                preview: 'Bukharin loses his seat; your heat +10, and Rykov\u2019s.',
              },
            },
            historical: true,
            effects: [
              { kind: 'politburo', person: 'bukharin', seat: 'none' },
              { kind: 'heat', who: 'rykov', delta: 10 },
              { kind: 'heat', who: 'tomsky', delta: 10 },
            ],
          },
          {
            id: 'recant',
            label: 'Let him stay if he admits his errors',
            preview: 'Bukharin keeps his seat but loses face (prestige \u22126, heat \u221210).',
            asTarget: {
              bukharin: {
                label: 'Vote to stay, admitting your errors',
                preview: 'You keep your seat but lose face (prestige \u22126, heat \u221210).',
              },
            },
            effects: [
              { kind: 'prestige', who: 'bukharin', delta: -6 },
              { kind: 'heat', who: 'bukharin', delta: -10 },
            ],
          },
        ],
      },
    ],
    skippedBecause:
      'The Right was not stripped of its posts in this game, so nobody can push Bukharin out.',
    history:
      'The plenum of 17 November 1929 expelled Bukharin from the Politburo. Soon afterwards Bukharin, Rykov and Tomsky published a statement admitting their "errors"; Rykov and Tomsky kept their seats until 1930.',
    ref: 'Fact sheet: bukharin_removed_politburo; politburo snapshot 1929-12.',
  },
  {
    id: 'stalin_50th_birthday',
    title: "Stalin's fiftieth birthday",
    kind: 'event',
    date: '1929-12-21',
    window: { from: '1929-10', to: '1929-12' },
    conditions: [
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
    ],
    text: 'Stalin\u2019s fiftieth birthday is celebrated as no Bolshevik\u2019s birthday has been before. Pravda fills page after page with tributes from across the country hailing him as Lenin\u2019s true heir. (He was in fact born in December 1878, a year earlier than the official date.)',
    effects: [
      { kind: 'prestige', who: 'stalin', delta: 5 },
      { kind: 'flag', flag: 'stalin_cult', value: true },
    ],
    skippedBecause:
      'Stalin does not lead the party in this game, so his birthday passes with little fuss.',
    history:
      'The celebration of 21 December 1929 flooded the press with praise, and historians often date the start of Stalin\u2019s personality cult to it.',
    ref: 'Fact sheet: stalin_50th_birthday.',
  },
  {
    id: 'liquidate_kulaks_speech',
    title: 'The kulak question',
    kind: 'event',
    date: '1929-12-27',
    window: { from: '1929-10', to: '1929-12' },
    conditions: [
      { kind: 'fired', event: 'great_break_article', is: true },
      { kind: 'flag', flag: 'great_turn', is: true },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
    ],
    text: 'Speaking to a conference of Marxist experts on farming, Stalin announces that the party will no longer merely limit the kulaks, the better-off peasants. It will now "liquidate the kulaks as a class": families labelled kulaks will lose their land and property, and many will be deported.',
    choices: [
      {
        who: 'stalin',
        prompt: 'Do you announce the new policy?',
        options: [
          {
            id: 'liquidate',
            label: 'Announce the liquidation of the kulaks as a class',
            preview:
              'Collectivisation +8 and the line moves Left (\u22125), but the villages are in uproar (unrest +5, farming regions\u2019 mood \u22125).',
            historical: true,
            effects: [
              { kind: 'economy', field: 'collectivised', delta: 8 },
              { kind: 'economy', field: 'unrest', delta: 5 },
              { kind: 'line', axis: 'economy', delta: -5 },
              { kind: 'mood', region: 'black_earth', delta: -5 },
              { kind: 'mood', region: 'volga', delta: -5 },
              { kind: 'mood', region: 'siberia', delta: -5 },
              { kind: 'mood', region: 'ukraine', delta: -5 },
              { kind: 'flag', flag: 'dekulakisation', value: true },
            ],
          },
          {
            id: 'restrict',
            label: 'Keep to taxing and restricting the kulaks',
            preview:
              'The countryside stays calmer, and the Right approves (Rykov trust +5); your prestige dips (\u22122).',
            effects: [
              { kind: 'relation', from: 'rykov', to: 'stalin', trust: 5 },
              { kind: 'prestige', who: 'stalin', delta: -2 },
            ],
          },
        ],
      },
    ],
    skippedBecause:
      'Stalin does not lead the party in this game, or the Politburo refused his great turn, so there is no campaign against the kulaks.',
    history:
      'Stalin announced the policy on 27 December 1929. In the following years hundreds of thousands of peasant families labelled kulaks were deported or driven from their land.',
    ref: 'Fact sheet: liquidate_kulaks_speech.',
  },
];
