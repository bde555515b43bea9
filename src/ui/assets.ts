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

export interface Art {
  key: string;
  url: string;
}

export const ART: readonly Art[] = [
  { key: 'emblem', url: EMBLEM_URL },
  ...(Object.keys(PORTRAIT_URL) as ContenderId[]).map((id) => ({
    key: portraitKey(id),
    url: PORTRAIT_URL[id],
  })),
  { key: 'poster', url: POSTER_URL },
];

const loading = new Map<string, Promise<HTMLImageElement>>();

/**
 * Start decoding every picture now (main.ts calls this before Phaser boots, so the downloads
 * overlap Phaser's start-up). Returns one promise per picture, in ART's order.
 */
export function loadArt(): Promise<HTMLImageElement>[] {
  return ART.map((a) => {
    let p = loading.get(a.key);
    if (!p) {
      p = new Promise<HTMLImageElement>((resolve, reject) => {
        const img = new Image();
        img.onload = () => resolve(img);
        img.onerror = () => reject(new Error(`could not load ${a.url}`));
        img.src = a.url;
      });
      loading.set(a.key, p);
    }
    return p;
  });
}
