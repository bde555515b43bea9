// Colours and short labels of the board. Colour is never the only signal: every contender also
// has a two-letter mark, and regions show counts as well as colours.
import { CONTENDER_INFO } from '../../content/people.ts';
import type { ContenderId, FigureId, PostId } from '../../sim/ids.ts';
import type { Status } from '../../sim/types.ts';

export const INK = '#1b1b1b';
export const PAPER = '#efe4cc';
export const PAPER_DARK = '#dccfae';
export const RED = '#b3201c';
export const MUTED = '#6d6457';

export const MARK: Record<ContenderId, string> = {
  stalin: 'St',
  trotsky: 'Tr',
  zinoviev: 'Zi',
  kamenev: 'Ka',
  bukharin: 'Bu',
  rykov: 'Ry',
  tomsky: 'To',
};

export function colourOf(id: ContenderId): string {
  return CONTENDER_INFO[id].colour;
}

export function hexToInt(hex: string): number {
  return parseInt(hex.replace('#', ''), 16);
}

/** Black or white text, whichever reads better on a background colour. */
export function textOn(hex: string): string {
  const n = hexToInt(hex);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? INK : '#ffffff';
}

export const POST_SHORT: Record<PostId, string> = {
  general_secretary: 'General Secretary',
  orgburo: 'Orgburo',
  rabkrin: 'Rabkrin',
  war_commissar: 'War Commissar',
  leningrad_party: 'Leningrad boss',
  moscow_party: 'Moscow boss',
  pravda: 'Pravda',
  comintern: 'Comintern',
  sovnarkom: 'Sovnarkom',
  trade_unions: 'Trade unions',
};

/** Two-letter marks for the secondary figures, distinct from the contenders' marks. */
export const FIGURE_MARK: Record<FigureId, string> = {
  lenin: 'Le',
  molotov: 'Mo',
  kalinin: 'Kl',
  voroshilov: 'Vo',
  rudzutak: 'Rd',
  kuibyshev: 'Ku',
  dzerzhinsky: 'Dz',
  frunze: 'Fr',
  sokolnikov: 'So',
  kirov: 'Ki',
  uglanov: 'Ug',
  ordzhonikidze: 'Or',
  mikoyan: 'Mi',
  kaganovich: 'Kg',
  yevdokimov: 'Ye',
  tsiurupa: 'Ts',
  krupskaya: 'Kr',
};

export const STATUS_LABEL: Record<Status, string> = {
  active: 'In the Central Committee',
  removed: 'Removed from his posts',
  expelled: 'Expelled from the party',
  exiled: 'In exile',
  dead: 'Dead',
};
