// The event phase: which events fire this quarter, who must answer, and what the answers do.
import { EVENT_BY_ID, EVENTS } from '../content/events.ts';
import { GRAIN_DECISION } from '../content/grain-decision.ts';
import type { EventChoice, EventDef, EventOption } from '../content/types.ts';
import { SHORTFALL_FLAG } from './economy.ts';
import { currentQuarter, quarterOf } from './calendar.ts';
import { applyEffects, checkAll, resolveTarget } from './effects.ts';
import { CONTENDERS, isContender, type ContenderId, type FigureId, type PersonId } from './ids.ts';
import { addLog, appendRecord, nextId } from './mutate.ts';
import { canAct, nameOf } from './query.ts';
import { chance } from './rng.ts';
import type { GameState, PendingEvent } from './types.ts';
import { sympathyOf } from './waverers.ts';

/** The form an event takes now: its usual form, or the adapted one when the game has diverged. */
export function eventForm(def: EventDef, adapted: boolean) {
  if (adapted && def.adapted) {
    return {
      text: def.adapted.text,
      effects: def.adapted.effects,
      choices: def.adapted.choices ?? [],
    };
  }
  return { text: def.text, effects: def.effects ?? [], choices: def.choices ?? [] };
}

function answerersOf(state: GameState, choice: EventChoice): ContenderId[] {
  if (choice.who === 'politburo') {
    return CONTENDERS.filter((c) => state.politburo.full.includes(c) && canAct(state, c));
  }
  const who = choice.who.startsWith('holder:')
    ? resolveTarget(state, choice.who, null)
    : choice.who;
  return who && isContender(who) && canAct(state, who) ? [who] : [];
}

/** Each event's window in quarters, worked out once from the deck's dates (a constant table). */
const WINDOWS = EVENTS.map((def) => ({
  from: quarterOf(def.window.from),
  to: quarterOf(def.window.to),
}));

/**
 * Which form of an event the game calls for now: true for the adapted form (the game has
 * diverged the way it names), false for the usual one, null when neither's conditions hold.
 */
function formThatApplies(state: GameState, def: EventDef): boolean | null {
  if (def.adapted !== undefined && checkAll(state, def.adapted.when)) return true;
  return checkAll(state, def.conditions) ? false : null;
}

/**
 * The one tie rule of a Politburo vote on an event, given the answers tied for the most votes
 * (in list order): a proposal needs a majority, so the course the event names for a tie
 * stands if it is among them; otherwise the first listed.
 */
function standsOnTie(choice: EventChoice, tied: EventOption[]): EventOption {
  return tied.find((o) => o.id === choice.ifTied) ?? tied[0];
}

/**
 * The answer that stands when a Politburo vote on `choice` splits evenly between two answers
 * (standsOnTie). Null for three or more answers with none named for a tie, where it depends on
 * which two tie. A query: the words the player reads use it.
 */
export function optionOnTie(choice: EventChoice): EventOption | null {
  if (choice.ifTied === undefined && choice.options.length !== 2) return null;
  return standsOnTie(choice, choice.options);
}

/** A Politburo vote the calendar brings in a coming quarter, as the game stands now. */
export interface PolitburoVoteDue {
  event: EventDef;
  choice: EventChoice;
  /** False when the event fires only by chance in that quarter. */
  certain: boolean;
}

/**
 * The events that would put a question to the Politburo in `quarter` if the game stood then as
 * it stands now: not yet fired or skipped, their window open then, their conditions met (in
 * their usual or adapted form). A query: it reads the state and changes nothing.
 */
export function politburoVotesDue(state: GameState, quarter: number): PolitburoVoteDue[] {
  const out: PolitburoVoteDue[] = [];
  for (let i = 0; i < EVENTS.length; i++) {
    const def = EVENTS[i];
    if (state.eventStatus[def.id] || quarter < WINDOWS[i].from || quarter > WINDOWS[i].to) continue;
    const adapted = formThatApplies(state, def);
    if (adapted === null) continue;
    const choice = eventForm(def, adapted).choices.find((c) => c.who === 'politburo');
    if (!choice) continue;
    const certain = (def.chance ?? 1) >= 1 || quarter === WINDOWS[i].to;
    out.push({ event: def, choice, certain });
  }
  return out;
}

/** At the start of a quarter: queue every event whose window and conditions say it fires now. */
export function queueEvents(state: GameState): void {
  const now = currentQuarter(state);
  if (state.flags.includes(SHORTFALL_FLAG)) {
    // The autumn's shortfall forces the Politburo to choose a grain policy now.
    state.flags = state.flags.filter((f) => f !== SHORTFALL_FLAG);
    pushPending(state, GRAIN_DECISION);
  }
  for (let i = 0; i < EVENTS.length; i++) {
    const def = EVENTS[i];
    if (state.eventStatus[def.id]) continue;
    const { from, to } = WINDOWS[i];
    if (now < from) continue;
    if (now > to) {
      state.eventStatus[def.id] = 'skipped';
      continue;
    }
    // Conditions are read when the event reaches the head of the queue (activate), so that
    // earlier events of the same quarter count.
    const p = def.chance ?? 1;
    if (p < 1 && now < to && !chance(state, p)) continue;
    pushPending(state, def);
  }
}

function pushPending(state: GameState, def: EventDef): void {
  state.eventStatus[def.id] = 'queued';
  state.pendingEvents.push({
    id: def.id,
    active: false,
    awaiting: [],
    answers: {},
    adapted: false,
  });
}

function skip(state: GameState, def: EventDef): void {
  state.eventStatus[def.id] = 'skipped';
  if (def.skippedBecause) {
    addLog(state, {
      kind: 'event',
      text: `${def.title} does not happen: ${def.skippedBecause}`,
      cause: `event:${def.id}`,
      outcome: { what: 'event', event: def.id, happened: false },
    });
  }
}

/**
 * The event at the head of the queue: read its conditions again, choose its form and fix who
 * must answer. Returns false (and drops it) if the quarter's earlier events ruled it out.
 */
function activate(state: GameState, pending: PendingEvent): boolean {
  const def = EVENT_BY_ID[pending.id];
  if (def.id !== GRAIN_DECISION.id) {
    const adapted = formThatApplies(state, def);
    if (adapted === null) {
      // Not yet: it may come in a later quarter of its window; at the window's end, never.
      if (currentQuarter(state) >= quarterOf(def.window.to)) skip(state, def);
      else delete state.eventStatus[def.id];
      return false;
    }
    pending.adapted = adapted;
  }
  const awaiting: ContenderId[] = [];
  for (const choice of eventForm(def, pending.adapted).choices) {
    for (const c of answerersOf(state, choice)) if (!awaiting.includes(c)) awaiting.push(c);
  }
  pending.awaiting = awaiting;
  pending.active = true;
  return true;
}

/** Contenders the active event still waits for: asked, able to act, and still entitled to answer. */
export function waitingOn(state: GameState, pending: PendingEvent): ContenderId[] {
  if (!pending.active) return [];
  return pending.awaiting.filter(
    (c) => !pending.answers[c] && canAct(state, c) && optionsFor(state, pending, c).length > 0,
  );
}

/** The options a contender may choose in a pending event (from every choice that names them). */
export function optionsFor(
  state: GameState,
  pending: PendingEvent,
  contender: ContenderId,
): EventOption[] {
  return choiceFor(state, pending, contender)?.options ?? [];
}

/** The question a pending event puts to this contender, if it asks him one. */
export function choiceFor(
  state: GameState,
  pending: PendingEvent,
  contender: ContenderId,
): EventChoice | null {
  const def = EVENT_BY_ID[pending.id];
  const form = eventForm(def, pending.adapted);
  return form.choices.find((ch) => answerersOf(state, ch).includes(contender)) ?? null;
}

function historicalOption(choice: EventChoice): EventOption {
  return choice.options.find((o) => o.historical) ?? choice.options[0];
}

/** All answers are in (or nobody had to answer): apply the event. */
export function resolveEvent(state: GameState, pending: PendingEvent): void {
  const def = EVENT_BY_ID[pending.id];
  const form = eventForm(def, pending.adapted);
  const cause = `event:${def.id}`;
  state.eventStatus[def.id] = 'fired';
  addLog(state, {
    kind: 'event',
    text: `${def.title}. ${form.text}`,
    cause,
    outcome: { what: 'event', event: def.id, happened: true },
  });
  applyEffects(state, form.effects, null, cause);
  for (const choice of form.choices) {
    const answerers = answerersOf(state, choice).filter((c) => pending.awaiting.includes(c));
    if (choice.who === 'politburo') {
      resolvePolitburoChoice(state, def, choice, pending, answerers);
      continue;
    }
    const chooser = answerers[0] ?? null;
    const option =
      (chooser && choice.options.find((o) => o.id === pending.answers[chooser])) ??
      historicalOption(choice);
    const who = chooser ? nameOf(chooser) : 'The party';
    addLog(state, {
      kind: 'event',
      text: `${who}: ${option.label}.`,
      actor: chooser ?? undefined,
      cause,
      outcome: {
        what: 'event_answer',
        event: def.id,
        option: option.id,
        contenders: chooser ? [chooser] : [],
      },
    });
    applyEffects(state, option.effects, chooser, cause);
  }
}

function resolvePolitburoChoice(
  state: GameState,
  def: EventDef,
  choice: EventChoice,
  pending: PendingEvent,
  answerers: ContenderId[],
): void {
  const tally = new Map<string, number>();
  const ballots: GameState['votes'][number]['ballots'] = [];
  // Each figure in the Politburo votes with the answering contender he follows: the leader
  // who has won him over if that man answers, otherwise his patron.
  const followed = (p: PersonId): ContenderId | null => {
    if (isContender(p) || state.figures[p].incapacitated || !state.figures[p].alive) return null;
    const sympathy = sympathyOf(state, p);
    if (sympathy && answerers.includes(sympathy)) return sympathy;
    const patron = state.figures[p].patron;
    return patron && answerers.includes(patron) ? patron : null;
  };
  for (const c of answerers) {
    const answer = pending.answers[c] ?? historicalOption(choice).id;
    const clients = state.politburo.full.filter((p) => followed(p) === c);
    tally.set(answer, (tally.get(answer) ?? 0) + 1 + clients.length);
    const label = choice.options.find((o) => o.id === answer)?.label ?? answer;
    // One ballot each: the listed ballots add up to the count on record.
    ballots.push({
      voter: c,
      choice: 'yes',
      option: answer,
      weight: 1,
      reason: `for \u201c${label}\u201d`,
    });
    for (const f of clients) {
      ballots.push({
        voter: f,
        choice: 'yes',
        option: answer,
        weight: 1,
        reason:
          state.figures[f as FigureId].patron === c
            ? `follows ${nameOf(c)}`
            : `sides with ${nameOf(c)} against his patron`,
      });
    }
  }
  const best = Math.max(...choice.options.map((o) => tally.get(o.id) ?? 0));
  // When the Politburo splits evenly, the tie rule decides (the removal fails, the call is not
  // backed); with one answer ahead, it is the only one "tied" for the most votes.
  const tied = choice.options.filter((o) => (tally.get(o.id) ?? 0) === best);
  const winner = standsOnTie(choice, tied);
  // The chronicle says when a split left a proposal without a majority.
  const standing = tied.length > 1 && winner.id === choice.ifTied;
  const id = nextId(state);
  appendRecord(state.votes, {
    id,
    turn: state.turn,
    body: 'politburo',
    title: `${def.title}: ${winner.label}`,
    proposer: null,
    spec: {
      kind: 'event_choice',
      event: def.id,
      option: winner.id,
      tally: Object.fromEntries(tally),
    },
    ballots,
    // Yes: the winning option's votes; no: every other option's.
    yes: best,
    no: [...tally.values()].reduce((a, b) => a + b, 0) - best,
    passed: true,
  });
  addLog(state, {
    kind: 'vote',
    text: standing
      ? `The Politburo is split, ${best}\u2013${best}: without a majority for the proposal, this stands: ${winner.label}.`
      : `The Politburo decides: ${winner.label} (${best} votes).`,
    cause: `vote:${id}`,
    outcome: { what: 'event_vote', vote: id, event: def.id, option: winner.id },
  });
  applyEffects(state, winner.effects, null, `event:${def.id}`);
}

export function answerEvent(
  state: GameState,
  actor: ContenderId,
  eventId: string,
  choiceId: string,
): void {
  const pending = state.pendingEvents.find((e) => e.id === eventId);
  if (!pending) return;
  pending.answers[actor] = choiceId;
}

/** Apply, in order, every pending event whose answers are all in. Stops at the first still open. */
export function resolveReadyEvents(state: GameState): void {
  while (state.pendingEvents.length > 0) {
    const head = state.pendingEvents[0];
    if (!head.active && !activate(state, head)) {
      state.pendingEvents.shift();
      continue;
    }
    if (waitingOn(state, head).length > 0) return;
    state.pendingEvents.shift();
    resolveEvent(state, head);
  }
}
