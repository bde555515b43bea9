// Player settings, kept in localStorage. Animation speed scales every tween on the board.
export type AnimSpeed = 'slow' | 'normal' | 'fast' | 'off';

export interface Settings {
  animSpeed: AnimSpeed;
}

const KEY = 'heirs-of-lenin:settings:v1';

export const SPEED_LABELS: Record<AnimSpeed, string> = {
  slow: 'Slow',
  normal: 'Normal',
  fast: 'Fast',
  off: 'Off (no animation)',
};

/** Multiplier for tween durations; 0 means "jump to the end". */
export function speedFactor(speed: AnimSpeed): number {
  return { slow: 1.8, normal: 1, fast: 0.45, off: 0 }[speed];
}

function defaults(): Settings {
  const reduced =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { animSpeed: reduced ? 'off' : 'normal' };
}

export function loadSettings(): Settings {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return defaults();
    const data = JSON.parse(raw) as Partial<Settings>;
    const speed = data.animSpeed;
    if (speed === 'slow' || speed === 'normal' || speed === 'fast' || speed === 'off') {
      return { animSpeed: speed };
    }
  } catch {
    // unreadable settings are not worth a message: fall back to the defaults
  }
  return defaults();
}

export function saveSettings(settings: Settings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // storage full or disabled: settings last for this visit only
  }
}
