// The game-over report: fates, power over time, your timeline beside history's, the estimates
// and secrets revealed, historians and discussion prompts; exports (print, Markdown, replay).
import { download, h, replaceChildren, tableHead, tableRow } from '../dom.ts';
import { studentFileStem } from '../../io/student-name.ts';
import { powerChart } from './report-chart.ts';
import {
  adviceWords,
  aimVerdict,
  monthLabel,
  supremeNote,
  yourFateWords,
  type ReportData,
} from './report-data.ts';
import { reportMarkdown } from './report-markdown.ts';
import { linkify } from './refs.ts';
import { SUPPORT_WORDS } from './report-bridge.ts';

export interface ReportHandlers {
  newGame: () => void;
  /** Watch the game just finished in the replay viewer. */
  watch?: () => void;
}

function fileStem(d: ReportData): string {
  const who = studentFileStem(d.student);
  return `heirs-${who ? `${who}-` : ''}${d.player}-${d.seed.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || 'game'}`;
}

function noteOf(r: ReportData['events'][number]): string {
  // The date column already says when; keep only notes that explain something.
  if (!r.note || /^In your game: /.test(r.note)) return '';
  return ` \u2014 ${r.note}`;
}

function timelineTable(caption: string, rows: ReportData['events']): HTMLElement {
  return h(
    'table',
    { class: 'data timeline-table' },
    h('caption', null, caption),
    tableHead('What', 'In history', 'In your game', 'Same or different?'),
    h(
      'tbody',
      null,
      ...rows.map((r) =>
        tableRow(
          r.title,
          [
            monthLabel(r.historyDate),
            monthLabel(r.gameDate),
            h('td', null, r.diverged ? h('strong', null, 'different') : 'as in history', noteOf(r)),
          ],
          { class: r.diverged ? 'diverged' : null },
        ),
      ),
    ),
  );
}

/** You beside the AI playing your seat on the same seed (the real man is just above). */
function besideTheAi(d: ReportData): HTMLElement[] {
  const ai = d.aiSameSeed;
  const you = d.fates.find((f) => f.id === d.player);
  if (!ai || !you) return [];
  const aims = (met: boolean) => (met ? 'reached' : 'not reached');
  return [
    h('h2', null, `You, the AI and history in ${d.playerName}\u2019s seat`),
    h(
      'table',
      { class: 'data same-seed' },
      h(
        'caption',
        null,
        `The AI played every seat on the same seed, with the same switches, at ${d.difficulty} difficulty.`,
      ),
      tableHead('Who played', 'Fate', 'Score', 'Your side\u2019s aims'),
      h(
        'tbody',
        null,
        tableRow('You', [you.label, String(you.score), aims(d.aims.met)]),
        tableRow('The AI, same seed', [ai.label, String(ai.score), aims(ai.aimsMet)]),
      ),
    ),
    h(
      'p',
      { class: 'hint' },
      ai.winner
        ? `In the AI\u2019s game ${ai.winner} became supreme.`
        : 'In the AI\u2019s game nobody became supreme.',
    ),
  ];
}

export function renderReport(root: HTMLElement, d: ReportData, handlers: ReportHandlers): void {
  const you = d.fates.find((f) => f.id === d.player);
  const won = d.winner === d.playerName;
  const actions = h(
    'div',
    { class: 'report-actions' },
    h(
      'button',
      { type: 'button', class: 'primary', onclick: () => window.print() },
      'Print the report',
    ),
    h(
      'button',
      {
        type: 'button',
        onclick: () => download(`${fileStem(d)}-report.md`, reportMarkdown(d), 'text/markdown'),
      },
      'Download the report (Markdown)',
    ),
    h(
      'button',
      {
        type: 'button',
        onclick: () => download(`${fileStem(d)}-replay.json`, JSON.stringify(d.replay, null, 1)),
      },
      'Download the replay',
    ),
    handlers.watch
      ? h('button', { type: 'button', onclick: handlers.watch }, 'Watch this game')
      : null,
    h('button', { type: 'button', onclick: handlers.newGame }, 'New game'),
  );
  replaceChildren(
    root,
    h(
      'article',
      { class: 'report', 'aria-labelledby': 'report-title' },
      h(
        'h1',
        { id: 'report-title', tabindex: -1 },
        won
          ? 'You have won the succession'
          : d.aims.met
            ? 'You have reached your side\u2019s aims'
            : 'The struggle is over',
      ),
      h(
        'p',
        { class: 'verdict' },
        d.reason,
        you ? ` ${yourFateWords(d.playerName, you.label, you.score)}` : '',
      ),
      h(
        'p',
        { class: 'hint' },
        d.student ? `Played by ${d.student} \u00b7 ` : '',
        `${d.scenarioTitle} \u00b7 seed \u201c${d.seed}\u201d \u00b7 rivals: ${d.difficulty}${d.whatifs.length ? ` \u00b7 what-ifs: ${d.whatifs.join(', ')}` : ''}`,
      ),
      actions,
      h('h2', null, 'Your aims'),
      h('p', null, d.aims.summary),
      h(
        'ul',
        { class: 'aims' },
        ...d.aims.conditions.map((c) =>
          h('li', null, `${c.met ? '\u2713' : '\u2717'} ${aimVerdict(c)}`),
        ),
      ),
      h('p', { class: 'hint' }, `In the record: ${d.aims.inHistory}`),
      adviceWords(d.adviceAsked)
        ? h('p', { class: 'advice-count' }, adviceWords(d.adviceAsked))
        : null,
      ...besideTheAi(d),
      h('h2', null, 'Every contender\u2019s fate'),
      h(
        'table',
        { class: 'data' },
        tableHead('Contender', 'Fate', 'Score'),
        h(
          'tbody',
          null,
          ...d.fates.map((f) =>
            tableRow(
              [
                h('span', {
                  class: 'swatch',
                  style: `background:${f.colour}`,
                  'aria-hidden': 'true',
                }),
                f.name,
                f.id === d.player ? ' (you)' : '',
              ],
              [f.label, String(f.score)],
            ),
          ),
        ),
      ),
      supremeNote(d.fates) ? h('p', { class: 'hint' }, supremeNote(d.fates)) : null,
      h('h2', null, 'Power over time'),
      powerChart(d),
      h('h2', null, 'Your timeline beside history\u2019s'),
      h(
        'p',
        { class: 'hint' },
        'Rows marked \u201cdifferent\u201d are where your game left the historical record by more than a quarter.',
      ),
      timelineTable('Who fell, and when', d.milestones),
      timelineTable('The events', d.events),
      h('h2', null, 'The historians, and what the model assumes'),
      h('p', { class: 'caveat' }, h('strong', null, d.caveat)),
      h(
        'p',
        { class: 'hint' },
        'Historians disagree about why Stalin won. Here is how the evidence of your game weighs on each explanation, and what the game\u2019s rules assume about it.',
      ),
      ...d.historians.map((hv) =>
        h(
          'section',
          { class: 'historian' },
          h(
            'h3',
            null,
            `${hv.school} \u2014 ${hv.name}: ${SUPPORT_WORDS[hv.support]} (${Math.round(hv.strength * 100)}%)`,
          ),
          h('p', null, ...linkify(hv.argument)),
          h('ul', null, ...hv.reasons.map((r) => h('li', null, ...linkify(r, { people: false })))),
          h('p', { class: 'hint' }, h('strong', null, 'In the model: '), hv.inTheModel),
        ),
      ),
      h('h3', null, 'Other readings the game cannot measure'),
      h(
        'ul',
        null,
        ...d.historianNotes.map((n) =>
          h('li', null, h('strong', null, `${n.name} (${n.date}): `), n.view, ` (${n.ref})`),
        ),
      ),
      h('h2', null, 'For discussion'),
      d.prompts.length > 0
        ? h(
            'ol',
            null,
            ...d.prompts.map((p) =>
              h(
                'li',
                null,
                h('strong', null, p.question),
                h('ul', null, ...p.evidence.map((e) => h('li', null, e))),
                h('p', null, h('em', null, p.aboutTheModel)),
              ),
            ),
          )
        : h(
            'p',
            { class: 'hint' },
            'How far was the winner\u2019s rise due to his control of the party apparatus? Look at the regions and votes of this game, then ask: what does the game assume that produced this?',
          ),
      h('h2', null, 'Everything revealed'),
      h(
        'p',
        null,
        'During the game you saw your rivals\u2019 networks only as estimates. Here is how far off you were (loyal secretaries in all regions together):',
      ),
      h(
        'table',
        { class: 'data' },
        tableHead('Rival', 'You believed', 'In fact'),
        h(
          'tbody',
          null,
          ...d.estimates.map((e) => tableRow(e.name, [String(e.believed), String(e.actual)])),
        ),
      ),
      d.secrets.length > 0
        ? h('ul', null, ...d.secrets.map((s) => h('li', null, s)))
        : h('p', null, 'No secret understandings were hidden from you at the end.'),
      h('h2', null, 'Check this game'),
      h(
        'p',
        null,
        'The replay file reproduces this game exactly, in the browser or with the command line (heirs replay). Its final state hash:',
      ),
      h(
        'p',
        null,
        h(
          'code',
          { class: 'hash', 'data-testid': 'final-hash', 'aria-label': 'Final state hash' },
          d.hash,
        ),
      ),
    ),
  );
}
