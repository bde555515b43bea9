// Events of 1922–1923: Lenin's illness, his last letters, the Troika and the first opposition.
// Dates follow ../shared/sources/history_1922_1929.json; month-only dates mark uncertain days.
import type { EventDef } from '../types.ts';

export const DECK_1922_1923: readonly EventDef[] = [
  {
    id: 'lenin_stroke_1',
    title: "Lenin's first stroke",
    kind: 'event',
    date: '1922-05',
    window: { from: '1922-04', to: '1922-06' },
    text: 'Lenin collapses at his country house at Gorki. He cannot speak or write for weeks, and the doctors order complete rest. For the first time the leaders must ask who will run the party without him.',
    effects: [
      { kind: 'figure', figure: 'lenin', incapacitated: true },
      { kind: 'prestige', who: 'holder:general_secretary', delta: 2 },
    ],
    history:
      'Lenin suffered his first stroke in late May 1922 (sources give 25, 26 or 27 May). He lost the use of his right side and his speech for a time and spent the summer recovering at Gorki.',
    ref: 'Fact sheet: lenin_stroke_1 (uncertain day; month secure).',
  },
  {
    id: 'troika_formed',
    title: 'The Troika',
    kind: 'event',
    date: '1922-06',
    window: { from: '1922-04', to: '1923-03' },
    conditions: [
      { kind: 'fired', event: 'lenin_stroke_1', is: true },
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'status', who: 'zinoviev', in: ['active'] },
      { kind: 'status', who: 'kamenev', in: ['active'] },
    ],
    text: 'With Lenin out of action, Zinoviev and Kamenev fear that Trotsky, the man who built the Red Army, will step into his place. Stalin offers to work with them. Together the three could settle Politburo business before it ever reaches the table.',
    choices: [
      {
        who: 'zinoviev',
        prompt: 'Join Stalin and Kamenev in a working alliance against Trotsky?',
        options: [
          {
            id: 'join',
            label: 'Join the Troika',
            preview:
              'Alliance with Stalin; you trust each other more (+10), and Trotsky resents you (grievance +10).',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'zinoviev'], value: true },
              { kind: 'relation', from: 'zinoviev', to: 'stalin', trust: 10 },
              { kind: 'relation', from: 'trotsky', to: 'zinoviev', grievance: 10 },
              { kind: 'flag', flag: 'troika_formed', value: true },
            ],
          },
          {
            id: 'stay_apart',
            label: 'Keep your hands free',
            preview: 'No alliance with Stalin; Trotsky thinks a little better of you (trust +5).',
            effects: [{ kind: 'relation', from: 'trotsky', to: 'zinoviev', trust: 5 }],
          },
        ],
      },
      {
        who: 'kamenev',
        prompt: 'Join Stalin and Zinoviev in a working alliance against Trotsky?',
        options: [
          {
            id: 'join',
            label: 'Join the Troika',
            preview:
              'Alliance with Stalin; you trust each other more (+10), and Trotsky resents you (grievance +10).',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'kamenev'], value: true },
              { kind: 'relation', from: 'kamenev', to: 'stalin', trust: 10 },
              { kind: 'relation', from: 'trotsky', to: 'kamenev', grievance: 10 },
              { kind: 'flag', flag: 'troika_formed', value: true },
            ],
          },
          {
            id: 'stay_apart',
            label: 'Keep your hands free',
            preview: 'No alliance with Stalin; Trotsky thinks a little better of you (trust +5).',
            effects: [{ kind: 'relation', from: 'trotsky', to: 'kamenev', trust: 5 }],
          },
        ],
      },
    ],
    skippedBecause: 'Stalin, Zinoviev or Kamenev is already out of the Central Committee.',
    history:
      'Zinoviev, Kamenev and Stalin worked together as an informal "triumvirate" (Troika) to keep Trotsky from the succession. Historians date its start differently: Figes and Löwenhardt put it soon after Lenin\u2019s first stroke in 1922, many textbooks in 1923. The game forms it after the first stroke; it broke up in 1925.',
    ref: 'Fact sheet: alliances, "Troika (triumvirate)" (uncertain start); Figes, "The Triumvirate" (orlandofiges.info).',
  },
  {
    id: 'lenin_returns_1922',
    title: 'Lenin returns to work',
    kind: 'event',
    date: '1922-10',
    window: { from: '1922-10', to: '1922-12' },
    conditions: [{ kind: 'alive', who: 'lenin', is: true }],
    text: 'Lenin is back in the Kremlin, thinner and slower. He watches his colleagues closely, and he is starting to worry about Stalin.',
    effects: [{ kind: 'figure', figure: 'lenin', incapacitated: false }],
    history:
      'Lenin returned to work in October 1922 but worked only a few months; his last day in his Kremlin office was 12 December 1922.',
    ref: 'Fact sheet: lenin_last_kremlin_workday.',
  },
  {
    id: 'lenin_stroke_2',
    title: "Lenin's second stroke",
    kind: 'event',
    date: '1922-12',
    bestKnown: '1922-12-16',
    window: { from: '1922-10', to: '1922-12' },
    conditions: [{ kind: 'fired', event: 'lenin_returns_1922', is: true }],
    text: 'Lenin suffers another stroke and his right arm and leg are paralysed. The Central Committee makes Stalin responsible for keeping him isolated, as the doctors order.',
    effects: [
      { kind: 'figure', figure: 'lenin', incapacitated: true },
      { kind: 'prestige', who: 'stalin', delta: 2 },
    ],
    history:
      'In mid-December 1922 (13, 15 or 16 December by different sources) Lenin\u2019s health collapsed again. On 18 December a Central Committee plenum made Stalin personally responsible for the doctors\u2019 rules around him.',
    ref: 'Fact sheet: lenin_stroke_2 (uncertain day), cc_plenum_lenin_regime (1922-12-18).',
  },
  {
    id: 'stalin_krupskaya_clash',
    title: 'Stalin and Krupskaya',
    kind: 'event',
    date: '1922-12-22',
    window: { from: '1922-10', to: '1922-12' },
    conditions: [
      { kind: 'fired', event: 'lenin_stroke_2', is: true },
      { kind: 'alive', who: 'lenin', is: true },
      { kind: 'status', who: 'stalin', in: ['active'] },
    ],
    text: 'Even half-paralysed, Lenin keeps working through his wife, Nadezhda Krupskaya. She has written down a letter from him to Trotsky, although the doctors want Lenin kept away from politics. Stalin is the man in charge of keeping him isolated.',
    choices: [
      {
        who: 'stalin',
        prompt: 'Krupskaya has broken the doctors\u2019 rules. What do you do?',
        options: [
          {
            id: 'scold',
            label: 'Telephone Krupskaya and tell her off',
            preview:
              'Shows who is in charge, but it starts a quarrel with Lenin\u2019s family: heat +5, Kamenev grievance +5.',
            historical: true,
            effects: [
              { kind: 'heat', who: 'stalin', delta: 5 },
              { kind: 'relation', from: 'kamenev', to: 'stalin', grievance: 5 },
              { kind: 'flag', flag: 'krupskaya_insulted', value: true },
            ],
          },
          {
            id: 'doctors',
            label: 'Ask the doctors to speak to her instead',
            preview:
              'No personal quarrel with Lenin\u2019s wife, but you look less in control (prestige \u22122).',
            effects: [{ kind: 'prestige', who: 'stalin', delta: -2 }],
          },
        ],
      },
    ],
    history:
      'Lenin dictated a letter to Trotsky on 21 December 1922. On 22 December Stalin rang Krupskaya, swore at her and threatened her with the party\u2019s Control Commission. Her letter to Kamenev of 23 December, asking for protection, says the call came "yesterday".',
    ref: 'Krupskaya to Kamenev, 23 December 1922 (Lenin, Collected Works vol. 45, note 767, marxists.org); fact sheet: stalin_krupskaya_clash (month only there), cc_plenum_lenin_regime.',
  },
  {
    id: 'lenin_testament_dictated',
    title: "Lenin's Testament",
    kind: 'event',
    date: '1922-12-23',
    window: { from: '1922-10', to: '1922-12' },
    conditions: [
      { kind: 'fired', event: 'lenin_stroke_2', is: true },
      { kind: 'alive', who: 'lenin', is: true },
    ],
    text: 'Over several days Lenin dictates a "Letter to the Congress"; it names no successor. Stalin has gathered too much power; Trotsky is the ablest but far too sure of himself. Zinoviev and Kamenev failed in October 1917, and Trotsky was once not a Bolshevik, but Lenin says neither should be held against them. Bukharin is everyone\u2019s favourite but not quite a Marxist, and Pyatakov is able but too fond of giving orders.',
    effects: [{ kind: 'flag', flag: 'testament_written', value: true }],
    history:
      'Lenin dictated the letter between 23 and 26 December 1922, meaning it for the next party congress, and it was kept secret. He criticised all six leaders he named and chose none of them as his heir. A few historians (Sakharov, Kotkin) doubt how much of it is Lenin\u2019s own work, but most accept it as his.',
    ref: 'Fact sheet: lenin_testament_dictated (23\u201326 Dec 1922, disputed_by Kotkin); Encyclopaedia Britannica, "Lenin\u2019s Testament".',
  },
  {
    id: 'ussr_formed',
    title: 'The Soviet Union is founded',
    kind: 'event',
    date: '1922-12-30',
    window: { from: '1922-10', to: '1922-12' },
    conditions: [{ kind: 'status', who: 'stalin', in: ['active'] }],
    text: 'A congress of soviets in Moscow joins Russia, Ukraine, Belorussia and the Transcaucasian republics into one state: the Union of Soviet Socialist Republics. Stalin, the Commissar for the Nationalities, drew up the plan. Lenin had made him change it so that the republics joined as equals, at least on paper.',
    effects: [{ kind: 'prestige', who: 'stalin', delta: 2 }],
    skippedBecause: 'Stalin is no longer in the leadership, so the founding is not his to present.',
    history:
      'On 30 December 1922 the First All-Union Congress of Soviets approved the treaty that created the USSR. Stalin had wanted the other republics simply to join Russia; in September 1922 Lenin forced a union of equal republics instead. The quarrel fed Lenin\u2019s doubts about Stalin.',
    ref: 'Encyclopaedia Britannica, "Union of Soviet Socialist Republics" (treaty of 30 December 1922); Lewin, Lenin\u2019s Last Struggle (1968), ch. 4.',
  },
  {
    id: 'lenin_testament_postscript',
    title: 'The postscript: "remove Stalin"',
    kind: 'event',
    date: '1923-01-04',
    window: { from: '1923-01', to: '1923-03' },
    conditions: [
      { kind: 'fired', event: 'lenin_testament_dictated', is: true },
      { kind: 'alive', who: 'lenin', is: true },
    ],
    text: 'Lenin adds a short postscript to his letter. Stalin, he says, is too rude, and that fault is dangerous in a General Secretary. The comrades should find a way to replace him with someone more patient, loyal and polite.',
    effects: [{ kind: 'flag', flag: 'testament_postscript', value: true }],
    choices: [
      {
        who: 'holder:general_secretary',
        prompt:
          'Word reaches the Secretariat that Lenin has written about the General Secretary. What do you do?',
        options: [
          {
            id: 'keep_sealed',
            label: 'Say nothing: the notes stay sealed',
            preview:
              'Nothing changes now, but the notes may come out later, when they could hurt you more.',
            historical: true,
            effects: [{ kind: 'flag', flag: 'testament_sealed', value: true }],
          },
          {
            id: 'read_at_congress',
            label: 'Ask for Lenin\u2019s notes to be read at the coming congress',
            preview:
              'Looks honest and brave (prestige +5), but the 12th Congress will hear Lenin\u2019s criticism of you.',
            effects: [
              { kind: 'prestige', who: 'chooser', delta: 5 },
              { kind: 'flag', flag: 'testament_read_12th', value: true },
            ],
          },
          {
            id: 'bury',
            label: 'Tell Lenin\u2019s secretaries the notes must go nowhere',
            preview:
              'The notes stay hidden, but people talk: heat +10, and Krupskaya will not forget.',
            effects: [
              { kind: 'heat', who: 'chooser', delta: 10 },
              { kind: 'flag', flag: 'testament_suppressed', value: true },
            ],
          },
        ],
      },
    ],
    history:
      'The postscript is dated 4 January 1923. The letter stayed sealed; Krupskaya handed it to the Central Committee only after Lenin\u2019s death, in May 1924. Kotkin argues the texts surfaced in mid-1923; whether Stalin knew what they said in early 1923 is still debated.',
    ref: 'Fact sheet: lenin_testament_postscript (disputed_by Kotkin, Stalin: Paradoxes of Power), testament_handled_may_1924.',
  },
  {
    id: 'georgian_affair',
    title: 'The Georgian affair',
    kind: 'event',
    date: '1923-03-05',
    window: { from: '1923-01', to: '1923-03' },
    conditions: [
      { kind: 'alive', who: 'lenin', is: true },
      { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
      { kind: 'status', who: 'stalin', in: ['active'] },
    ],
    text: 'In Georgia, local communists who want more freedom from Moscow have been bullied by Ordzhonikidze, Stalin\u2019s ally, who even hit one of them. Lenin is furious that Stalin and Dzerzhinsky covered it up. In his last days of work he asks Trotsky to defend the Georgians\u2019 case in the Central Committee.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'Will you take up Lenin\u2019s Georgian case against Stalin?',
        options: [
          {
            id: 'stay_quiet',
            label: 'Accept a compromise and keep quiet at the congress',
            preview:
              'Avoids a fight you might lose; Stalin gains prestige (+4) and Lenin\u2019s last weapon goes unused.',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'stalin', delta: 4 },
              { kind: 'flag', flag: 'georgian_case_dropped', value: true },
            ],
          },
          {
            id: 'fight',
            label: 'Take up the case and attack Stalin',
            preview:
              'Stalin loses prestige (\u22128) and heat +10 on him, but he will never forgive you (grievance +15); your heat +5.',
            effects: [
              { kind: 'prestige', who: 'stalin', delta: -8 },
              { kind: 'heat', who: 'stalin', delta: 10 },
              { kind: 'prestige', who: 'trotsky', delta: 3 },
              { kind: 'heat', who: 'trotsky', delta: 5 },
              { kind: 'relation', from: 'stalin', to: 'trotsky', grievance: 15 },
              { kind: 'flag', flag: 'georgian_case_fought', value: true },
            ],
          },
        ],
      },
    ],
    history:
      'On 5 March 1923 Lenin asked Trotsky to defend the Georgian communists, saying he could not trust Stalin and Dzerzhinsky to be impartial. Trotsky did not press the case: at the 12th Congress in April he avoided an open attack on Stalin, who defended his nationalities policy and survived.',
    ref: 'Lenin to Trotsky, 5 March 1923, and to Mdivani and others, 6 March 1923 (Collected Works vol. 45, marxists.org); fact sheet: twelfth_congress.',
  },
  {
    id: 'lenin_letter_to_stalin',
    title: "Lenin's letter to Stalin",
    kind: 'event',
    date: '1923-03-05',
    window: { from: '1923-01', to: '1923-03' },
    conditions: [
      { kind: 'alive', who: 'lenin', is: true },
      { kind: 'flag', flag: 'krupskaya_insulted', is: true },
      { kind: 'status', who: 'stalin', in: ['active'] },
    ],
    text: 'Lenin has learned how Stalin spoke to his wife. He dictates a cold letter: Stalin must take back his words and apologise, or Lenin will break off all relations with him. Copies go to Zinoviev and Kamenev.',
    effects: [
      { kind: 'relation', from: 'zinoviev', to: 'stalin', trust: -5 },
      { kind: 'relation', from: 'kamenev', to: 'stalin', trust: -5 },
      { kind: 'flag', flag: 'lenin_letter_sent', value: true },
    ],
    choices: [
      {
        who: 'stalin',
        prompt: 'Lenin demands an apology. How do you answer?',
        options: [
          {
            id: 'apologise',
            label: 'Send a short, stiff apology',
            preview: 'Swallow your pride (prestige \u22123) and the storm passes.',
            historical: true,
            effects: [{ kind: 'prestige', who: 'stalin', delta: -3 }],
          },
          {
            id: 'refuse',
            label: 'Refuse to apologise',
            preview:
              'Lenin breaks with you: heat +10, and Zinoviev and Kamenev trust you less (\u221210).',
            effects: [
              { kind: 'heat', who: 'stalin', delta: 10 },
              { kind: 'relation', from: 'zinoviev', to: 'stalin', trust: -10 },
              { kind: 'relation', from: 'kamenev', to: 'stalin', trust: -10 },
              { kind: 'flag', flag: 'lenin_broke_with_stalin', value: true },
            ],
          },
        ],
      },
    ],
    skippedBecause:
      'Stalin never insulted Krupskaya in this game, so Lenin has no reason to write it.',
    history:
      'The letter is dated 5 March 1923. Stalin sent a reluctant reply offering to take his words back, but within days Lenin\u2019s health collapsed and the quarrel was never settled.',
    ref: 'Fact sheet: lenin_letter_to_stalin; Lenin, "To Comrade Stalin", Collected Works vol. 45 (marxists.org).',
  },
  {
    id: 'lenin_stroke_3',
    title: "Lenin's third stroke",
    kind: 'event',
    date: '1923-03',
    bestKnown: '1923-03-10',
    window: { from: '1923-01', to: '1923-03' },
    conditions: [{ kind: 'alive', who: 'lenin', is: true }],
    text: 'Lenin suffers a third stroke. He can barely speak and will never work again. Whatever he planned to do about Stalin, he will not be the one to do it.',
    effects: [
      { kind: 'figure', figure: 'lenin', incapacitated: true },
      { kind: 'flag', flag: 'lenin_silenced', value: true },
    ],
    history:
      'Sources give 6, 9 or 10 March 1923; 10 March is the most common date for the stroke itself. It ended Lenin\u2019s political life, though he lived on at Gorki until January 1924.',
    ref: 'Fact sheet: lenin_stroke_3 (uncertain day).',
  },
  {
    id: 'kuibyshev_to_rabkrin',
    title: 'Kuibyshev takes over the inspectors',
    kind: 'event',
    date: '1923-04',
    bestKnown: '1923-04-26',
    window: { from: '1923-04', to: '1923-06' },
    conditions: [
      { kind: 'holds', who: 'tsiurupa', post: 'rabkrin', is: true },
      { kind: 'alive', who: 'kuibyshev', is: true },
    ],
    text: 'As Lenin had urged, the 12th Congress merges the party\u2019s Control Commission with Rabkrin, the state\u2019s inspectorate. Kuibyshev, a firm ally of Stalin, is put in charge of both. The watchdog meant to check the apparatus is now run by one of its friends.',
    effects: [{ kind: 'post', post: 'rabkrin', to: 'kuibyshev' }],
    skippedBecause: 'The inspectorate has already changed hands in this game.',
    history:
      'The 12th Congress (April 1923) joined the Central Control Commission and Rabkrin. Kuibyshev led them until 1926, when he moved to run industry and Ordzhonikidze took over.',
    ref: 'Fact sheet: posts (Kuibyshev, Central Control Commission / Rabkrin, 1923\u201326); Encyclopedia of Russian History, "Central Control Commission" (encyclopedia.com).',
  },
  {
    id: 'testament_at_12th_congress',
    title: 'What if: the Testament read to the 12th Congress',
    kind: 'event',
    date: '1923-04-17',
    window: { from: '1923-04', to: '1923-06' },
    conditions: [
      { kind: 'flag', flag: 'testament_read_12th', is: true },
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
      { kind: 'holds', who: 'zinoviev', post: 'orgburo', is: false },
    ],
    text: 'Lenin\u2019s letter is read aloud to the whole 12th Congress. The delegates hear him call Stalin too rude to be General Secretary, praise Trotsky\u2019s ability and doubt Zinoviev and Kamenev. Some of the secretaries Stalin has placed in the big party organisations start to keep their distance from him (he loses four of them, and a fifth in Transcaucasia, where Lenin\u2019s notes on the Georgian affair are read out too). Lenin is still alive, and Stalin offers to step down: should Lenin\u2019s wish be obeyed?',
    effects: [
      { kind: 'prestige', who: 'stalin', delta: -8 },
      { kind: 'heat', who: 'stalin', delta: 15 },
      // His network was still small and owed its loyalty to the post, not yet to the man.
      { kind: 'secretaries', who: 'stalin', region: 'moscow', delta: -1 },
      { kind: 'secretaries', who: 'stalin', region: 'ukraine', delta: -1 },
      { kind: 'secretaries', who: 'stalin', region: 'urals', delta: -1 },
      { kind: 'secretaries', who: 'stalin', region: 'siberia', delta: -1 },
      // Lenin's notes on the Georgian affair, read with the letter, discredit Stalin's men there.
      { kind: 'secretaries', who: 'stalin', region: 'transcaucasia', delta: -1 },
      { kind: 'prestige', who: 'trotsky', delta: 4 },
      { kind: 'prestige', who: 'zinoviev', delta: -3 },
      { kind: 'prestige', who: 'kamenev', delta: -3 },
      { kind: 'flag', flag: 'testament_published', value: true },
    ],
    choices: [
      {
        who: 'politburo',
        prompt: 'Stalin offers to step down as General Secretary. Do you accept?',
        promptAsTarget: {
          stalin:
            'Lenin\u2019s wish is that you step down as General Secretary, and you have offered to. How do you vote?',
        },
        options: [
          {
            id: 'keep_stalin',
            label: 'Keep Stalin, on his promise to mend his ways',
            preview:
              'Stalin keeps the Secretariat and owes his survival to Zinoviev and Kamenev (his trust in them +10).',
            asTarget: {
              stalin: {
                label: 'Vote to stay, promising to mend your ways',
                preview:
                  'You keep the Secretariat and owe your survival to Zinoviev and Kamenev (your trust in them +10).',
              },
            },
            effects: [
              { kind: 'relation', from: 'stalin', to: 'zinoviev', trust: 10 },
              { kind: 'relation', from: 'stalin', to: 'kamenev', trust: 10 },
            ],
          },
          {
            id: 'curb',
            label: 'Keep Stalin, but put Zinoviev in charge of the Orgburo to watch him',
            preview:
              'Stalin stays General Secretary, but the Orgburo, which also places secretaries anywhere, goes to Zinoviev: two men now build networks from the centre. Stalin resents it (grievance +10 against Zinoviev).',
            asTarget: {
              stalin: {
                label: 'Vote to stay, with Zinoviev put in charge of the Orgburo to watch you',
                preview:
                  'You stay General Secretary, but the Orgburo, which also places secretaries anywhere, goes to Zinoviev: two men now build networks from the centre. You resent it (grievance +10 against Zinoviev).',
              },
            },
            historical: true,
            effects: [
              { kind: 'post', post: 'orgburo', to: 'zinoviev' },
              { kind: 'relation', from: 'stalin', to: 'zinoviev', grievance: 10 },
              { kind: 'flag', flag: 'secretariat_curbed', value: true },
            ],
          },
          {
            id: 'replace',
            label: 'Accept, and hand the Secretariat to Rudzutak',
            preview:
              'Stalin loses the post of General Secretary to Rudzutak, who owes him nothing; Stalin prestige \u22125 and a deep grudge (+15) against the Politburo.',
            asTarget: {
              stalin: {
                label: 'Vote to accept your own resignation: the Secretariat goes to Rudzutak',
                preview:
                  'You lose the post of General Secretary to Rudzutak, who owes you nothing; your prestige \u22125, and a deep grudge (+15) against the Politburo.',
              },
            },
            effects: [
              { kind: 'figure', figure: 'rudzutak', patron: null },
              { kind: 'post', post: 'general_secretary', to: 'rudzutak' },
              { kind: 'prestige', who: 'stalin', delta: -5 },
              { kind: 'relation', from: 'stalin', to: 'zinoviev', grievance: 15 },
              { kind: 'relation', from: 'stalin', to: 'kamenev', grievance: 15 },
              { kind: 'relation', from: 'stalin', to: 'trotsky', grievance: 15 },
              { kind: 'flag', flag: 'stalin_lost_secretariat', value: true },
            ],
          },
        ],
      },
    ],
    history:
      'This did not happen: the Testament was read only to separate delegations of the 13th Congress in May 1924, and Stalin kept his post (Rudzutak as his successor is the game\u2019s invention). The middle answer is what Stalin\u2019s partners really tried once they knew of Lenin\u2019s letter: in July 1923, on holiday at Kislovodsk, Zinoviev and Bukharin met in a cave and drew up a plan to stop the Secretariat deciding everything alone. Stalin talked them out of most of it, and in the end Zinoviev, Trotsky and Bukharin were given seats in the Orgburo, where Zinoviev hardly ever went.',
    ref: 'What-if testament_read_12th; fact sheet: twelfth_congress, testament_handled_may_1924; the "cave meeting": Kotkin, Stalin vol. 1: Paradoxes of Power (2014), ch. 11, and Zinoviev\u2019s own account to the 14th Congress (December 1925).',
  },
  {
    id: 'scissors_crisis',
    title: 'The scissors crisis',
    kind: 'event',
    date: '1923-10',
    bestKnown: '1923-10-01',
    window: { from: '1923-07', to: '1923-12' },
    text: 'Factory goods now cost nearly three times their pre-war price, while grain fetches less than before the war. Drawn on a graph, the two price lines open like the blades of a pair of scissors. Peasants stop selling grain, and workers strike over pay.',
    effects: [
      { kind: 'economy', field: 'goodsFamine', delta: 5 },
      { kind: 'economy', field: 'unrest', delta: 5 },
    ],
    choices: [
      {
        who: 'politburo',
        prompt: 'How should the scissors be closed?',
        options: [
          {
            id: 'cut_prices',
            label: 'Force factory prices down and help the peasant market',
            preview:
              'The NEP answer: fewer shortages (goods famine \u22126) and calmer villages, but less money for industry (investment \u22124); the line moves Right (+6).',
            historical: true,
            effects: [
              { kind: 'economy', field: 'goodsFamine', delta: -6 },
              { kind: 'economy', field: 'investment', delta: -4 },
              { kind: 'line', axis: 'economy', delta: 6 },
              { kind: 'mood', region: 'black_earth', delta: 4 },
              { kind: 'mood', region: 'volga', delta: 4 },
            ],
          },
          {
            id: 'plan_industry',
            label: 'Plan industry and concentrate it in the best factories to cut costs',
            preview:
              'Trotsky\u2019s answer in 1923: more planning and fewer, cheaper factories (investment +5), but workers lose jobs and goods stay short for a while (goods famine +4); the line moves Left (\u22126); Trotsky prestige +3.',
            effects: [
              { kind: 'economy', field: 'investment', delta: 5 },
              { kind: 'economy', field: 'goodsFamine', delta: 4 },
              { kind: 'line', axis: 'economy', delta: -6 },
              { kind: 'mood', region: 'black_earth', delta: -4 },
              { kind: 'prestige', who: 'trotsky', delta: 3 },
            ],
          },
        ],
      },
    ],
    history:
      'The "scissors crisis" peaked in October 1923, when industrial prices stood at roughly 276\u2013290% of their 1913 level against 89% for farm produce; Trotsky coined the name. He wanted planning and the closing of wasteful factories; the idea of making the peasants pay for industry came later, from Preobrazhensky (1924\u201326). The government cut prices, and by spring 1924 the gap had narrowed.',
    ref: 'Figes, "The Scissors Crisis" (orlandofiges.info); Wikipedia, "Scissors Crisis" (citing Service, Trotsky, 2009).',
  },
  {
    id: 'trotsky_letter_oct_1923',
    title: "Trotsky's letter to the Central Committee",
    kind: 'event',
    date: '1923-10-08',
    window: { from: '1923-10', to: '1923-12' },
    conditions: [
      { kind: 'status', who: 'trotsky', in: ['active'] },
      { kind: 'politburo', who: 'trotsky', is: true },
    ],
    text: 'Trotsky writes to the Central Committee. Local party secretaries, he complains, are now appointed from above instead of elected from below, and economic policy is drifting. It is a direct challenge to the Troika.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'Do you send the letter?',
        options: [
          {
            id: 'send',
            label: 'Send the letter',
            preview:
              'Prestige +4 and Moscow\u2019s members lean your way (mood \u22124), but heat +10: the majority will call it factional.',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'trotsky', delta: 4 },
              { kind: 'heat', who: 'trotsky', delta: 10 },
              { kind: 'mood', region: 'moscow', delta: -4 },
              { kind: 'relation', from: 'stalin', to: 'trotsky', grievance: 10 },
              { kind: 'relation', from: 'zinoviev', to: 'trotsky', grievance: 10 },
              { kind: 'flag', flag: 'trotsky_letter_sent', value: true },
            ],
          },
          {
            id: 'hold_back',
            label: 'Keep your criticism inside the Politburo',
            preview:
              'No new enemies, but your supporters think you have gone quiet (prestige \u22123).',
            effects: [{ kind: 'prestige', who: 'trotsky', delta: -3 }],
          },
        ],
      },
    ],
    skippedBecause: 'Trotsky is no longer in the Politburo, so he has no seat to protest from.',
    history:
      'Trotsky sent his letter on 8 October 1923, attacking the "secretarial apparatus". On 19 October the rest of the Politburo replied, accusing him of starting a struggle against the Central Committee.',
    ref: 'Fact sheet: trotsky_letter_oct_1923, politburo_reply_to_trotsky.',
  },
  {
    id: 'declaration_of_46',
    title: 'The Declaration of the 46',
    kind: 'event',
    date: '1923-10-15',
    window: { from: '1923-10', to: '1923-12' },
    text: 'Forty-six leading Bolsheviks, many of them Trotsky\u2019s friends, send the Politburo a secret declaration. They warn of economic crisis and of a party where open debate is dying. To the majority it looks like an organised group, with Trotsky as its inspiration.',
    effects: [
      { kind: 'mood', region: 'moscow', delta: -3 },
      { kind: 'flag', flag: 'left_opposition', value: true },
    ],
    choices: [
      {
        who: 'politburo',
        ifTied: 'debate',
        prompt: 'How does the Politburo answer?',
        promptAsTarget: {
          trotsky:
            'The majority sees you as the declaration\u2019s inspiration. How do you vote on the Politburo\u2019s answer?',
        },
        options: [
          {
            id: 'condemn',
            label: 'Condemn the declaration as factionalism, and Trotsky as its inspiration',
            preview:
              'The 1921 ban on factions is brought to bear: Trotsky heat +10, prestige \u22123.',
            asTarget: {
              trotsky: {
                label: 'Vote to condemn the declaration, and yourself as its inspiration',
                preview:
                  'The 1921 ban on factions is brought to bear on you: your heat +10, prestige \u22123.',
              },
            },
            historical: true,
            effects: [
              { kind: 'heat', who: 'trotsky', delta: 10 },
              { kind: 'prestige', who: 'trotsky', delta: -3 },
              { kind: 'flag', flag: 'trotsky_under_fire', value: true },
            ],
          },
          {
            id: 'debate',
            label: 'Open a debate on party democracy',
            preview:
              'Trotsky prestige +4 and the line moves a little Left (\u22124); the apparatus looks weaker (General Secretary prestige \u22123).',
            asTarget: {
              trotsky: {
                label: 'Vote to open a debate on party democracy',
                preview:
                  'Your prestige +4 and the line moves a little Left (\u22124); the apparatus looks weaker (General Secretary prestige \u22123).',
              },
            },
            effects: [
              { kind: 'prestige', who: 'trotsky', delta: 4 },
              { kind: 'line', axis: 'economy', delta: -4 },
              { kind: 'prestige', who: 'holder:general_secretary', delta: -3 },
              { kind: 'flag', flag: 'party_debate_opened', value: true },
            ],
          },
        ],
      },
    ],
    history:
      'The Declaration of the 46 (15 October 1923) is seen as the founding text of the Left Opposition. Trotsky did not sign it, but the majority treated it and his letter of 8 October as one campaign and condemned both.',
    ref: 'Fact sheet: declaration_of_46, politburo_reply_to_trotsky; alliances, "Left Opposition".',
  },
  {
    id: 'german_october',
    title: 'The German October fails',
    kind: 'event',
    date: '1923-10-23',
    window: { from: '1923-10', to: '1923-12' },
    text: 'With Moscow\u2019s backing, German communists plan a revolution in a Germany ruined by inflation. At the last moment the rising is called off, but in Hamburg a few hundred fighters rise anyway and are crushed. The hope that revolution in the West will rescue Soviet Russia fades.',
    effects: [
      { kind: 'line', axis: 'revolution', delta: 6 },
      { kind: 'prestige', who: 'holder:comintern', delta: -4 },
      { kind: 'flag', flag: 'german_revolution_failed', value: true },
    ],
    choices: [
      {
        who: 'holder:comintern',
        prompt: 'As head of the Communist International, who do you blame for the fiasco?',
        options: [
          {
            id: 'blame_germans',
            label: 'Blame the German party\u2019s leaders',
            preview:
              'You shift the blame abroad (prestige +3), but Trotsky says Moscow lost its nerve (his grievance +5).',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'chooser', delta: 3 },
              { kind: 'relation', from: 'trotsky', to: 'chooser', grievance: 5 },
            ],
          },
          {
            id: 'admit',
            label: 'Admit Moscow\u2019s own mistakes',
            preview:
              'Honest but costly (prestige \u22124); the Left trusts you more (Trotsky +10).',
            effects: [
              { kind: 'prestige', who: 'chooser', delta: -4 },
              { kind: 'relation', from: 'trotsky', to: 'chooser', trust: 10 },
            ],
          },
        ],
      },
    ],
    history:
      'The "German October" was prepared with the Comintern, which Zinoviev led. The general rising was called off, but the Hamburg uprising of 23\u201324 October 1923 went ahead and failed within a day or two. The Comintern blamed the German leader Brandler; Trotsky blamed the leaders in Moscow.',
    ref: 'Wikipedia, "Hamburg Uprising" (wikimili.com copy); fact sheet: posts (Zinoviev, Chairman of the ECCI).',
  },
  {
    id: 'new_course',
    title: 'The New Course',
    kind: 'event',
    date: '1923-12-11',
    window: { from: '1923-10', to: '1923-12' },
    conditions: [{ kind: 'status', who: 'trotsky', in: ['active', 'removed'] }],
    text: 'The Politburo has promised more democracy inside the party. Trotsky decides to hold it to its word. In an open letter, "The New Course", he calls on younger members to shake off the grip of the old apparatus.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'Do you take the argument to the whole party?',
        options: [
          {
            id: 'publish',
            label: 'Publish "The New Course" in Pravda',
            preview:
              'Prestige +6 and Moscow\u2019s young members swing your way (mood \u22126), but heat +15: the coming party conference may condemn you.',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'trotsky', delta: 6 },
              { kind: 'heat', who: 'trotsky', delta: 15 },
              { kind: 'mood', region: 'moscow', delta: -6 },
              { kind: 'flag', flag: 'new_course_published', value: true },
              { kind: 'flag', flag: 'trotsky_under_fire', value: true },
            ],
          },
          {
            id: 'private',
            label: 'Keep arguing inside the Politburo',
            preview:
              'No new charge of factionalism (heat \u22125), but the chance to rally the party passes (prestige \u22122).',
            effects: [
              { kind: 'heat', who: 'trotsky', delta: -5 },
              { kind: 'prestige', who: 'trotsky', delta: -2 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'Trotsky is no longer in the party.',
    history:
      'Pravda printed Trotsky\u2019s "New Course" letter (dated 8 December) on 11 December 1923, after the Politburo\u2019s resolution "On Party Building" of 5 December. The 13th Party Conference in January 1924 condemned the opposition as a "petty-bourgeois deviation".',
    ref: 'Fact sheet: new_course, resolution_party_building, thirteenth_party_conference.',
  },
];
