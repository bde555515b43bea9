// The historical event deck. Each event: the date in the record, a game window, conditions,
// choices with their effects, and a short "what really happened" note with its reference.
// Dates are checked against ../shared/sources/history_1922_1929.json.
import { GRAIN_DECISION } from './grain-decision.ts';
import type { EventDef } from './types.ts';
import { DECK_1922_1923 } from './events/deck-1922-1923.ts';

export const EVENTS: readonly EventDef[] = [...DECK_1922_1923];

export const EVENT_BY_ID: Readonly<Record<string, EventDef>> = Object.fromEntries(
  [...EVENTS, GRAIN_DECISION].map((e) => [e.id, e]),
);
