// Four historians' explanations of why Stalin won (the debate students are examined on), each
// tied to the signals the game measures at the end (src/sim/signals.ts), with essay prompts.

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
}

export const HISTORIANS: readonly HistorianSchool[] = [
  {
    id: 'power_politics',
    school: 'Power politics: personality and ambition',
    historians: ['Robert Conquest', 'Robert C. Tucker'],
    argument:
      'Stalin won because he wanted supreme power and was more ruthless and patient than his rivals. Conquest sees him deliberately using real disagreements over policy to set his opponents against each other and crush them one by one. Tucker adds a psychological drive: Stalin wanted to be seen as a revolutionary hero as great as Lenin.',
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
  },
  {
    id: 'structural',
    school: 'Structural: the system made Stalin',
    historians: ['Robert V. Daniels', 'Simon Sebag Montefiore'],
    argument:
      'Stalin rose because the system built after 1917 rewarded whoever controlled it. Daniels\u2019 "circular flow of power" explains how: the General Secretary appointed local secretaries, who chose congress delegates, who elected the Central Committee that kept him in office. Montefiore sees Stalin as a "Red Tsar" in Russia\u2019s long tradition of absolute rule, surrounded by a court of loyal followers.',
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
  },
  {
    id: 'social',
    school: 'Social: the new party chose Stalin',
    historians: ['Sheila Fitzpatrick'],
    argument:
      'The party of the 1920s was no longer the small band of revolutionaries of 1917: it was flooded with new members, many of them careerists, former officials or young workers with little interest in theory. Fitzpatrick argues that these people wanted order, jobs and promotion, and were drawn to Stalin\u2019s practical, plain-spoken style rather than to Trotsky\u2019s brilliance or Bukharin\u2019s caution.',
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
  },
];
