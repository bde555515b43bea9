// Opening a replay in the viewer: from a file (untrusted: checked in full first), or the game
// just finished. Every failure is one sentence for the page, naming the decision at fault.
import type { ScenarioData } from '../../content/types.ts';
import { formatError, parseJson } from '../../io/result.ts';
import { validateReplay, type ReplayFile, type ReplayNote } from '../../io/replay.ts';
import { Timeline } from './timeline.ts';

export type Opened =
  { ok: true; timeline: Timeline; title: string } | { ok: false; message: string };

const MAX_BYTES = 5_000_000;

/** Check a replay and keep its checkpoints; the file's own notes unless `notes` are given. */
export function openTimeline(
  scenario: ScenarioData,
  replay: ReplayFile,
  notes?: ReplayNote[] | null,
): Opened {
  const load = Timeline.load(
    scenario,
    replay,
    notes === undefined ? (replay.notes ?? null) : notes,
  );
  if (!load.ok)
    return {
      ok: false,
      message: `This replay cannot be watched: ${load.message}.`,
    };
  return {
    ok: true,
    timeline: load.timeline,
    title: `${scenario.title}, seed \u201c${replay.seed}\u201d`,
  };
}

/** Read a replay file chosen in the browser and check it. */
export async function openReplayFile(file: File, scenarios: ScenarioData[]): Promise<Opened> {
  if (file.size > MAX_BYTES)
    return {
      ok: false,
      message: `${file.name} is too large to be a replay (${Math.round(file.size / 1e6)} MB).`,
    };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `${file.name} could not be read.` };
  }
  const json = parseJson(file.name, text);
  if (!json.ok)
    return { ok: false, message: `This file cannot be loaded: ${formatError(json.error)}` };
  const replay = validateReplay(file.name, json.value);
  if (!replay.ok)
    return {
      ok: false,
      message: `This is not a replay the game understands: ${formatError(replay.error)}`,
    };
  const scenario = scenarios.find((s) => s.id === replay.value.scenario);
  if (!scenario)
    return {
      ok: false,
      message: `This replay needs the scenario \u201c${replay.value.scenario}\u201d. Load that scenario file first, then the replay.`,
    };
  return openTimeline(scenario, replay.value);
}
