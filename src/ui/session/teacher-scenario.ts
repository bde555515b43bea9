// A teacher's scenario served beside the game (?scenarioUrl=./my-scenario.json): fetched from the
// game's own site only, checked like any scenario file, errors as values in the CLI's words.
import type { ScenarioData } from '../../content/types.ts';
import { fail, type Result } from '../../io/result.ts';
import { MAX_SCENARIO_CHARS, parseTeacherScenario } from '../../io/scenario.ts';
import { scenarioAddress } from './link.ts';

/** The file's name as the messages show it: the last part of its address. */
function fileName(raw: string): string {
  const name = raw.split(/[?#]/)[0].split('/').pop() || raw;
  return name.length > 60 ? `${name.slice(0, 60)}\u2026` : name;
}

export async function fetchTeacherScenario(
  raw: string,
  page: string,
): Promise<Result<ScenarioData>> {
  const file = fileName(raw);
  const where = scenarioAddress(raw, page);
  if ('problem' in where) return fail(file, '(address)', where.problem);
  let response: Response;
  try {
    // Same origin only, never credentials elsewhere; "no-cache" asks the server whether the
    // teacher has changed the file (offline, the service worker answers with the last copy).
    response = await fetch(where.url, { credentials: 'same-origin', cache: 'no-cache' });
  } catch {
    return fail(file, '(address)', 'could not be fetched: no network, and no copy saved offline');
  }
  if (new URL(response.url || where.url).origin !== new URL(page).origin)
    return fail(file, '(address)', 'was redirected to another site, so it was not read');
  if (!response.ok)
    return fail(file, '(address)', `could not be fetched (the server answered ${response.status})`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_SCENARIO_CHARS * 4)
    return fail(
      file,
      '(file)',
      `too large for a scenario (${length.toLocaleString('en-GB')} bytes)`,
    );
  const text = await response.text().catch(() => null);
  if (text === null) return fail(file, '(file)', 'could not be read');
  return parseTeacherScenario(file, text);
}
