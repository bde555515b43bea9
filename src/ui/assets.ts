// URLs of the game's own art (assets/, drawn for this game). Vite fingerprints and copies them.
import type { ContenderId } from '../sim/ids.ts';
import poster from '../../assets/poster.svg?url';
import emblem from '../../assets/emblem.svg?url';
import stalin from '../../assets/portraits/stalin.svg?url';
import trotsky from '../../assets/portraits/trotsky.svg?url';
import zinoviev from '../../assets/portraits/zinoviev.svg?url';
import kamenev from '../../assets/portraits/kamenev.svg?url';
import bukharin from '../../assets/portraits/bukharin.svg?url';
import rykov from '../../assets/portraits/rykov.svg?url';
import tomsky from '../../assets/portraits/tomsky.svg?url';

export const POSTER_URL = poster;
export const EMBLEM_URL = emblem;

export const PORTRAIT_URL: Record<ContenderId, string> = {
  stalin,
  trotsky,
  zinoviev,
  kamenev,
  bukharin,
  rykov,
  tomsky,
};

export function portraitKey(id: ContenderId): string {
  return `portrait-${id}`;
}
