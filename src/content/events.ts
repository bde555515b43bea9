// The historical event deck. Each event: the date in the record, a game window, conditions,
// choices with their effects, and a short "what really happened" note with its reference.
// Dates are checked against ../shared/sources/history_1922_1929.json.
// The deck is kept in date order (by month): events due in the same quarter are queued, and so
// resolved, in this order, so an event may depend on an earlier one with a 'fired' condition.
import { GRAIN_DECISION } from './grain-decision.ts';
import type { EventDef } from './types.ts';
import { DECK_1922_1923 } from './events/deck-1922-1923.ts';
import { DECK_1924_1925 } from './events/deck-1924-1925.ts';
import { DECK_1926_1927 } from './events/deck-1926-1927.ts';
import { DECK_1928_1929 } from './events/deck-1928-1929.ts';

export const EVENTS: readonly EventDef[] = [
  ...DECK_1922_1923,
  ...DECK_1924_1925,
  ...DECK_1926_1927,
  ...DECK_1928_1929,
];

export const EVENT_BY_ID: Readonly<Record<string, EventDef>> = Object.fromEntries(
  [...EVENTS, GRAIN_DECISION].map((e) => [e.id, e]),
);
