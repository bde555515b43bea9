// Four historians' explanations of why Stalin won (the debate students are examined on), each
// tied to the signals the game measures at the end (src/sim/signals.ts), with essay prompts, and
// what the game's own rules assume about it. Further historians' readings that the game cannot
// measure are notes (HISTORIAN_NOTES), each with the work's date and a reference.

import type { SignalId } from '../sim/signals.ts';

/** One of the measures the game-over report takes of how the winner won (src/sim/signals.ts). */
export type HistorianSignal = SignalId;

export interface HistorianSchool {
  id: string;
  school: string;
  historians: string[];
  /** The explanation in 2–3 sentences. */
  argument: string;
  /** Evidence from this game that would support the explanation, and what it means. */
  signals: { signal: HistorianSignal; meaning: string }[];
  /** Exam-style questions for discussion. */
  prompts: string[];
  /**
   * What the game's rules build in that bears on this explanation. A simulation shows what its
   * rules assume, so the report puts this beside the evidence.
   */
  inTheModel: string;
  /** The historians' main works, with dates. */
  ref: string;
}

export const HISTORIANS: readonly HistorianSchool[] = [
  {
    id: 'power_politics',
    school: 'Power politics: personality and ambition',
    historians: ['Robert Conquest', 'Robert C. Tucker'],
    argument:
      'Stalin won because he wanted supreme power and was more ruthless and patient than his rivals. Conquest sees him using real disagreements over policy to set his opponents against each other and crush them one by one. Tucker adds a psychological drive, a wish to be a hero as great as Lenin, and sees him reviving the tsars\u2019 tradition of absolute rule.',
    signals: [
      {
        signal: 'rivals_divided',
        meaning:
          'The winner made deals with one rival against another and then dropped them: the step-by-step manoeuvring Conquest describes.',
      },
      {
        signal: 'opposition_condemned',
        meaning:
          'Rivals were beaten with the charge of factionalism rather than in open argument: the ban on factions used as a weapon.',
      },
      {
        signal: 'line_shifts',
        meaning:
          'The winner changed his position whenever it suited him, treating ideas as tools for gaining power rather than beliefs.',
      },
    ],
    prompts: [
      'How far was Stalin\u2019s rise to power the result of his skill in dividing his opponents?',
      '"Stalin\u2019s victory by 1929 was the result of ruthless personal ambition." How far do you agree?',
      'To what extent did Stalin use the ban on factions to defeat his rivals?',
    ],
    inTheModel:
      'The game gives each contender a temperament and lets the computer players make and break alliances for advantage. Ambition is written into how they play, so a ruthless winner partly reflects those settings.',
    ref: 'Conquest, Stalin: Breaker of Nations (1991); Tucker, Stalin as Revolutionary, 1879\u20131929 (1973) and Stalin in Power (1990).',
  },
  {
    id: 'structural',
    school: 'Structural: the system made Stalin',
    historians: ['Robert V. Daniels', 'Richard Pipes', 'Leonard Schapiro'],
    argument:
      'Stalin rose because the system built after 1917 rewarded whoever controlled it. Daniels\u2019 "circular flow of power" explains how: the General Secretary appointed local secretaries, who chose congress delegates, who elected the Central Committee that kept him in office. Pipes and Schapiro trace the system back to Lenin, whose one-party state, secret police and ban on factions made a dictator likely.',
    signals: [
      {
        signal: 'apparatus_delegate_share',
        meaning:
          'A large share of congress delegates was chosen by the winner\u2019s secretaries: the circular flow of power at work.',
      },
      {
        signal: 'appointments_made',
        meaning:
          'The winner placed many loyal secretaries: power built from patronage and appointments rather than popularity.',
      },
      {
        signal: 'recruits',
        meaning:
          'The winner brought in new members through the apparatus, who owed their places to it, as in the Lenin Enrolment.',
      },
    ],
    prompts: [
      'How far was Stalin\u2019s rise due to his control of the party apparatus?',
      'Assess the importance of the post of General Secretary in explaining Stalin\u2019s victory by 1929.',
      '"Stalin was the product of the Bolshevik system, not its creator." How far do you agree?',
    ],
    inTheModel:
      'The game\u2019s rules are built on the circular flow of power: secretaries choose delegates, and delegates elect the Central Committee. So a game will tend to support this school by design, whoever plays. That is a fact about the model, not proof about 1922\u20131929.',
    ref: 'Daniels, "The Secretariat and the Local Organizations" (Russian Review, 1957) and The Conscience of the Revolution (1960); Schapiro, The Communist Party of the Soviet Union (1960); Pipes, Russia under the Bolshevik Regime (1994).',
  },
  {
    id: 'ideological',
    school: 'Ideological: a real struggle over policy',
    historians: ['E. H. Carr', 'Stephen F. Cohen'],
    argument:
      'The quarrels of the 1920s were genuine arguments about how to build socialism, above all about the NEP. The Left feared the NEP would bring back capitalism, while the Right saw it as the road to socialism. Stalin\u2019s "Centre" first sided with the Right against the Left, then took over much of the Left\u2019s programme when the grain crisis made the NEP look unworkable.',
    signals: [
      {
        signal: 'line_shifts',
        meaning:
          'The party line moved a long way during the game: the winner steered the Centre between Left and Right as circumstances changed.',
      },
      {
        signal: 'grain_crisis_policy',
        meaning:
          'How the grain crisis was met decides between the NEP and the Left\u2019s road: force marks the end of the NEP as a policy choice.',
      },
      {
        signal: 'opposition_condemned',
        meaning:
          'Rival programmes were put to the party and condemned: the struggle was fought over policies as well as posts.',
      },
    ],
    prompts: [
      'How far were the divisions in the Communist Party in the 1920s about policy rather than power?',
      'To what extent did the debate over the NEP shape the power struggle of 1924\u201329?',
      'How important was "Socialism in One Country" in Stalin\u2019s victory over Trotsky?',
    ],
    inTheModel:
      'The game measures policy as two sliders (the NEP and world revolution) and lets events move them. It cannot show how convincing an argument was, only where the party line ended up.',
    ref: 'Carr, Socialism in One Country, 1924\u20131926 (1958\u201364); Cohen, Bukharin and the Bolshevik Revolution (1973).',
  },
  {
    id: 'social',
    school: 'Social: the new party chose Stalin',
    historians: ['Sheila Fitzpatrick'],
    argument:
      'The party of the 1920s was no longer the small band of revolutionaries of 1917: it was flooded with young workers and peasants who hoped to rise. Fitzpatrick argues that many militant young communists disliked the NEP\u2019s compromises and wanted a return to class war, and that Stalin\u2019s revolution from above gave them promotion, as the "vydvizhentsy" who replaced the old specialists.',
    signals: [
      {
        signal: 'recruits',
        meaning:
          'The winner recruited heavily: new members who owed their careers to the regime made a loyal base.',
      },
      {
        signal: 'prestige_gap',
        meaning:
          'The winner was not the party\u2019s most admired speaker: the new members backed the man who offered them a place, not the brightest orator.',
      },
      {
        signal: 'grain_crisis_policy',
        meaning:
          'Hungry towns and impatient young communists pushed for action against the "kulaks": force was what much of the new party wanted.',
      },
    ],
    prompts: [
      'How far did changes in the membership of the Communist Party help Stalin to power?',
      '"The new members of the 1920s chose Stalin, not Trotsky." How far do you agree?',
      'How important were social pressures in the defeat of the Right in 1928\u201329?',
    ],
    inTheModel:
      'The game has no classes or generations, only regions with a mood and new members recruited through the apparatus. It can show recruitment, but not what the new members hoped for.',
    ref: 'Fitzpatrick, "Stalin and the Making of a New Elite" (Slavic Review, 1979); Fitzpatrick, The Russian Revolution (1982).',
  },
];

/** A historian's reading that the game cannot weigh with its measures, with the work's date. */
export interface HistorianNote {
  id: string;
  historians: string[];
  /** The reading in 2\u20133 plain sentences. */
  view: string;
  /** The year (or years) of the main work, as the record of the debate. */
  date: string;
  ref: string;
}

export const HISTORIAN_NOTES: readonly HistorianNote[] = [
  {
    id: 'official_soviet',
    historians: ['The official Soviet view (the \u201cShort Course\u201d)'],
    view: 'Under Stalin the party\u2019s own history said that the Leninist majority, led by Stalin, beat a series of \u201canti-party\u201d factions that would have brought back capitalism. Historians today read it as propaganda, but it shows how the winner explained his victory.',
    date: '1938',
    ref: 'History of the Communist Party of the Soviet Union (Bolsheviks): Short Course (1938), chs. 10\u201311 (marxists.org).',
  },
  {
    id: 'trotsky_deutscher',
    historians: ['Leon Trotsky', 'Isaac Deutscher'],
    view: 'Trotsky saw Stalin as the man of a new bureaucracy of officials, and called him \u201cthe outstanding mediocrity\u201d of the party. Sukhanov had remembered him in 1917 as a \u201cgrey blur\u201d. Deutscher, Trotsky\u2019s biographer, adds that his rivals underrated him because the General Secretary\u2019s post looked like dull paperwork.',
    date: '1937\u20131949',
    ref: 'Trotsky, The Revolution Betrayed (1937) and Stalin (1941); Sukhanov, The Russian Revolution 1917 (1922); Deutscher, Stalin: A Political Biography (1949).',
  },
  {
    id: 'lewin',
    historians: ['Moshe Lewin'],
    view: 'In Lenin\u2019s Last Struggle Lewin argues that, in 1922\u201323, the dying Lenin turned against the bureaucracy and against Stalin, over Georgia and the Testament. If so, Stalinism was not simply Lenin\u2019s system carried on: Lenin himself tried to stop it.',
    date: '1968',
    ref: 'Lewin, Lenin\u2019s Last Struggle (1968).',
  },
  {
    id: 'pipes_schapiro',
    historians: ['Richard Pipes', 'Leonard Schapiro'],
    view: 'Pipes and Schapiro stress continuity from Lenin to Stalin: one party, a secret police and no factions were all in place by 1921. Stalin, on this view, only finished what Lenin began.',
    date: '1955\u20131994',
    ref: 'Schapiro, The Origin of the Communist Autocracy (1955); Pipes, Russia under the Bolshevik Regime (1994).',
  },
  {
    id: 'able_believer',
    historians: ['Robert Service', 'Stephen Kotkin', 'Oleg Khlevniuk'],
    view: 'Writing with the Soviet archives open, Service, Kotkin and Khlevniuk describe a Stalin who was able, hard-working and well-read, and a convinced Marxist. He won because he was good at politics and believed in the cause, not only by plotting. Kotkin adds that the General Secretaryship was built to be powerful from the start.',
    date: '2004\u20132015',
    ref: 'Service, Stalin: A Biography (2004); Kotkin, Stalin: Paradoxes of Power, 1878\u20131928 (2014); Khlevniuk, Stalin: New Biography of a Dictator (2015).',
  },
];

/**
 * What the game-over report says before any historian: a simulation shows what its rules
 * assume. It turns "your game supports this school" into a question about the model.
 */
export const REPORT_CAVEAT =
  'A warning before you read on. This game is a model, and a model shows what its rules assume. Its rules give power to whoever appoints the local secretaries, so the \u201cstructural\u201d school will often look strong here by design. Treat each result below as a question: what does the game assume that produced this?';

/** The question the report asks beside every prompt, to turn it towards the model. */
export const MODEL_QUESTION =
  'Which of the game\u2019s rules produced this evidence, and would a historian accept that rule as true of 1922\u20131929?';
