// Stable ids of everything the rules refer to. Types come from the data, so adding an id here
// is the one place a new contender, post or region is declared.

export const CONTENDERS = [
  'stalin',
  'trotsky',
  'zinoviev',
  'kamenev',
  'bukharin',
  'rykov',
  'tomsky',
] as const;
export type ContenderId = (typeof CONTENDERS)[number];

/** Secondary figures: they hold posts and Politburo seats and vote, but are not played. */
export const FIGURES = [
  'lenin',
  'molotov',
  'kalinin',
  'voroshilov',
  'rudzutak',
  'kuibyshev',
  'dzerzhinsky',
  'frunze',
  'sokolnikov',
  'kirov',
  'uglanov',
  'ordzhonikidze',
  'mikoyan',
  'kaganovich',
  'yevdokimov',
  'tsiurupa',
  'krupskaya',
] as const;
export type FigureId = (typeof FIGURES)[number];

export type PersonId = ContenderId | FigureId;

export const POSTS = [
  'general_secretary',
  'orgburo',
  'rabkrin',
  'war_commissar',
  'leningrad_party',
  'moscow_party',
  'pravda',
  'comintern',
  'sovnarkom',
  'trade_unions',
] as const;
export type PostId = (typeof POSTS)[number];

export const REGIONS = [
  'moscow',
  'leningrad',
  'ukraine',
  'urals',
  'siberia',
  'volga',
  'black_earth',
  'transcaucasia',
  'central_asia',
  'red_army',
] as const;
export type RegionId = (typeof REGIONS)[number];

export const FATES = [
  'supreme',
  'collective',
  'survived',
  'sidelined',
  'expelled',
  'exiled',
  'dead',
] as const;
export type Fate = (typeof FATES)[number];

export const DIFFICULTIES = ['easy', 'historical', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

const CONTENDER_SET: ReadonlySet<string> = new Set(CONTENDERS);
const FIGURE_SET: ReadonlySet<string> = new Set(FIGURES);

export function isContender(id: string): id is ContenderId {
  return CONTENDER_SET.has(id);
}
export function isFigure(id: string): id is FigureId {
  return FIGURE_SET.has(id);
}
export function isPerson(id: string): id is PersonId {
  return isContender(id) || isFigure(id);
}
