// `heirs scenarios`, `heirs validate`, `heirs events`, `heirs inspect`.
import { builtinScenarios, validateScenario } from '../io/scenario.ts';
import { validateReplay } from '../io/replay.ts';
import { detectKind, validateSave } from '../io/save.ts';
import { parseJson } from '../io/result.ts';
import { partialListNote, postName, unmodelledCandidates } from '../content/people.ts';
import { historicalCalendar } from '../sim/history.ts';
import { runReplay } from '../machine/replay.ts';
import { quarterToYyyyMm } from '../sim/calendar.ts';
import { quarterOf } from '../sim/calendar.ts';
import { POSTS } from '../sim/ids.ts';
import { nameOf } from '../sim/query.ts';
import { parse } from './args.ts';
import { loadScenario, readText } from './files.ts';
import { type Io, InputError, unwrap } from './io.ts';

export function scenariosCommand(argv: string[], io: Io): number {
  const { values } = parse(argv, { json: { type: 'boolean' } });
  const list = builtinScenarios().map((s) => ({
    id: s.id,
    title: s.title,
    start: s.start,
    end: s.end,
    playable: s.playable,
    whatifs: s.whatifs.map((w) => ({ id: w.id, title: w.title, question: w.question })),
  }));
  if (values.json) {
    io.out(JSON.stringify(list, null, 2));
    return 0;
  }
  for (const s of list) {
    io.out(`${s.id.padEnd(24)} ${s.start} to ${s.end}  ${s.title}`);
    io.out(`${''.padEnd(24)} playable: ${s.playable.join(', ')}`);
    for (const w of s.whatifs) io.out(`${''.padEnd(24)} what-if ${w.id}: ${w.title}`);
  }
  return 0;
}

export function validateCommand(argv: string[], io: Io): number {
  const { positionals } = parse(argv, {}, 1);
  const file = positionals[0];
  if (!file)
    throw new InputError({
      file: '(arguments)',
      where: 'validate',
      what: 'name a file to check: heirs validate <file>',
    });
  const data = unwrap(parseJson(file, unwrap(readText(file))));
  const kind = detectKind(data);
  if (kind === 'scenario') {
    const s = unwrap(validateScenario(file, data));
    io.out(`${file}: a valid scenario '${s.id}' (${s.start} to ${s.end}).`);
  } else if (kind === 'replay') {
    const replay = unwrap(validateReplay(file, data));
    const scenario = unwrap(loadScenario(replay.scenario));
    const run = runReplay(scenario, replay);
    if (!run.ok) throw new InputError({ file, where: `actions[${run.index}]`, what: run.what });
    if (replay.finalStateHash && replay.finalStateHash !== run.hash) {
      throw new InputError({
        file,
        where: 'finalStateHash',
        what: `recorded ${replay.finalStateHash}, replaying gives ${run.hash}`,
      });
    }
    io.out(
      `${file}: a valid replay of '${replay.scenario}', seed '${replay.seed}', ${replay.actions.length} actions.`,
    );
  } else {
    const save = unwrap(validateSave(file, data));
    io.out(`${file}: a valid saved game of '${save.scenario}' (${save.label}).`);
  }
  return 0;
}

export function eventsCommand(argv: string[], io: Io): number {
  const { values } = parse(argv, { scenario: { type: 'string' }, json: { type: 'boolean' } });
  const scenario = unwrap(loadScenario(values.scenario ?? '1922-full'));
  const calendar = historicalCalendar(scenario);
  if (values.json) {
    io.out(JSON.stringify(calendar, null, 2));
    return 0;
  }
  for (const e of calendar) io.out(`${e.date.padEnd(10)} ${e.kind.padEnd(10)} ${e.title}`);
  return 0;
}

export function inspectCommand(argv: string[], io: Io): number {
  const { values } = parse(argv, { scenario: { type: 'string' }, json: { type: 'boolean' } });
  const scenario = unwrap(loadScenario(values.scenario ?? '1922-full'));
  const start = quarterOf(scenario.start);
  const result = {
    date: quarterToYyyyMm(start),
    posts: scenario.posts,
    politburo: scenario.politburo,
    // The game has no seat for some real candidates: say so rather than show a short list as whole.
    candidatesNotModelled: unmodelledCandidates(scenario.start),
  };
  if (values.json) {
    io.out(JSON.stringify(result, null, 2));
    return 0;
  }
  io.out(`${scenario.title} \u2014 start ${result.date}`);
  for (const p of POSTS) {
    const holder = scenario.posts[p];
    io.out(`  ${postName(p, start).padEnd(28)} ${holder ? nameOf(holder) : '(vacant)'}`);
  }
  io.out(`  Politburo: ${scenario.politburo.full.map(nameOf).join(', ')}`);
  const partial = partialListNote(scenario.start);
  io.out(
    `  Candidates: ${scenario.politburo.candidates.map(nameOf).join(', ')}${partial ? ` ${partial}` : ''}`,
  );
  return 0;
}
