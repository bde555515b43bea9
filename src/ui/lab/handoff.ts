// Watching a lab game in the replay viewer: the lab page leaves the game's replay in local
// storage under a one-time key and opens the game page with `#lab-watch=<key>` in a new tab
// (the lab's results stay where they were). The game page takes it once and checks it in full
// like any replay file: it is treated as untrusted text.
import type { Replay } from '../../sim/replay.ts';

const PREFIX = 'heirs-of-lenin:lab-watch:';
const HASH = /^#lab-watch=([a-z0-9]{6,20})$/;

/** Open a tab now (while the click still counts as the user's), to be pointed at the viewer. */
export function openViewerTab(): Window | null {
  return window.open('about:blank', '_blank');
}

export function sendToViewer(tab: Window | null, replay: Replay): boolean {
  const key = Math.random().toString(36).slice(2, 12);
  // Earlier hand-offs never opened (a closed tab) are not kept.
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i);
    if (k?.startsWith(PREFIX)) localStorage.removeItem(k);
  }
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(replay));
  } catch {
    tab?.close();
    return false;
  }
  const url = new URL(`./#lab-watch=${key}`, location.href).href;
  if (tab && !tab.closed) tab.location.href = url;
  else location.href = url;
  return true;
}

/** On the game page: the replay a lab page left for it, as a file to check, or null. */
export function takeLabReplay(): File | null {
  const match = HASH.exec(location.hash);
  if (!match) return null;
  history.replaceState(null, '', location.pathname + location.search);
  const text = localStorage.getItem(PREFIX + match[1]);
  localStorage.removeItem(PREFIX + match[1]);
  return text ? new File([text], 'a game from the what-if lab.json') : null;
}
