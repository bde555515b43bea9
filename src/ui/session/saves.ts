// Autosaves in localStorage: one slot per game, a versioned key, the SaveFile format of
// src/io/save.ts. A save that cannot be read is reported and kept, never silently deleted.
import { parseSave, type SaveFile } from '../../io/save.ts';
import { formatError } from '../../io/result.ts';
import { hashString } from '../../sim/hash.ts';

const PREFIX = 'heirs-of-lenin:save:';
export const SAVE_VERSION = 'v1';
const MAX_SLOTS = 6;

export type SavedGame =
  | { ok: true; key: string; save: SaveFile }
  | { ok: false; key: string; problem: string; raw: string };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Every saved game, newest first; damaged and old ones with a reason. */
export function listSaves(): SavedGame[] {
  const store = storage();
  if (!store) return [];
  const out: SavedGame[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key || !key.startsWith(PREFIX)) continue;
    const raw = store.getItem(key) ?? '';
    if (!key.startsWith(`${PREFIX}${SAVE_VERSION}:`)) {
      out.push({
        ok: false,
        key,
        raw,
        problem:
          'It was saved by an older version of the game, which this version cannot continue.',
      });
      continue;
    }
    const parsed = parseSave('saved game', raw);
    if (parsed.ok) out.push({ ok: true, key, save: parsed.value });
    else
      out.push({ ok: false, key, raw, problem: `It is damaged (${formatError(parsed.error)}).` });
  }
  return out.sort((a, b) => savedAt(b).localeCompare(savedAt(a)));
}

function savedAt(s: SavedGame): string {
  return s.ok ? s.save.savedAt : '';
}

export function newSlotKey(seed: string, now: Date = new Date()): string {
  const safe = seed.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'game';
  return `${PREFIX}${SAVE_VERSION}:${now.getTime().toString(36)}-${safe}`;
}

/**
 * The one slot a class link's game lives in (its scenario, seed, seat, difficulty and switches):
 * opening the link again continues that game instead of starting another beside it.
 */
export function linkSlotKey(setup: {
  scenario: string;
  seed: string;
  faction: string;
  difficulty: string;
  whatifs: readonly string[];
}): string {
  const what = [
    setup.scenario,
    setup.seed,
    setup.faction,
    setup.difficulty,
    [...setup.whatifs].sort(),
  ];
  return `${PREFIX}${SAVE_VERSION}:link-${hashString(JSON.stringify(what)).slice(0, 16)}`;
}

/** A readable save at this key, or null. */
export function readSaveAt(key: string): SaveFile | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  const parsed = parseSave('saved game', raw);
  return parsed.ok ? parsed.value : null;
}

/**
 * Write a save; on a full storage, make room by dropping the oldest good saves (never damaged
 * ones). `prune` (when a new game takes a slot) also keeps the number of good saves bounded;
 * it reads every save, so it is not done on every move.
 */
export function writeSave(key: string, save: SaveFile, prune = false): string | null {
  const store = storage();
  if (!store) return 'This browser does not allow saving (storage is switched off).';
  const text = JSON.stringify(save);
  for (let attempt = 0; attempt < MAX_SLOTS; attempt++) {
    try {
      store.setItem(key, text);
      if (prune) pruneOld(store, key);
      return null;
    } catch {
      const oldest = listSaves()
        .filter((s): s is Extract<SavedGame, { ok: true }> => s.ok && s.key !== key)
        .pop();
      if (!oldest) break;
      store.removeItem(oldest.key);
    }
  }
  return 'The browser\u2019s storage is full: this turn could not be autosaved. Download a save file from the menu to keep it.';
}

function pruneOld(store: Storage, keep: string): void {
  const good = listSaves().filter((s) => s.ok);
  for (const s of good.slice(MAX_SLOTS)) if (s.key !== keep) store.removeItem(s.key);
}

export function deleteSave(key: string): void {
  storage()?.removeItem(key);
}

export function readRaw(key: string): string | null {
  return storage()?.getItem(key) ?? null;
}
