// The what-if lab page (lab.html): set up one or two batches, run them in Web Workers (one per
// core) with a progress bar and a cancel button, then read the results as charts and tables,
// compare the two setups, export them, and replay any single game.
import '../styles.css';
import './lab.css';
import type { LabTable } from '../../lab/batch.ts';
import { mergeTables, recordOf } from '../../lab/lab-game.ts';
import { builtinScenarios } from '../../io/scenario.ts';
import { byId, download, h, replaceChildren } from '../dom.ts';
import { fateChart, shareChart } from './charts.ts';
import { resultsCsv, resultsJson, type RunFacts } from './export.ts';
import { LabForm } from './form.ts';
import { gamesSection } from './games.ts';
import { fateGroups, firstToFallRows, winnerRows, type ArmResult } from './model.ts';
import { LivePreview } from './live.ts';
import { LabPool, workerCount } from './pool.ts';
import { armLabel, setupFromLink, specsOf } from './setup.ts';
import { fateTable, howToRead, shareTable } from './tables.ts';

type LabState = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

const scenarios = builtinScenarios();
const { setup, problems } = setupFromLink(location.search, scenarios);
const root = byId('lab');
const live = byId('live');
const messages = h('div', { class: 'lab-messages' });
const form = new LabForm(scenarios, setup, () => start());
const runButton = h(
  'button',
  { type: 'button', class: 'primary', onclick: () => start() },
  'Run the games',
);
const cancelButton = h(
  'button',
  { type: 'button', disabled: true, onclick: () => cancel() },
  'Cancel',
);
const bar = h('progress', { max: 1, value: 0, 'aria-label': 'Games played' });
const progressText = h('span', { class: 'lab-progress-text' }, 'Not started.');
const results = h('div', { class: 'lab-results' });
let pool: LabPool | null = null;
let run: { total: number; done: number; started: number; workers: number } | null = null;
let liveNow: LivePreview | null = null;

function setState(state: LabState): void {
  document.body.dataset.labState = state;
  const running = state === 'running';
  form.locked = running;
  runButton.disabled = running;
  cancelButton.disabled = !running;
}

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  replaceChildren(
    messages,
    text
      ? h('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : null }, text)
      : null,
  );
}

function announce(text: string): void {
  replaceChildren(live, text);
}

let frame = 0;
function showProgress(): void {
  if (frame || !run) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    if (!run) return;
    const seconds = (performance.now() - run.started) / 1000;
    const rate = run.done / Math.max(seconds, 1e-3);
    bar.max = run.total;
    bar.value = run.done;
    const left = rate > 0 ? Math.ceil((run.total - run.done) / rate) : 0;
    progressText.textContent = `${run.done.toLocaleString('en-GB')} of ${run.total.toLocaleString('en-GB')} games \u00b7 ${rate.toFixed(1)} games a second with ${run.workers} worker${run.workers === 1 ? '' : 's'}${run.done > 0 && run.done < run.total ? ` \u00b7 about ${left < 90 ? `${left} s` : `${Math.round(left / 60)} min`} left` : ''}`;
  });
}

function start(): void {
  if (pool) return;
  if (!form.root.reportValidity()) return;
  say('');
  replaceChildren(results);
  const scenario = form.scenario;
  const specs = specsOf(form.setup, scenario);
  const tables: (LabTable | undefined)[][] = specs.map(
    (s) => new Array<LabTable | undefined>(s.runs),
  );
  const total = specs.length * specs[0].runs;
  const workers = workerCount(total, form.setup.workers);
  const live = new LivePreview(specs, tables);
  results.append(live.root);
  liveNow = live;
  run = { total, done: 0, started: performance.now(), workers };
  pool = new LabPool(specs, {
    played: (arm, index, table) => {
      tables[arm][index] = table;
      if (run) run.done += 1;
      document.body.dataset.labDone = String(run?.done ?? 0);
      live.update();
      showProgress();
    },
    finished: () => {
      const facts: RunFacts = {
        seconds: (performance.now() - (run?.started ?? 0)) / 1000,
        workers,
      };
      pool = null;
      showProgress();
      const arms: ArmResult[] = specs.map((spec, a) => {
        const ones = tables[a] as LabTable[];
        return {
          spec,
          name: specs.length > 1 ? (a === 0 ? 'A' : 'B') : '',
          label: armLabel(spec),
          records: ones.map((t, i) => recordOf(spec, t, i)),
          table: mergeTables(spec, ones),
        };
      });
      setState('done');
      // For the benchmark: how long the batch took, as the page measured it.
      document.body.dataset.labSeconds = String(facts.seconds);
      showResults(arms, facts);
      announce(`Done: ${total} games in ${Math.round(facts.seconds)} seconds. The results follow.`);
    },
    failed: (message) => {
      pool = null;
      run = null;
      setState('failed');
      say(`The lab stopped: ${message}`, 'error');
    },
  });
  setState('running');
  document.body.dataset.labDone = '0';
  pool.start(workers);
  showProgress();
  announce(`Running ${total} games with ${workers} workers.`);
}

function cancel(): void {
  if (!pool || !run) return;
  pool.cancel();
  // When the workers were told to stop (wall clock, for the browser test to measure against).
  document.body.dataset.labCancelledAt = String(Date.now());
  pool = null;
  const done = run.done;
  run = null;
  setState('cancelled');
  liveNow?.update(true);
  progressText.textContent = `Cancelled after ${done.toLocaleString('en-GB')} games (the chart shows those finished). Press \u201cRun the games\u201d to start again.`;
  announce('Cancelled. Every worker has stopped.');
  runButton.focus();
}

function section(id: string, title: string, ...children: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: 'lab-section', 'aria-labelledby': id },
    h('h2', { id }, title),
    ...children,
  );
}

function showResults(arms: ArmResult[], facts: RunFacts): void {
  const spec = arms[0].spec;
  const rate = (arms.length * spec.runs) / Math.max(facts.seconds, 1e-9);
  const heading = h('h2', { tabindex: -1, id: 'lab-results-title' }, 'Results');
  const winners = winnerRows(arms);
  const first = firstToFallRows(arms);
  const fates = fateGroups(arms);
  replaceChildren(
    results,
    heading,
    h(
      'p',
      null,
      `${spec.scenario.title}: ${spec.runs.toLocaleString('en-GB')} games${arms.length > 1 ? ' per setup' : ''}, seed \u201c${spec.seed}\u201d. `,
      `Played in ${facts.seconds.toFixed(1)} s (${rate.toFixed(1)} games a second, ${facts.workers} worker${facts.workers === 1 ? '' : 's'}).`,
    ),
    arms.length > 1
      ? h(
          'ul',
          { class: 'lab-arm-names' },
          ...arms.map((a) =>
            h(
              'li',
              null,
              h('span', { class: `arm-key arm-${a.name.toLowerCase()}` }, a.name),
              ` ${a.label}`,
            ),
          ),
        )
      : h('p', null, `Setup: ${arms[0].label}.`),
    howToRead(arms),
    section(
      'lab-win-title',
      'Who wins',
      h(
        'p',
        { class: 'hint' },
        'A contender wins by becoming supreme leader, or by reaching his own side\u2019s aims (the title screen lists them). Several sides can reach their aims in one game, so the shares can add up to more than 100%.',
      ),
      h(
        'div',
        { class: 'lab-pair' },
        shareChart('Who wins', winners, arms),
        shareTable('Who wins: exact counts', winners, arms),
      ),
    ),
    section(
      'lab-fate-title',
      'Each contender\u2019s fate',
      h('div', { class: 'lab-pair' }, fateChart(fates, arms), fateTable(fates, arms)),
    ),
    section(
      'lab-first-title',
      'Who falls first',
      h(
        'div',
        { class: 'lab-pair' },
        shareChart('Who falls first', first, arms),
        shareTable('Who falls first: exact counts', first, arms),
      ),
    ),
    section(
      'lab-export-title',
      'Keep the results',
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            onclick: () =>
              download(
                `heirs-lab-${spec.scenario.id}-${fileSeed(spec.seed)}.csv`,
                resultsCsv(arms),
                'text/csv',
              ),
          },
          'Download as CSV (spreadsheet)',
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: () =>
              download(
                `heirs-lab-${spec.scenario.id}-${fileSeed(spec.seed)}.json`,
                resultsJson(arms, facts),
              ),
          },
          'Download as JSON',
        ),
      ),
    ),
    gamesSection(arms),
  );
  heading.focus();
}

function fileSeed(seed: string): string {
  return seed.replace(/[^\w-]+/g, '-').slice(0, 30);
}

document.title = 'What-if lab \u2014 Heirs of Lenin';
replaceChildren(
  root,
  h(
    'header',
    { class: 'lab-head' },
    h('h1', null, 'What-if lab'),
    h('a', { href: './', class: 'lab-back' }, 'Back to the game'),
  ),
  h(
    'p',
    { class: 'lab-intro' },
    'Let the computer play hundreds of games of the same scenario, every seat by its AI, and count how they end. Switch on a what-if to see how much one moment of history could change, or compare two setups side by side.',
  ),
  messages,
  form.root,
  h('div', { class: 'lab-run-row' }, runButton, cancelButton, bar, progressText),
  results,
);
setState('idle');
if (problems.length)
  say(
    `The link has problems, so the lab shows its usual choices instead: ${problems.join(' ')}`,
    'error',
  );
