// What each contender would call a win, besides supremacy: aims a historian would call a real
// success for that side (GAME.md, "Winning"). Shown on the title screen, graded at the end,
// counted by the lab. Data only: src/sim/aims.ts reads the conditions.
import type { ContenderId, PostId } from '../sim/ids.ts';

export type AimCondition =
  | { kind: 'supreme'; who: ContenderId }
  | { kind: 'not_supreme'; who: ContenderId }
  /** A full member of the Politburo at the end. */
  | { kind: 'in_politburo'; who: ContenderId }
  /** At least `atLeast` of these are full members of the Politburo at the end. */
  | { kind: 'group_in_politburo'; members: ContenderId[]; atLeast: number }
  /** Holds the post himself, or through a client. */
  | { kind: 'controls_post'; who: ContenderId; post: PostId }
  /** The party line on the economy (−100 Left … +100 Right) at most / at least this. */
  | { kind: 'economic_line'; atMost?: number; atLeast?: number }
  /** The NEP still stands: no mass collectivisation ordered, few households in collective farms. */
  | { kind: 'nep_alive'; maxCollectivised: number };

export interface AimLine {
  /** In the player's words, e.g. "Stalin is not supreme". */
  label: string;
  test: AimCondition;
}

export interface Aim {
  /** One sentence for the title screen. */
  summary: string;
  conditions: AimLine[];
  /** How far the real man got, for the report. */
  inHistory: string;
}

/** Fewer than this share of households in collective farms: the NEP countryside survives. */
const NEP_LIMIT = 15;

const stalinStopped: AimLine = {
  label: 'Stalin is not the supreme leader',
  test: { kind: 'not_supreme', who: 'stalin' },
};
const nepAlive: AimLine = {
  label: `The NEP survives: no forced collectivisation (under ${NEP_LIMIT}% of households in collective farms)`,
  test: { kind: 'nep_alive', maxCollectivised: NEP_LIMIT },
};
/**
 * The New Opposition's line: in 1925 Zinoviev and Kamenev attacked the concessions to the rich
 * peasants and the slow pace of industry, Trotsky's arguments of 1923 (Zinoviev's co-report at
 * the 14th Congress, December 1925). The same mark as Trotsky's: the line not on the Right.
 */
const noMoreConcessions: AimLine = {
  label:
    'The party line on the economy is not on the Right (at 0 or further Left): no more concessions to the rich peasants',
  test: { kind: 'economic_line', atMost: 0 },
};
const seated = (who: ContenderId): AimLine => ({
  label: 'You sit in the Politburo at the end',
  test: { kind: 'in_politburo', who },
});

const leningradKept: AimLine = {
  label: 'You (or a client) run the Leningrad party',
  test: { kind: 'controls_post', who: 'zinoviev', post: 'leningrad_party' },
};

export const AIMS: Record<ContenderId, Aim> = {
  stalin: {
    summary: 'Rule the party alone: supremacy is the only win.',
    conditions: [{ label: 'You are the supreme leader', test: { kind: 'supreme', who: 'stalin' } }],
    inHistory: 'Stalin reached it: by the end of 1929 no rival was left in the Politburo.',
  },
  trotsky: {
    summary:
      'Stop Stalin, stay in the leadership, and turn the party to planned industry (a Left line).',
    conditions: [
      stalinStopped,
      seated('trotsky'),
      {
        // Not the NEP's slow road: in all-AI games the line ends on the Right (+30 on average)
        // whoever wins, so holding it at the centre or further Left is the Left's real success.
        label:
          'The party line on the economy is not on the Right (at 0 or further Left): planned industry, not the NEP\u2019s slow road',
        test: { kind: 'economic_line', atMost: 0 },
      },
    ],
    inHistory:
      'Trotsky failed: out of the Politburo in 1926, expelled in 1927, exiled in 1928 and deported in 1929.',
  },
  zinoviev: {
    summary:
      'Stop Stalin, stay in the leadership, keep your Petrograd (Leningrad) base, and turn the party from the rich peasants (the line not on the Right).',
    conditions: [stalinStopped, seated('zinoviev'), leningradKept, noMoreConcessions],
    inHistory:
      'Zinoviev failed: he lost Leningrad in 1926, his Politburo seat the same year, and was expelled in 1927.',
  },
  kamenev: {
    summary:
      'Keep a collective leadership: stop Stalin, stay in the Politburo, and turn the party from the rich peasants (the line not on the Right).',
    conditions: [stalinStopped, seated('kamenev'), noMoreConcessions],
    inHistory: 'Kamenev failed: demoted in 1926, out of the Politburo, expelled in 1927.',
  },
  bukharin: {
    summary: 'Save the NEP: no forced collectivisation, the Right in office, Stalin not supreme.',
    conditions: [
      stalinStopped,
      nepAlive,
      {
        label: 'At least two of Bukharin, Rykov and Tomsky sit in the Politburo',
        test: { kind: 'group_in_politburo', members: ['bukharin', 'rykov', 'tomsky'], atLeast: 2 },
      },
    ],
    inHistory:
      'Bukharin failed: he was removed from the Politburo in November 1929, as the drive to collectivise began.',
  },
  rykov: {
    summary: 'Keep the NEP and stay head of the government, with Stalin not supreme.',
    conditions: [
      stalinStopped,
      nepAlive,
      {
        label: 'You (or a client) chair Sovnarkom',
        test: { kind: 'controls_post', who: 'rykov', post: 'sovnarkom' },
      },
    ],
    inHistory:
      'Rykov failed: he kept Sovnarkom until 1930, but only by accepting Stalin’s line in 1929.',
  },
  tomsky: {
    summary: 'Keep the trade unions independent and the NEP alive, with Stalin not supreme.',
    conditions: [
      stalinStopped,
      nepAlive,
      {
        label: 'You (or a client) lead the trade unions',
        test: { kind: 'controls_post', who: 'tomsky', post: 'trade_unions' },
      },
    ],
    inHistory: 'Tomsky failed: he lost the trade unions in 1929 and the Politburo in 1930.',
  },
};

/**
 * Aims for a scenario that stops before the end of 1929, where a seat's aim would ask for what
 * in the record came only after the end. Graded instead of AIMS for that seat.
 */
export const SCENARIO_AIMS: Readonly<Record<string, Partial<Record<ContenderId, Aim>>>> = {
  // The lesson stops in September 1927. The party line turned Left only from the winter of
  // 1927–28 (the 15th Congress's plan directives, the forced grain collections of 1928), so
  // Trotsky is not asked to have turned it by then: still in the leadership, with Stalin
  // stopped, is the Left's real success at that date.
  '1926-lesson': {
    trotsky: {
      summary:
        'Stop Stalin and still sit in the Politburo when the lesson ends in September 1927 (the party line is not graded here: in the record it turned Left only from the winter of 1927–28, after the lesson ends).',
      conditions: [stalinStopped, seated('trotsky')],
      inHistory:
        'Trotsky failed: he lost his Politburo seat in October 1926 and was given a final warning in the summer of 1927; he was expelled from the party in November 1927.',
    },
    // Zinoviev and Kamenev likewise: the line is not graded before it could have turned.
    zinoviev: {
      summary:
        'Stop Stalin, still sit in the Politburo and keep Leningrad when the lesson ends in September 1927 (the party line is not graded here: in the record it turned Left only from the winter of 1927\u201328).',
      conditions: [stalinStopped, seated('zinoviev'), leningradKept],
      inHistory:
        'Zinoviev failed: he had lost Leningrad in January 1926 and lost his Politburo seat in July 1926; he was expelled from the party in November 1927.',
    },
    kamenev: {
      summary:
        'Stop Stalin and still sit in the Politburo when the lesson ends in September 1927 (the party line is not graded here: in the record it turned Left only from the winter of 1927\u201328).',
      conditions: [stalinStopped, seated('kamenev')],
      inHistory:
        'Kamenev failed: demoted to a candidate of the Politburo in January 1926 and dropped from it in October 1926; he was expelled from the party in November 1927.',
    },
  },
};
