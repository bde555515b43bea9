// Events of 1924–1925: Lenin's death, the Testament handled, Trotsky loses the army, the Troika splits.
// Dates follow ../shared/sources/history_1922_1929.json; month-only dates mark uncertain days.
import type { EventDef } from '../types.ts';

export const DECK_1924_1925: readonly EventDef[] = [
  {
    id: 'lenin_death',
    title: 'Lenin dies',
    kind: 'event',
    date: '1924-01-21',
    window: { from: '1924-01', to: '1924-03' },
    conditions: [{ kind: 'alive', who: 'lenin', is: true }],
    text: 'Lenin dies at Gorki on the evening of 21 January, aged 53. Huge crowds queue in bitter frost to file past his body in Moscow. Whoever looks most like his loyal heir in the coming days will gain from the grief.',
    effects: [
      { kind: 'figure', figure: 'lenin', alive: false },
      { kind: 'flag', flag: 'lenin_dead', value: true },
    ],
    history:
      'Lenin died at 18:50 on 21 January 1924 after falling into a coma. His body lay in state in the House of Unions from 23 January.',
    ref: 'Fact sheet: lenin_death, lenin_funeral.',
  },
  {
    id: 'petrograd_renamed',
    title: 'Petrograd becomes Leningrad',
    kind: 'event',
    date: '1924-01-26',
    window: { from: '1924-01', to: '1924-03' },
    conditions: [{ kind: 'fired', event: 'lenin_death', is: true }],
    text: 'Five days after Lenin\u2019s death, the Congress of Soviets renames Petrograd, the city of the revolution, Leningrad. The same day Stalin makes a solemn speech, like an oath, promising in Lenin\u2019s name to guard the party\u2019s unity. Lenin\u2019s body will not be buried: it will lie on show in a tomb on Red Square.',
    effects: [
      { kind: 'prestige', who: 'holder:leningrad_party', delta: 2 },
      { kind: 'flag', flag: 'lenin_cult', value: true },
    ],
    choices: [
      {
        who: 'stalin',
        prompt: 'The congress mourns Lenin. How do you speak?',
        options: [
          {
            id: 'oath',
            label: 'Swear in Lenin\u2019s name to keep his commands',
            preview:
              'You look like Lenin\u2019s faithful pupil (prestige +4), and the cult of Lenin begins to serve you.',
            historical: true,
            effects: [{ kind: 'prestige', who: 'stalin', delta: 4 }],
          },
          {
            id: 'plain',
            label: 'Give a short, plain tribute',
            preview: 'Others fill the stage: Zinoviev gains prestige (+2), you gain nothing.',
            effects: [{ kind: 'prestige', who: 'zinoviev', delta: 2 }],
          },
        ],
      },
    ],
    skippedBecause: 'Stalin is out of the leadership, so another man speaks for the party.',
    adapted: {
      when: [
        { kind: 'fired', event: 'lenin_death', is: true },
        { kind: 'status', who: 'stalin', in: ['removed', 'expelled', 'exiled', 'dead'] },
      ],
      text: 'Five days after Lenin\u2019s death, the Congress of Soviets renames Petrograd, the city of the revolution, Leningrad. Lenin\u2019s body will not be buried: it will lie on show in a tomb on Red Square, and a cult of the dead leader begins.',
      effects: [
        { kind: 'prestige', who: 'holder:leningrad_party', delta: 2 },
        { kind: 'flag', flag: 'lenin_cult', value: true },
      ],
    },
    history:
      'On 26 January 1924 the Second Congress of Soviets of the USSR renamed Petrograd Leningrad, and Stalin gave his "oath" speech to Lenin. The body was embalmed and shown in a wooden mausoleum; the stone one opened in 1930. Historians call this the start of the Lenin cult, which every contender then used.',
    ref: 'Stalin, "On the Death of Lenin", 26 January 1924 (Works vol. 6, marxists.org); Encyclopaedia Britannica, "Saint Petersburg"; Tumarkin, Lenin Lives! (1983).',
  },
  {
    id: 'lenin_funeral',
    title: "Lenin's funeral",
    kind: 'event',
    date: '1924-01-27',
    window: { from: '1924-01', to: '1924-03' },
    conditions: [
      { kind: 'fired', event: 'lenin_death', is: true },
      { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
    ],
    text: 'Lenin is to be laid to rest on Red Square on 27 January. Trotsky, ill with a fever, is travelling to a rest cure on the Black Sea when the news reaches him at Tiflis. A telegram from Stalin suggests he cannot get back in time.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'Do you go back to Moscow for the funeral?',
        options: [
          {
            id: 'stay',
            label: 'Stay in the south and recover',
            preview:
              'Health +5, but prestige \u22126: rivals whisper that you did not care, and Stalin, at the graveside, gains prestige (+4).',
            historical: true,
            effects: [
              { kind: 'health', who: 'trotsky', delta: 5 },
              { kind: 'prestige', who: 'trotsky', delta: -6 },
              { kind: 'prestige', who: 'stalin', delta: 4 },
              { kind: 'flag', flag: 'trotsky_missed_funeral', value: true },
            ],
          },
          {
            id: 'hurry_back',
            label: 'Hurry back to Moscow',
            preview:
              'Health \u221210 on the long journey, but prestige +5 as you stand by Lenin\u2019s coffin; Stalin gains less (+2).',
            effects: [
              { kind: 'health', who: 'trotsky', delta: -10 },
              { kind: 'prestige', who: 'trotsky', delta: 5 },
              { kind: 'prestige', who: 'stalin', delta: 2 },
            ],
          },
        ],
      },
    ],
    adapted: {
      when: [
        { kind: 'flag', flag: 'trotsky_at_funeral', is: true },
        { kind: 'status', who: 'trotsky', in: ['active'] },
      ],
      text: 'What if: Trotsky cuts short his journey south and races back to Moscow. He stands beside Lenin\u2019s coffin on Red Square with the other leaders, and his words move the crowds. Because he stays in Moscow instead of resting by the Black Sea, three things change. While the party mourns, the Troika cannot attack the man who stood at Lenin\u2019s side without looking as if it is splitting Lenin\u2019s heirs: nobody can censure or denounce him for three quarters. He is there when they try to move his own people out of the War Commissariat, and he keeps them: one more loyal secretary in the army\u2019s party cells. And Moscow\u2019s party cells, many of which backed the opposition in December, see him at their head again (Moscow\u2019s mood moves 6 to the Left). He pays for it in health: he is still ill.',
      effects: [
        { kind: 'health', who: 'trotsky', delta: -8 },
        { kind: 'prestige', who: 'trotsky', delta: 6 },
        { kind: 'prestige', who: 'stalin', delta: 2 },
        { kind: 'truce', who: 'trotsky', quarters: 3 },
        { kind: 'secretaries', who: 'trotsky', region: 'red_army', delta: 1 },
        { kind: 'mood', region: 'moscow', delta: -6 },
        { kind: 'flag', flag: 'trotsky_kept_army_staff', value: true },
      ],
    },
    skippedBecause: 'Trotsky is no longer in the party, so his absence goes unnoticed.',
    history:
      'Lenin\u2019s body was placed in a temporary mausoleum on Red Square on 27 January 1924; Trotsky, convalescing in the Caucasus, did not come back, and later claimed Stalin had told him the wrong date (Stalin\u2019s former secretary Bazhanov supported the claim). He spent the following weeks at Sukhum on the Black Sea, and later in 1924 the Troika replaced Sklyansky, his deputy at the War Commissariat, with Frunze. The truce and the kept staff of the what-if are the game\u2019s invention, not the record.',
    ref: 'Fact sheet: lenin_funeral (notes); Sklyansky replaced by Frunze in 1924: Wikipedia, "Ephraim Sklyansky", and Sozialistische Klassiker, "Skljanski, E. M.".',
  },
  {
    id: 'lenin_enrolment',
    title: 'The Lenin Enrolment',
    kind: 'event',
    date: '1924-01-29',
    window: { from: '1924-01', to: '1924-06' },
    conditions: [{ kind: 'fired', event: 'lenin_death', is: true }],
    text: 'In Lenin\u2019s memory the Central Committee opens the party\u2019s doors to workers "from the bench". Over the next months more than 200,000 join. Most are young, know little Marxism and are grateful to the local secretaries who sign their membership cards.',
    effects: [
      { kind: 'weight', region: 'moscow', delta: 2 },
      { kind: 'weight', region: 'leningrad', delta: 2 },
      { kind: 'weight', region: 'ukraine', delta: 2 },
      { kind: 'weight', region: 'urals', delta: 2 },
      { kind: 'flag', flag: 'lenin_enrolment', value: true },
    ],
    choices: [
      {
        who: 'holder:general_secretary',
        prompt: 'How should the new members be chosen?',
        options: [
          {
            id: 'vet',
            label: 'Have the local secretaries vet every recruit',
            preview:
              'The apparatus gains a foothold: +1 loyal secretary for the General Secretary in Moscow, Ukraine, the Urals and the Volga (where places are free); prestige +2.',
            historical: true,
            effects: [
              { kind: 'secretaries', who: 'holder:general_secretary', region: 'moscow', delta: 1 },
              { kind: 'secretaries', who: 'holder:general_secretary', region: 'ukraine', delta: 1 },
              { kind: 'secretaries', who: 'holder:general_secretary', region: 'urals', delta: 1 },
              { kind: 'secretaries', who: 'holder:general_secretary', region: 'volga', delta: 1 },
              { kind: 'prestige', who: 'holder:general_secretary', delta: 2 },
              { kind: 'flag', flag: 'enrolment_vetted', value: true },
            ],
          },
          {
            id: 'open',
            label: 'Let the factory cells choose their own recruits',
            preview:
              'A bigger intake (+1 more delegates in four industrial regions) that leans Left (Moscow and Leningrad mood \u22124), but no new secretaries for anyone.',
            effects: [
              { kind: 'weight', region: 'moscow', delta: 1 },
              { kind: 'weight', region: 'leningrad', delta: 1 },
              { kind: 'weight', region: 'ukraine', delta: 1 },
              { kind: 'weight', region: 'urals', delta: 1 },
              { kind: 'mood', region: 'moscow', delta: -4 },
              { kind: 'mood', region: 'leningrad', delta: -4 },
            ],
          },
        ],
      },
    ],
    history:
      'A plenum of 29\u201331 January 1924 proclaimed the Lenin Enrolment. About 240,000 workers were admitted by May 1924 (figures vary), so that new recruits made up nearly a third of the members and candidates represented at the 13th Congress.',
    ref: 'Fact sheet: lenin_enrolment_proclaimed; statistics.party_membership (1924-05; Lenin Enrolment size, uncertain).',
  },
  {
    id: 'rykov_premier',
    title: 'A successor at the head of the government',
    kind: 'event',
    date: '1924-02-02',
    window: { from: '1924-01', to: '1924-03' },
    conditions: [
      { kind: 'fired', event: 'lenin_death', is: true },
      { kind: 'vacant', post: 'sovnarkom', is: true },
      { kind: 'status', who: 'rykov', in: ['active'] },
      { kind: 'status', who: 'kamenev', in: ['active'] },
    ],
    text: 'Lenin\u2019s chair at the head of the government, Sovnarkom, is empty. Two of his deputies are the obvious choices: Rykov, a blunt and practical manager of the economy, and Kamenev, who has often chaired meetings in Lenin\u2019s place.',
    choices: [
      {
        who: 'politburo',
        prompt: 'Who should head the government?',
        options: [
          {
            id: 'rykov',
            label: 'Rykov, the practical manager',
            preview:
              'Rykov chairs Sovnarkom (+1 action point a turn); Kamenev is consoled with a lesser economic council (prestige +2).',
            historical: true,
            effects: [
              { kind: 'post', post: 'sovnarkom', to: 'rykov' },
              { kind: 'prestige', who: 'kamenev', delta: 2 },
            ],
          },
          {
            id: 'kamenev',
            label: 'Kamenev, who chaired it in Lenin\u2019s absence',
            preview:
              'Kamenev chairs Sovnarkom (+1 action point a turn); Rykov feels passed over (grievance +10).',
            effects: [
              { kind: 'post', post: 'sovnarkom', to: 'kamenev' },
              { kind: 'relation', from: 'rykov', to: 'kamenev', grievance: 10 },
            ],
          },
        ],
      },
    ],
    skippedBecause:
      'The government has already changed hands, or one of Lenin\u2019s two deputies is out of the leadership; the Secretariat fills the post instead.',
    history:
      'On 2 February 1924 Rykov became chairman of Sovnarkom; Kamenev became chairman of the Council of Labour and Defence.',
    ref: 'Fact sheet: rykov_premier; posts (Chairman of Sovnarkom of the USSR).',
  },
  {
    id: 'foundations_of_leninism',
    title: 'The Foundations of Leninism',
    kind: 'event',
    date: '1924-04',
    window: { from: '1924-04', to: '1924-06' },
    conditions: [{ kind: 'status', who: 'stalin', in: ['active'] }],
    text: 'Everyone now claims to be Lenin\u2019s true pupil. Stalin has prepared lectures for young communists at the Sverdlov University that explain Lenin\u2019s ideas in simple, numbered points. Trotsky and Bukharin write better, but few new members read them.',
    choices: [
      {
        who: 'stalin',
        prompt: 'Do you publish your lectures on Lenin\u2019s ideas?',
        options: [
          {
            id: 'publish',
            label: 'Print them in Pravda and as a booklet',
            preview:
              'You become a teacher of Leninism to the new members (prestige +3; recruits in Moscow and the Urals like you: mood +2).',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'stalin', delta: 3 },
              { kind: 'mood', region: 'moscow', delta: 2 },
              { kind: 'mood', region: 'urals', delta: 2 },
            ],
          },
          {
            id: 'leave_theory',
            label: 'Leave theory to the theorists',
            preview: 'Bukharin stays the party\u2019s teacher (prestige +2); you lose nothing.',
            effects: [{ kind: 'prestige', who: 'bukharin', delta: 2 }],
          },
        ],
      },
    ],
    skippedBecause: 'Stalin is out of the leadership in this game.',
    history:
      'Stalin gave the lectures at the Sverdlov University in April 1924, and Pravda printed them in April and May. The booklet became a standard textbook for the hundreds of thousands of new members who joined in the Lenin Enrolment.',
    ref: 'Stalin, "The Foundations of Leninism", April 1924 (Works vol. 6, marxists.org); Tumarkin, Lenin Lives! (1983).',
  },
  {
    id: 'testament_handled_may_1924',
    title: 'The Testament and the 13th Congress',
    kind: 'plenum',
    date: '1924-05-21',
    window: { from: '1924-04', to: '1924-06' },
    conditions: [
      { kind: 'flag', flag: 'testament_published', is: false },
      { kind: 'fired', event: 'lenin_death', is: true },
      { kind: 'status', who: 'stalin', in: ['active'] },
    ],
    text: 'Krupskaya hands the Central Committee the sealed letter Lenin wrote for the congress, with its advice to remove Stalin as General Secretary. On the eve of the 13th Congress the leaders must decide what the delegates will be told.',
    choices: [
      {
        who: 'politburo',
        prompt: 'What should be done with Lenin\u2019s letter?',
        promptAsTarget: {
          stalin:
            'Lenin\u2019s letter advises the party to remove you as General Secretary. What should the delegates be told?',
        },
        options: [
          {
            id: 'delegations',
            label: 'Read it to each delegation behind closed doors',
            preview:
              'The damage is limited: Stalin heat +5, but he keeps his post and owes Zinoviev his survival (trust +5).',
            asTarget: {
              stalin: {
                label: 'Have it read to each delegation behind closed doors',
                preview:
                  'The damage is limited: your heat +5, but you keep your post and owe Zinoviev your survival (your trust in him +5).',
              },
            },
            historical: true,
            effects: [
              { kind: 'heat', who: 'stalin', delta: 5 },
              { kind: 'relation', from: 'stalin', to: 'zinoviev', trust: 5 },
              { kind: 'flag', flag: 'testament_read_to_delegations', value: true },
            ],
          },
          {
            id: 'publish',
            label: 'Read it to the whole congress and print it',
            preview:
              'Stalin prestige \u22128 and heat +15; Trotsky prestige +4; Zinoviev and Kamenev also look bad (\u22123 each).',
            asTarget: {
              stalin: {
                label: 'Have it read to the whole congress and printed',
                preview:
                  'Your prestige \u22128 and heat +15; Trotsky prestige +4; Zinoviev and Kamenev also look bad (\u22123 each).',
              },
            },
            effects: [
              { kind: 'prestige', who: 'stalin', delta: -8 },
              { kind: 'heat', who: 'stalin', delta: 15 },
              { kind: 'prestige', who: 'trotsky', delta: 4 },
              { kind: 'prestige', who: 'zinoviev', delta: -3 },
              { kind: 'prestige', who: 'kamenev', delta: -3 },
              { kind: 'flag', flag: 'testament_published', value: true },
            ],
          },
          {
            id: 'suppress',
            label: 'Lock it away: the delegates need not know',
            preview:
              'Nothing comes out now, but Krupskaya is outraged and rumours spread: Stalin heat +10.',
            asTarget: {
              stalin: {
                label: 'Lock it away: the delegates need not know',
                preview:
                  'Nothing comes out now, but Krupskaya is outraged and rumours spread: your heat +10.',
              },
            },
            effects: [
              { kind: 'heat', who: 'stalin', delta: 10 },
              { kind: 'flag', flag: 'testament_suppressed', value: true },
            ],
          },
        ],
      },
    ],
    adapted: {
      when: [{ kind: 'flag', flag: 'testament_published', is: true }],
      text: 'Krupskaya hands over the last of Lenin\u2019s papers. The party has already heard his verdict on Stalin, so this time there is little new, but Stalin\u2019s critics remind the congress of it.',
      effects: [{ kind: 'heat', who: 'stalin', delta: 5 }],
    },
    skippedBecause:
      'Stalin is no longer in the leadership, so Lenin\u2019s warning has lost its target.',
    history:
      'A plenum on 21 May 1924, after a report by Kamenev, decided to read the Testament only to separate delegations and not to publish it. Zinoviev and Kamenev spoke up for Stalin, who kept his post.',
    ref: 'Fact sheet: testament_handled_may_1924, thirteenth_congress.',
  },
  {
    id: 'party_always_right',
    title: '"The party is always right"',
    kind: 'event',
    date: '1924-05',
    bestKnown: '1924-05-26',
    window: { from: '1924-04', to: '1924-06' },
    conditions: [
      { kind: 'status', who: 'trotsky', in: ['active'] },
      { kind: 'flag', flag: 'trotsky_under_fire', is: true },
    ],
    text: 'At the 13th Congress Zinoviev demands that Trotsky admit his mistakes from the platform. Trotsky will not recant, but he will not defy the party either. Whatever he says will be quoted back at him for years.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'How do you answer the congress?',
        options: [
          {
            id: 'always_right',
            label: 'Say that no one can be right against the party',
            preview:
              'You avoid a new charge (heat \u22125), but you have admitted the majority\u2019s right to judge you (prestige \u22123).',
            historical: true,
            effects: [
              { kind: 'heat', who: 'trotsky', delta: -5 },
              { kind: 'prestige', who: 'trotsky', delta: -3 },
            ],
          },
          {
            id: 'defend',
            label: 'Defend the New Course and your critics',
            preview:
              'Your supporters take heart (prestige +3), but the congress hears a factionalist (heat +10).',
            effects: [
              { kind: 'prestige', who: 'trotsky', delta: 3 },
              { kind: 'heat', who: 'trotsky', delta: 10 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'Trotsky is not under attack, or not in the leadership, at this congress.',
    history:
      'At the 13th Congress (23\u201331 May 1924) Trotsky said that none of them could or would go against the party\u2019s will, because the party was always right in the end. He refused to recant but accepted its verdict. The phrase made it harder for him to fight the majority later.',
    ref: 'Fact sheet: thirteenth_congress (1924-05-23); Souvarine, Stalin: A Critical Survey of Bolshevism, ch. 8 (marxists.org); the day of the speech is not in the fact sheet.',
  },
  {
    id: 'politburo_june_1924',
    title: 'New members for the Politburo',
    kind: 'plenum',
    date: '1924-06-02',
    window: { from: '1924-04', to: '1924-06' },
    conditions: [
      { kind: 'status', who: 'bukharin', in: ['active'] },
      { kind: 'politburo', who: 'bukharin', is: false },
    ],
    text: 'After the 13th Congress the new Central Committee fills Lenin\u2019s empty seat: Bukharin, the editor of Pravda, becomes a full member of the Politburo. Three newcomers join as candidates: Dzerzhinsky of the secret police, the army commander Frunze and the finance commissar Sokolnikov.',
    effects: [
      { kind: 'politburo', person: 'bukharin', seat: 'full' },
      { kind: 'politburo', person: 'dzerzhinsky', seat: 'candidate' },
      { kind: 'politburo', person: 'frunze', seat: 'candidate' },
      { kind: 'politburo', person: 'sokolnikov', seat: 'candidate' },
      { kind: 'prestige', who: 'bukharin', delta: 3 },
    ],
    adapted: {
      when: [{ kind: 'politburo', who: 'bukharin', is: true }],
      text: 'The new Central Committee adds three candidate members to the Politburo: Dzerzhinsky, Frunze and Sokolnikov. Bukharin already sits there as a full member.',
      effects: [
        { kind: 'politburo', person: 'dzerzhinsky', seat: 'candidate' },
        { kind: 'politburo', person: 'frunze', seat: 'candidate' },
        { kind: 'politburo', person: 'sokolnikov', seat: 'candidate' },
      ],
    },
    skippedBecause: 'Bukharin is out of the Central Committee, so there is no one to promote.',
    history:
      'Elected on 2 June 1924. Promoting Bukharin to Lenin\u2019s vacant seat strengthened the majority against Trotsky.',
    ref: 'Fact sheet: politburo_june_1924; politburo snapshot 1924-06.',
  },
  {
    id: 'semyorka_formed',
    title: 'The secret "Seven"',
    kind: 'plenum',
    date: '1924-08',
    bestKnown: '1924-08-19',
    window: { from: '1924-07', to: '1924-09' },
    conditions: [
      { kind: 'flag', flag: 'troika_formed', is: true },
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'status', who: 'trotsky', in: ['active'] },
      { kind: 'politburo', who: 'trotsky', is: true },
    ],
    text: 'Around the August plenum, every Politburo member except Trotsky, joined by Kuibyshev of the Control Commission, agrees to meet in secret before each official session. Decisions will be settled in advance, and Trotsky will face a united majority every time.',
    choices: [
      {
        who: 'bukharin',
        prompt: 'Will you join the secret leadership group?',
        options: [
          {
            id: 'join',
            label: 'Join the Seven',
            preview:
              'A secret alliance with Stalin; Trotsky becomes a rival (your trust in him \u221210).',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'bukharin'], value: true, secret: true },
              { kind: 'relation', from: 'bukharin', to: 'trotsky', trust: -10 },
              { kind: 'flag', flag: 'semyorka', value: true },
            ],
          },
          {
            id: 'stay_out',
            label: 'Stay out of it',
            preview: 'No alliance; Trotsky trusts you more (+10), Stalin less (\u22125).',
            effects: [
              { kind: 'relation', from: 'trotsky', to: 'bukharin', trust: 10 },
              { kind: 'relation', from: 'stalin', to: 'bukharin', trust: -5 },
            ],
          },
        ],
      },
      {
        who: 'rykov',
        prompt: 'Will you join the secret leadership group?',
        options: [
          {
            id: 'join',
            label: 'Join the Seven',
            preview: 'A secret alliance with Stalin.',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'rykov'], value: true, secret: true },
              { kind: 'flag', flag: 'semyorka', value: true },
            ],
          },
          {
            id: 'stay_out',
            label: 'Stay out of it',
            preview: 'No alliance; Stalin trusts you less (\u22125).',
            effects: [{ kind: 'relation', from: 'stalin', to: 'rykov', trust: -5 }],
          },
        ],
      },
      {
        who: 'tomsky',
        prompt: 'Will you join the secret leadership group?',
        options: [
          {
            id: 'join',
            label: 'Join the Seven',
            preview: 'A secret alliance with Stalin.',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'tomsky'], value: true, secret: true },
              { kind: 'flag', flag: 'semyorka', value: true },
            ],
          },
          {
            id: 'stay_out',
            label: 'Stay out of it',
            preview: 'No alliance; Stalin trusts you less (\u22125).',
            effects: [{ kind: 'relation', from: 'stalin', to: 'tomsky', trust: -5 }],
          },
        ],
      },
    ],
    skippedBecause:
      'There was no Troika to widen in this game, or Trotsky is already out of the Politburo.',
    history:
      'The "Seven" was organised around the August 1924 plenum: all Politburo members except Trotsky, plus Kuibyshev (one account names Molotov instead). It met before official sessions into 1925; Zinoviev exposed it in July 1926. Its exact start is uncertain.',
    ref: 'Fact sheet: semyorka_formed (uncertain); alliances, "The Seven" (Rogovin; Souvarine).',
  },
  {
    id: 'stalin_resignation_offer_1924',
    title: 'Stalin offers to resign',
    kind: 'event',
    date: '1924-08-19',
    window: { from: '1924-07', to: '1924-09' },
    conditions: [
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
    ],
    text: 'Stalin, stung by quarrels with Zinoviev and Kamenev, writes to the Central Committee asking to be released from the Politburo and the Secretariat. It may be a sulk, a test or a trap. Who dares to take him at his word?',
    choices: [
      {
        who: 'politburo',
        ifTied: 'refuse',
        prompt: 'Accept Stalin\u2019s resignation?',
        promptAsTarget: {
          stalin:
            'You have asked to be released from the Politburo and the Secretariat. How do you vote on your own offer?',
        },
        options: [
          {
            id: 'refuse',
            label: 'Refuse: the party needs him',
            preview: 'Stalin stays, stronger for having been asked to (prestige +4).',
            asTarget: {
              stalin: {
                label: 'Vote to refuse it: the party needs you',
                preview: 'You stay, stronger for having been asked to (prestige +4).',
              },
            },
            historical: true,
            effects: [{ kind: 'prestige', who: 'stalin', delta: 4 }],
          },
          {
            id: 'accept',
            label: 'Accept, and give the Secretariat to Rudzutak',
            preview:
              'Stalin loses the post of General Secretary to Rudzutak, who owes him nothing; Stalin prestige \u22125 and a lasting grudge (+15) against Zinoviev and Kamenev.',
            asTarget: {
              stalin: {
                label: 'Vote to accept it, and give the Secretariat to Rudzutak',
                preview:
                  'You lose the post of General Secretary to Rudzutak, who owes you nothing; your prestige \u22125, and a lasting grudge (+15) against Zinoviev and Kamenev.',
              },
            },
            effects: [
              { kind: 'figure', figure: 'rudzutak', patron: null },
              { kind: 'post', post: 'general_secretary', to: 'rudzutak' },
              { kind: 'prestige', who: 'stalin', delta: -5 },
              { kind: 'relation', from: 'stalin', to: 'zinoviev', grievance: 15 },
              { kind: 'relation', from: 'stalin', to: 'kamenev', grievance: 15 },
              { kind: 'flag', flag: 'stalin_lost_secretariat', value: true },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'Stalin no longer holds the Secretariat, so he has nothing to offer up.',
    history:
      'On 19 August 1924 Stalin wrote offering to resign from the Politburo and as General Secretary, complaining of friction with Zinoviev and Kamenev. The offer was not accepted. Rudzutak as a successor is the game\u2019s invention.',
    ref: 'Fact sheet: stalin_resignation_offer_1924 (Khlevniuk, Stalin: New Biography of a Dictator).',
  },
  {
    id: 'uglanov_to_moscow',
    title: 'The Moscow party\u2019s leadership',
    kind: 'event',
    date: '1924-08-20',
    window: { from: '1924-07', to: '1924-09' },
    conditions: [
      { kind: 'holds', who: 'kamenev', post: 'moscow_party', is: true },
      { kind: 'holds', who: 'stalin', post: 'general_secretary', is: true },
      { kind: 'alive', who: 'uglanov', is: true },
    ],
    text: 'Kamenev, chairman of the Moscow Soviet, has been the power in Moscow since the Civil War; in the game he also holds its party post. Now the Secretariat proposes a new first secretary for the Moscow party: Nikolai Uglanov, an energetic organiser. He was sent to Petrograd in 1921 over Zinoviev\u2019s head and quarrelled with him, which makes him useful to Stalin.',
    choices: [
      {
        who: 'politburo',
        ifTied: 'leave',
        prompt: 'Send Uglanov to run the Moscow party?',
        promptAsTarget: {
          kamenev:
            'The Secretariat proposes to take the Moscow party from you and give it to Uglanov. How do you vote?',
        },
        options: [
          {
            id: 'send',
            label: 'Send Uglanov to Moscow',
            preview:
              'The Moscow party passes to Uglanov, who now looks to Stalin; Kamenev loses his base (prestige \u22124, grievance +10).',
            asTarget: {
              kamenev: {
                label: 'Vote to hand your Moscow party to Uglanov',
                preview:
                  'The Moscow party passes to Uglanov, who now looks to Stalin; you lose your base (prestige \u22124, grievance +10 against Stalin).',
              },
            },
            historical: true,
            effects: [
              { kind: 'figure', figure: 'uglanov', patron: 'stalin' },
              { kind: 'post', post: 'moscow_party', to: 'uglanov' },
              { kind: 'prestige', who: 'kamenev', delta: -4 },
              { kind: 'relation', from: 'kamenev', to: 'stalin', grievance: 10 },
            ],
          },
          {
            id: 'leave',
            label: 'Leave Moscow to Kamenev',
            preview: 'Kamenev keeps Moscow; Stalin\u2019s plan is blocked (prestige \u22122).',
            asTarget: {
              kamenev: {
                label: 'Vote to keep Moscow yourself',
                preview: 'You keep Moscow; Stalin\u2019s plan is blocked (his prestige \u22122).',
              },
            },
            effects: [{ kind: 'prestige', who: 'stalin', delta: -2 }],
          },
        ],
      },
    ],
    skippedBecause:
      'Kamenev no longer runs Moscow, or Stalin no longer runs the Secretariat, so the change is not proposed.',
    history:
      'On 20 August 1924 Uglanov replaced Isaak Zelensky as first secretary of the Moscow party committee. In the game Kamenev holds the Moscow post; in reality he chaired the Moscow Soviet, while Zelensky ran the party committee.',
    ref: 'Fact sheet: posts (First Secretary, Moscow party committee: Uglanov from 1924-08-20); Wikipedia, "First Secretary of the Moscow City Committee".',
  },
  {
    id: 'lessons_of_october',
    title: 'Lessons of October',
    kind: 'event',
    date: '1924-10',
    window: { from: '1924-10', to: '1924-12' },
    conditions: [{ kind: 'status', who: 'trotsky', in: ['active', 'removed'] }],
    text: 'Trotsky writes a preface to a volume of his 1917 speeches. "Lessons of October" reminds the party that Zinoviev and Kamenev opposed the seizure of power in 1917, while he led it. It is brilliant, and it is a declaration of war.',
    choices: [
      {
        who: 'trotsky',
        prompt: 'Publish "Lessons of October"?',
        options: [
          {
            id: 'publish',
            label: 'Publish it',
            preview:
              'Zinoviev and Kamenev lose prestige (\u22126) and will hate you (grievance +15\u201320); a flood of replies follows: your heat +15, prestige \u22122.',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'zinoviev', delta: -6 },
              { kind: 'prestige', who: 'kamenev', delta: -6 },
              { kind: 'relation', from: 'zinoviev', to: 'trotsky', grievance: 20 },
              { kind: 'relation', from: 'kamenev', to: 'trotsky', grievance: 15 },
              { kind: 'heat', who: 'trotsky', delta: 15 },
              { kind: 'prestige', who: 'trotsky', delta: -2 },
              { kind: 'flag', flag: 'literary_discussion', value: true },
              { kind: 'flag', flag: 'trotsky_under_fire', value: true },
            ],
          },
          {
            id: 'shelve',
            label: 'Leave the quarrels of 1917 buried',
            preview:
              'No new storm (heat \u22125); Zinoviev and Kamenev bear you less of a grudge (\u221210).',
            effects: [
              { kind: 'heat', who: 'trotsky', delta: -5 },
              { kind: 'relation', from: 'zinoviev', to: 'trotsky', grievance: -10 },
              { kind: 'relation', from: 'kamenev', to: 'trotsky', grievance: -10 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'Trotsky is no longer in the party.',
    history:
      '"Lessons of October", written in September and published in late October 1924, set off the "literary discussion". Zinoviev, Kamenev, Stalin and Bukharin answered with a campaign against "Trotskyism", setting his "permanent revolution" against Leninism.',
    ref: 'Fact sheet: lessons_of_october.',
  },
  {
    id: 'zinoviev_letter',
    title: 'The "Zinoviev letter"',
    kind: 'event',
    date: '1924-10-25',
    window: { from: '1924-10', to: '1924-12' },
    text: 'Four days before a British general election, the Daily Mail prints a letter said to come from Zinoviev, head of the Comintern. It urges British communists to prepare for revolution. Labour, which had recognised the Soviet Union, loses the election, and Moscow says the letter is a forgery.',
    effects: [
      { kind: 'prestige', who: 'holder:comintern', delta: -2 },
      { kind: 'line', axis: 'revolution', delta: 2 },
    ],
    history:
      'The Daily Mail published the letter on 25 October 1924, and the Conservatives won the election of 29 October. Most historians think it was forged by anti-Bolshevik Russians; a British government study of 1999 agreed. It soured relations with Britain and made talk of world revolution look costly.',
    ref: 'Bennett, "A most extraordinary and mysterious business": The Zinoviev Letter of 1924 (Foreign and Commonwealth Office, 1999); Encyclopaedia Britannica, "Zinovyev letter".',
  },
  {
    id: 'socialism_in_one_country',
    title: 'Socialism in One Country',
    kind: 'event',
    date: '1924-12',
    window: { from: '1924-10', to: '1924-12' },
    conditions: [{ kind: 'status', who: 'stalin', in: ['active'] }],
    text: 'With the German revolution defeated, Stalin offers the party a hopeful message: the Soviet Union need not wait for revolutions abroad, because it can build socialism by its own efforts. It is a slogan a tired party is glad to hear.',
    choices: [
      {
        who: 'stalin',
        prompt: 'Do you put your name to the new theory?',
        options: [
          {
            id: 'publish',
            label: 'Argue that socialism can be built in one country',
            preview:
              'Prestige +5; the party line moves towards Socialism in One Country (+8); Trotsky looks like a pessimist (prestige \u22123).',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'stalin', delta: 5 },
              { kind: 'line', axis: 'revolution', delta: 8 },
              { kind: 'prestige', who: 'trotsky', delta: -3 },
              { kind: 'flag', flag: 'socialism_in_one_country', value: true },
            ],
          },
          {
            id: 'leave_to_bukharin',
            label: 'Leave the theory to Bukharin',
            preview: 'Bukharin takes the credit (prestige +4); the line still moves a little (+4).',
            effects: [
              { kind: 'prestige', who: 'bukharin', delta: 4 },
              { kind: 'line', axis: 'revolution', delta: 4 },
              { kind: 'flag', flag: 'socialism_in_one_country', value: true },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'Stalin is no longer in the leadership to put the idea forward.',
    history:
      'Stalin set out the idea in "The October Revolution and the Tactics of the Russian Communists" (December 1924), and the 14th Party Conference endorsed it in April 1925. Bukharin developed the theory alongside him.',
    ref: 'Fact sheet: socialism_in_one_country, fourteenth_party_conference.',
  },
  {
    id: 'industrialisation_debate',
    title: 'Who pays for the factories?',
    kind: 'event',
    date: '1924-12',
    window: { from: '1924-10', to: '1924-12' },
    conditions: [{ kind: 'status', who: 'stalin', in: ['active'] }],
    text: 'Preobrazhensky, the Left\u2019s economist, argues that a poor country can build industry only by taking wealth from the private peasant economy, through prices and taxes: "primitive socialist accumulation". Bukharin answers that this would break the alliance with the peasants. Better, he says, to go forward slowly, "riding into socialism on a peasant nag".',
    choices: [
      {
        who: 'holder:general_secretary',
        prompt: 'Which side of the industrialisation debate does the Centre back for now?',
        options: [
          {
            id: 'bukharin',
            label: 'Back Bukharin: industry at the peasants\u2019 pace',
            preview:
              'The party line stays where it is; the villages are calmer (Black Earth and Volga mood +2) and Bukharin trusts you more (+5).',
            historical: true,
            effects: [
              { kind: 'mood', region: 'black_earth', delta: 2 },
              { kind: 'mood', region: 'volga', delta: 2 },
              { kind: 'relation', from: 'bukharin', to: 'chooser', trust: 5 },
            ],
          },
          {
            id: 'preobrazhensky',
            label: 'Back Preobrazhensky: squeeze the private sector for industry',
            preview:
              'More money for industry (investment +3), but the villages resent it (Black Earth mood \u22123); the line moves Left (\u22124).',
            effects: [
              { kind: 'line', axis: 'economy', delta: -4 },
              { kind: 'economy', field: 'investment', delta: 3 },
              { kind: 'mood', region: 'black_earth', delta: -3 },
            ],
          },
        ],
      },
    ],
    skippedBecause: 'Stalin is out of the leadership, so no Centre picks a side.',
    history:
      'Preobrazhensky set out his "law of primitive socialist accumulation" in 1924 and in his book The New Economics (1926); Bukharin attacked it in Pravda from December 1924. This was the industrialisation debate at the heart of the 1920s. Stalin sided with Bukharin until 1928, then took up forced industrialisation himself.',
    ref: 'Preobrazhensky, The New Economics (1926), extracts at soviethistory.msu.edu, "1924: Industrialization debate"; Erlich, The Soviet Industrialization Debate, 1924\u20131928 (1960); Cohen, Bukharin and the Bolshevik Revolution (1973). Month of Bukharin\u2019s reply approximate.',
  },
  {
    id: 'trotsky_removed_war_commissar',
    title: 'Trotsky and the Red Army',
    kind: 'plenum',
    date: '1925-01',
    window: { from: '1925-01', to: '1925-03' },
    conditions: [
      { kind: 'holds', who: 'trotsky', post: 'war_commissar', is: true },
      { kind: 'flag', flag: 'trotsky_under_fire', is: true },
      { kind: 'status', who: 'trotsky', in: ['active'] },
      { kind: 'alive', who: 'frunze', is: true },
    ],
    text: 'The Central Committee meets amid a storm of resolutions against "Trotskyism". Trotsky\u2019s enemies demand that he give up the Red Army. Frunze, his deputy and a Civil War hero with no love for Trotsky\u2019s politics, is ready to take over.',
    effects: [
      { kind: 'post', post: 'war_commissar', to: 'frunze' },
      { kind: 'secretaries', who: 'trotsky', region: 'red_army', delta: -2 },
      { kind: 'prestige', who: 'trotsky', delta: -4 },
      { kind: 'flag', flag: 'trotsky_lost_army', value: true },
    ],
    choices: [
      {
        who: 'trotsky',
        prompt: 'How do you take the decision?',
        options: [
          {
            id: 'resign',
            label: 'Step down quietly, as a loyal party member',
            preview: 'The army is gone, but you lose less face (heat \u221210).',
            historical: true,
            effects: [{ kind: 'heat', who: 'trotsky', delta: -10 }],
          },
          {
            id: 'fight',
            label: 'Fight the decision at the plenum',
            preview:
              'The army is still lost; your supporters cheer (prestige +3), but heat +15 and talk of a "Bonaparte".',
            effects: [
              { kind: 'prestige', who: 'trotsky', delta: 3 },
              { kind: 'heat', who: 'trotsky', delta: 15 },
            ],
          },
        ],
      },
    ],
    adapted: {
      when: [
        { kind: 'holds', who: 'trotsky', post: 'war_commissar', is: true },
        { kind: 'flag', flag: 'trotsky_under_fire', is: false },
      ],
      text: 'Some of Trotsky\u2019s rivals would like him out of the War Commissariat, but no charge of factionalism has stuck to him. The plenum leaves him in post and only strengthens the hand of Frunze, his deputy.',
      effects: [{ kind: 'prestige', who: 'trotsky', delta: 3 }],
    },
    skippedBecause: 'Trotsky no longer runs the War Commissariat in this game.',
    history:
      'The plenum of 17\u201320 January 1925 removed Trotsky as head of the army; he had written on 15 January accepting it. Frunze succeeded him (sources give 15 or 25 January for the appointment). Trotsky made no attempt to use the army to defend himself.',
    ref: 'Fact sheet: trotsky_removed_war_commissar (uncertain day), trotsky_resignation_letter.',
  },
  {
    id: 'expulsion_demand_1925',
    title: 'Expel Trotsky?',
    kind: 'plenum',
    date: '1925-01',
    bestKnown: '1925-01-17',
    window: { from: '1925-01', to: '1925-03' },
    conditions: [
      { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
      { kind: 'status', who: 'stalin', in: ['active'] },
      { kind: 'status', who: 'zinoviev', in: ['active'] },
      { kind: 'flag', flag: 'trotsky_under_fire', is: true },
    ],
    text: 'Zinoviev and Kamenev want more than the army: they ask the Central Committee to throw Trotsky out of the Politburo, or even out of the party. Stalin hesitates. He could agree, or he could play the calm moderate who protects a famous comrade.',
    choices: [
      {
        who: 'stalin',
        prompt: 'Zinoviev and Kamenev want Trotsky expelled. What do you say?',
        options: [
          {
            id: 'moderate',
            label: 'Refuse: "cutting off heads" is not the party\u2019s way',
            preview:
              'You look moderate (prestige +3, heat \u22123); Zinoviev is annoyed (grievance +5) and Trotsky less hostile (grievance \u22125).',
            historical: true,
            effects: [
              { kind: 'prestige', who: 'stalin', delta: 3 },
              { kind: 'heat', who: 'stalin', delta: -3 },
              { kind: 'relation', from: 'zinoviev', to: 'stalin', grievance: 5 },
              { kind: 'relation', from: 'trotsky', to: 'stalin', grievance: -5 },
              { kind: 'flag', flag: 'stalin_the_moderate', value: true },
            ],
          },
          {
            id: 'agree',
            label: 'Back your allies and press for his expulsion',
            preview:
              'The Troika stays close (Zinoviev trust +5), but Trotsky is pushed harder (heat +10) and you share the blame (heat +5).',
            effects: [
              { kind: 'relation', from: 'zinoviev', to: 'stalin', trust: 5 },
              { kind: 'heat', who: 'trotsky', delta: 10 },
              { kind: 'heat', who: 'stalin', delta: 5 },
            ],
          },
        ],
      },
    ],
    skippedBecause:
      'Trotsky is not under attack, or Stalin or Zinoviev has already fallen, so no one asks.',
    history:
      'At the plenum of 17\u201320 January 1925 Zinoviev and Kamenev asked for Trotsky\u2019s expulsion, and Stalin refused, posing as the moderate who would not "cut off heads". He later used this against them, when they broke with him in 1925.',
    ref: 'Fact sheet: trotsky_removed_war_commissar, trotsky_resignation_letter; Stalin, report to the 14th Congress, December 1925 (Works vol. 7, marxists.org); Deutscher, The Prophet Unarmed (1959).',
  },
  {
    id: 'enrich_yourselves',
    title: '"Enrich yourselves!"',
    kind: 'event',
    date: '1925-04',
    bestKnown: '1925-04-17',
    window: { from: '1925-04', to: '1925-06' },
    conditions: [{ kind: 'status', who: 'bukharin', in: ['active'] }],
    text: 'Bukharin speaks to Moscow\u2019s party workers about the villages. The peasants, he says, are afraid to work hard and save, in case they are called kulaks. He wants to tell them plainly that they may grow richer.',
    choices: [
      {
        who: 'bukharin',
        prompt: 'What do you tell the peasants?',
        options: [
          {
            id: 'enrich',
            label: '"Enrich yourselves, develop your farms"',
            preview:
              'The villages cheer (Black Earth, Volga and Ukraine mood +3), but the Left has a slogan to attack you with (heat +8).',
            historical: true,
            effects: [
              { kind: 'mood', region: 'black_earth', delta: 3 },
              { kind: 'mood', region: 'volga', delta: 3 },
              { kind: 'mood', region: 'ukraine', delta: 3 },
              { kind: 'heat', who: 'bukharin', delta: 8 },
              { kind: 'flag', flag: 'enrich_yourselves', value: true },
            ],
          },
          {
            id: 'careful',
            label: 'Speak carefully about the "middle peasant"',
            preview:
              'No slogan for your enemies, and no stir in the villages either (prestige \u22122).',
            effects: [{ kind: 'prestige', who: 'bukharin', delta: -2 }],
          },
        ],
      },
    ],
    skippedBecause: 'Bukharin is not in the leadership in this game.',
    history:
      'Bukharin told a meeting of Moscow party activists on 17 April 1925 that the peasants should "enrich yourselves". The 14th Party Conference that month eased taxes and rules on hiring labour and renting land. Stalin distanced himself from the slogan, and Bukharin withdrew it by the end of the year.',
    ref: 'Cohen, Bukharin and the Bolshevik Revolution (1973), ch. 6; fact sheet: fourteenth_party_conference (1925-04-27).',
  },
  {
    id: 'new_opposition_formed',
    title: 'The Leningrad opposition',
    kind: 'event',
    date: '1925-10',
    window: { from: '1925-10', to: '1925-12' },
    conditions: [
      { kind: 'status', who: 'zinoviev', in: ['active'] },
      { kind: 'status', who: 'kamenev', in: ['active'] },
    ],
    text: 'Zinoviev and Kamenev have watched Stalin\u2019s apparatus grow with alarm, and they distrust Bukharin\u2019s soft line towards the richer peasants. Zinoviev\u2019s Leningrad organisation prepares to challenge the majority at the coming 14th Congress.',
    choices: [
      {
        who: 'zinoviev',
        prompt: 'Do you break with Stalin?',
        options: [
          {
            id: 'oppose',
            label: 'Lead Leningrad into open opposition',
            preview:
              'Your alliance with Stalin ends; heat +15; Leningrad\u2019s members swing behind you (mood \u22126).',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'zinoviev'], value: false },
              { kind: 'heat', who: 'zinoviev', delta: 15 },
              { kind: 'mood', region: 'leningrad', delta: -6 },
              { kind: 'relation', from: 'stalin', to: 'zinoviev', grievance: 15 },
              { kind: 'flag', flag: 'zinoviev_opposition', value: true },
              { kind: 'flag', flag: 'new_opposition', value: true },
            ],
          },
          {
            id: 'stay',
            label: 'Swallow your doubts and stay with the majority',
            preview:
              'Peace with Stalin (your trust in him +5), but the chance to fight while you still hold Leningrad may pass.',
            effects: [{ kind: 'relation', from: 'zinoviev', to: 'stalin', trust: 5 }],
          },
        ],
      },
      {
        who: 'kamenev',
        prompt: 'Do you break with Stalin?',
        options: [
          {
            id: 'oppose',
            label: 'Stand with Zinoviev against Stalin',
            preview:
              'Your alliance with Stalin ends; heat +10; you will say openly that Stalin cannot unite the party.',
            historical: true,
            effects: [
              { kind: 'alliance', members: ['stalin', 'kamenev'], value: false },
              { kind: 'heat', who: 'kamenev', delta: 10 },
              { kind: 'relation', from: 'stalin', to: 'kamenev', grievance: 15 },
              { kind: 'flag', flag: 'kamenev_opposition', value: true },
              { kind: 'flag', flag: 'new_opposition', value: true },
            ],
          },
          {
            id: 'stay',
            label: 'Stay with the majority',
            preview:
              'You keep your place beside Stalin (trust +5), but Zinoviev feels betrayed (his trust in you \u221215).',
            effects: [
              { kind: 'relation', from: 'kamenev', to: 'stalin', trust: 5 },
              { kind: 'relation', from: 'zinoviev', to: 'kamenev', trust: -15 },
            ],
          },
        ],
      },
    ],
    adapted: {
      when: [
        { kind: 'flag', flag: 'zk_back_trotsky_1925', is: true },
        { kind: 'status', who: 'zinoviev', in: ['active'] },
        { kind: 'status', who: 'kamenev', in: ['active'] },
        { kind: 'status', who: 'trotsky', in: ['active', 'removed'] },
      ],
      text: 'Zinoviev and Kamenev decide that Stalin, not Trotsky, is now the danger. Swallowing years of insults, they go to Trotsky and offer a joint front before the 14th Congress: the Left united a year early.',
      effects: [
        { kind: 'alliance', members: ['stalin', 'zinoviev'], value: false },
        { kind: 'alliance', members: ['stalin', 'kamenev'], value: false },
        { kind: 'alliance', members: ['trotsky', 'zinoviev'], value: true },
        { kind: 'alliance', members: ['trotsky', 'kamenev'], value: true },
        { kind: 'heat', who: 'zinoviev', delta: 10 },
        { kind: 'heat', who: 'kamenev', delta: 10 },
        { kind: 'heat', who: 'trotsky', delta: 10 },
        { kind: 'mood', region: 'leningrad', delta: -6 },
        { kind: 'flag', flag: 'zinoviev_opposition', value: true },
        { kind: 'flag', flag: 'kamenev_opposition', value: true },
        { kind: 'flag', flag: 'new_opposition', value: true },
        { kind: 'flag', flag: 'left_bloc_1925', value: true },
        { kind: 'flag', flag: 'united_opposition', value: true },
      ],
    },
    skippedBecause: 'Zinoviev or Kamenev is already out of the Central Committee.',
    history:
      'From the autumn of 1925 Zinoviev and Kamenev, with Sokolnikov and Krupskaya, openly challenged Stalin and Bukharin. At the 14th Congress in December Zinoviev gave a rival report and Kamenev said Stalin could not unite the party; only the Leningrad delegation backed them. They did not join Trotsky until 1926.',
    ref: 'Fact sheet: new_opposition_formed (uncertain month), fourteenth_congress; alliances, "New Opposition".',
  },
  {
    id: 'frunze_death',
    title: 'Frunze dies on the operating table',
    kind: 'event',
    date: '1925-10-31',
    window: { from: '1925-10', to: '1925-12' },
    conditions: [
      { kind: 'alive', who: 'frunze', is: true },
      { kind: 'holds', who: 'frunze', post: 'war_commissar', is: true },
    ],
    text: 'Frunze, the war commissar, dies after a stomach operation that the Politburo had urged him to have. The army passes to Voroshilov, Stalin\u2019s friend since the Civil War. Whispers spread that the operation was no accident.',
    effects: [
      { kind: 'figure', figure: 'frunze', alive: false },
      { kind: 'post', post: 'war_commissar', to: 'voroshilov' },
      { kind: 'heat', who: 'stalin', delta: 5 },
      { kind: 'flag', flag: 'voroshilov_war_commissar', value: true },
    ],
    adapted: {
      when: [
        { kind: 'alive', who: 'frunze', is: true },
        { kind: 'holds', who: 'frunze', post: 'war_commissar', is: false },
      ],
      text: 'Frunze, the Civil War commander, dies after a stomach operation. He does not run the army in this game, so his death changes little at the top.',
      effects: [{ kind: 'figure', figure: 'frunze', alive: false }],
    },
    history:
      'Frunze died on 31 October 1925 after surgery; Voroshilov succeeded him on 6 November. Rumours that Stalin had pushed him into a fatal operation inspired a story by the writer Pilnyak in 1926, but there is no proof.',
    ref: 'Fact sheet: frunze_death; posts (Voroshilov from 1925-11-06); Conquest, The Great Terror.',
  },
];
