// Loading a file from the title screen: a save (play on), a replay (see its report or take it
// over from a chosen quarter) or a scenario. A bad file gives one clear message; nothing is lost.
import type { ScenarioData } from '../../content/types.ts';
import { formatError, parseJson } from '../../io/result.ts';
import { detectKind, validateSave } from '../../io/save.ts';
import { validateReplay, type ReplayFile } from '../../io/replay.ts';
import { parseTeacherScenario } from '../../io/scenario.ts';
import { CONTENDER_INFO } from '../../content/people.ts';
import { quarterLabel } from '../../sim/calendar.ts';
import type { Replay } from '../../sim/replay.ts';
import { runReplay } from '../../machine/replay.ts';
import { h } from '../dom.ts';
import { planInWorkers } from '../adviser/workers.ts';
import { Session, takeOverPoints } from '../session/session.ts';
import { button, openDialog, type OpenDialog } from './dialog.ts';
import type { FinishedGame } from './report-data.ts';

export interface FileHost {
  scenarios: () => ScenarioData[];
  say: (text: string, kind: 'ok' | 'error' | 'info') => void;
  addScenario: (s: ScenarioData) => void;
  play: (session: Session, slotSeed: string) => void;
  report: (finished: FinishedGame, scenario: ScenarioData) => void;
  /** Open the replay in the viewer. */
  watch?: (replay: Replay, scenario: ScenarioData) => void;
}

const MAX_BYTES = 5_000_000;

export async function loadGameFile(file: File, host: FileHost): Promise<void> {
  if (file.size > MAX_BYTES) {
    host.say(
      `${file.name} is too large to be a game file (${Math.round(file.size / 1e6)} MB).`,
      'error',
    );
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    host.say(`${file.name} could not be read.`, 'error');
    return;
  }
  const json = parseJson(file.name, text);
  if (!json.ok) {
    host.say(`This file cannot be loaded: ${formatError(json.error)}`, 'error');
    return;
  }
  const kind = detectKind(json.value);
  if (kind === 'save') {
    const save = validateSave(file.name, json.value);
    if (!save.ok)
      return host.say(`This save file cannot be loaded: ${formatError(save.error)}`, 'error');
    try {
      const session = Session.fromSave(save.value, planInWorkers);
      host.play(session, session.context.game.seed);
    } catch (e) {
      host.say(
        `This save file cannot be loaded: ${e instanceof Error ? e.message : String(e)}.`,
        'error',
      );
    }
    return;
  }
  if (kind === 'replay') {
    const replay = validateReplay(file.name, json.value);
    if (!replay.ok)
      return host.say(`This replay cannot be loaded: ${formatError(replay.error)}`, 'error');
    const scenario = host.scenarios().find((s) => s.id === replay.value.scenario);
    if (!scenario) {
      host.say(
        `This replay needs the scenario \u201c${replay.value.scenario}\u201d. Load that scenario file first, then the replay.`,
        'error',
      );
      return;
    }
    openReplayDialog(replay.value, scenario, host);
    return;
  }
  // Anything else is read as a teacher's scenario: untrusted, so checked for size and depth too.
  const scenario = parseTeacherScenario(file.name, text);
  if (!scenario.ok)
    return host.say(
      `This file cannot be loaded as a scenario: ${formatError(scenario.error)}`,
      'error',
    );
  host.addScenario(scenario.value);
  host.say(`Scenario loaded: ${scenario.value.title}. Choose your contender and begin.`, 'ok');
}

function openReplayDialog(replay: ReplayFile, scenario: ScenarioData, host: FileHost): void {
  const outcome = runReplay(scenario, replay);
  const faction = replay.options.faction;
  const who = faction ? CONTENDER_INFO[faction].name : 'AI only';
  const rows: Node[] = [
    h(
      'p',
      null,
      `${scenario.title} \u00b7 seed \u201c${replay.seed}\u201d \u00b7 played as ${who}${replay.student ? ` by ${replay.student}` : ''} \u00b7 ${replay.actions.length} recorded decisions.`,
    ),
  ];
  if (!outcome.ok) {
    rows.push(
      h(
        'div',
        { class: 'message error', role: 'alert' },
        `The replay stops making sense at decision ${outcome.index + 1}: ${outcome.what}. It may come from another version of the game.`,
      ),
    );
  } else if (replay.finalStateHash && replay.finalStateHash !== outcome.hash) {
    rows.push(
      h(
        'div',
        { class: 'message error', role: 'alert' },
        'The replay runs, but ends in a different state from the one recorded (the rules have changed since).',
      ),
    );
  } else {
    rows.push(
      h(
        'div',
        { class: 'message ok' },
        replay.finalStateHash
          ? 'Checked: the replay reproduces the recorded game exactly.'
          : 'The replay runs.',
      ),
    );
  }
  const points = outcome.ok ? takeOverPoints(scenario, replay) : [];
  const select = h(
    'select',
    { id: 'takeover-quarter' },
    ...points.map((p) =>
      h(
        'option',
        { value: String(p.index) },
        quarterLabel(scenario ? quarterOfStart(scenario) + p.turn : p.turn),
      ),
    ),
  );
  let dialog: OpenDialog | null = null;
  const actions: HTMLButtonElement[] = [];
  if (outcome.ok && outcome.state.phase === 'over') {
    actions.push(
      button(
        'Show the final report',
        () => {
          dialog?.close();
          host.report(
            {
              game: outcome.state,
              actions: replay.actions,
              human: faction,
              student: replay.student ?? '',
            },
            scenario,
          );
        },
        { primary: true },
      ),
    );
  }
  const watch = host.watch;
  if (outcome.ok && watch)
    actions.push(
      button('Watch it', () => {
        dialog?.close();
        watch(replay, scenario);
      }),
    );
  if (points.length > 0 && faction) {
    rows.push(
      h(
        'p',
        null,
        h('label', { for: 'takeover-quarter' }, `Take over as ${who} from the start of: `),
        select,
      ),
    );
    actions.push(
      button('Play on from there', () => {
        const upTo = Number(select.value);
        try {
          const session = Session.fromReplay(
            scenario,
            replay,
            upTo,
            replay.options.faction,
            undefined,
            planInWorkers,
          );
          dialog?.close();
          host.play(session, replay.seed);
        } catch (e) {
          host.say(
            `Cannot take over there: ${e instanceof Error ? e.message : String(e)}.`,
            'error',
          );
        }
      }),
    );
  }
  dialog = openDialog({ title: 'A replay', kicker: 'Loaded file', body: rows, actions });
}

function quarterOfStart(s: ScenarioData): number {
  const year = Number(s.start.slice(0, 4));
  const month = Number(s.start.slice(5, 7));
  return year * 4 + Math.floor((month - 1) / 3);
}
