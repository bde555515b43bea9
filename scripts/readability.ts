// Reading level of every text a student reads, per source file: Flesch Reading Ease and the
// Flesch–Kincaid grade (US school grade; add about five for a reading age). Run with
//   npx tsx scripts/readability.ts            a table per file, then the hardest texts
//   npx tsx scripts/readability.ts --json     the same figures as JSON
// The figures are a rough guide, not a verdict: long names (Preobrazhensky, Ordzhonikidze) and
// terms the glossary explains (collectivisation) count as hard words here.
import { readFileSync } from 'node:fs';
import { BIOS } from '../src/content/bios.ts';
import { GATHERINGS } from '../src/content/congresses.ts';
import { DECK_1922_1923 } from '../src/content/events/deck-1922-1923.ts';
import { DECK_1924_1925 } from '../src/content/events/deck-1924-1925.ts';
import { DECK_1926_1927 } from '../src/content/events/deck-1926-1927.ts';
import { DECK_1928_1929 } from '../src/content/events/deck-1928-1929.ts';
import { GLOSSARY } from '../src/content/glossary.ts';
import { GRAIN_DECISION } from '../src/content/grain-decision.ts';
import {
  HISTORIAN_NOTES,
  HISTORIANS,
  MODEL_QUESTION,
  REPORT_CAVEAT,
} from '../src/content/historians.ts';
import { CONTENDER_INFO, FIGURE_INFO, POST_INFO } from '../src/content/people.ts';
import { RECORD_ENTRIES } from '../src/content/record.ts';
import type { EventDef } from '../src/content/types.ts';

type Texts = { where: string; text: string }[];

function eventTexts(deck: readonly EventDef[]): Texts {
  return deck.flatMap((e) => {
    const choices = [...(e.choices ?? []), ...(e.adapted?.choices ?? [])];
    return [
      e.text,
      e.adapted?.text,
      e.history,
      e.skippedBecause,
      ...choices.flatMap((c) => [c.prompt, ...c.options.flatMap((o) => [o.label, o.preview])]),
    ]
      .filter((t): t is string => Boolean(t))
      .map((text) => ({ where: e.id, text }));
  });
}

function scenarioTexts(id: string): Texts {
  const s = JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')) as {
    summary: string;
    briefings: Record<string, string>;
    whatifs: { id: string; framing: string; question: string }[];
  };
  return [
    { where: 'summary', text: s.summary },
    ...Object.entries(s.briefings).map(([who, text]) => ({ where: `briefing ${who}`, text })),
    ...s.whatifs.flatMap((w) => [
      { where: w.id, text: w.framing },
      { where: w.id, text: w.question },
    ]),
  ];
}

const SOURCES: Record<string, Texts> = {
  'src/content/events/deck-1922-1923.ts': eventTexts(DECK_1922_1923),
  'src/content/events/deck-1924-1925.ts': eventTexts(DECK_1924_1925),
  'src/content/events/deck-1926-1927.ts': eventTexts(DECK_1926_1927),
  'src/content/events/deck-1928-1929.ts': eventTexts(DECK_1928_1929),
  'src/content/grain-decision.ts': eventTexts([GRAIN_DECISION]),
  'src/content/glossary.ts': GLOSSARY.map((g) => ({ where: g.id, text: g.definition })),
  'src/content/bios.ts': Object.values(BIOS).flatMap((b) => [
    { where: b.id, text: b.summary },
    { where: b.id, text: b.role1922to1929 },
  ]),
  'src/content/historians.ts': [
    ...HISTORIANS.flatMap((h) => [
      { where: h.id, text: h.argument },
      { where: h.id, text: h.inTheModel },
      ...h.signals.map((s) => ({ where: h.id, text: s.meaning })),
      ...h.prompts.map((p) => ({ where: h.id, text: p })),
    ]),
    ...HISTORIAN_NOTES.map((n) => ({ where: n.id, text: n.view })),
    { where: 'report caveat', text: REPORT_CAVEAT },
    { where: 'model question', text: MODEL_QUESTION },
  ],
  'src/content/people.ts': [
    ...Object.values(CONTENDER_INFO).map((c) => ({ where: c.id, text: c.pitch })),
    ...Object.values(FIGURE_INFO).map((f) => ({ where: f.id, text: f.role })),
    ...Object.entries(POST_INFO).map(([id, p]) => ({ where: id, text: p.power })),
  ],
  'src/content/congresses.ts': GATHERINGS.map((g) => ({ where: g.id, text: g.note })),
  'src/content/record.ts': RECORD_ENTRIES.map((r) => ({ where: r.id, text: r.note })),
  'scenarios/1922-full.json': scenarioTexts('1922-full'),
  'scenarios/1924-lenin-dies.json': scenarioTexts('1924-lenin-dies'),
  'scenarios/1926-united-opposition.json': scenarioTexts('1926-united-opposition'),
  'scenarios/1928-grain-crisis.json': scenarioTexts('1928-grain-crisis'),
};

/** Syllables by vowel groups, with the usual English corrections; good enough for a mean. */
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

function words(text: string): string[] {
  return text.match(/[A-Za-z\u00C0-\u024F]+(?:['\u2019-][A-Za-z]+)*/g) ?? [];
}

function sentences(text: string): number {
  // Labels and previews without a full stop still count as one sentence.
  return Math.max(1, (text.match(/[.!?]+(?=["\u201d)]?\s|["\u201d)]?$)/g) ?? []).length);
}

interface Score {
  texts: number;
  words: number;
  sentences: number;
  wordsPerSentence: number;
  readingEase: number;
  grade: number;
  readingAge: number;
}

function score(texts: Texts): Score {
  let w = 0;
  let s = 0;
  let syl = 0;
  for (const { text } of texts) {
    const ws = words(text);
    w += ws.length;
    s += sentences(text);
    syl += ws.reduce((n, x) => n + syllables(x), 0);
  }
  const wps = w / Math.max(1, s);
  const spw = syl / Math.max(1, w);
  const round = (x: number) => Math.round(x * 10) / 10;
  const grade = 0.39 * wps + 11.8 * spw - 15.59;
  return {
    texts: texts.length,
    words: w,
    sentences: s,
    wordsPerSentence: round(wps),
    readingEase: round(206.835 - 1.015 * wps - 84.6 * spw),
    grade: round(grade),
    readingAge: round(grade + 5),
  };
}

const rows = Object.entries(SOURCES).map(([file, texts]) => ({ file, ...score(texts) }));
const all = { file: 'all student-facing texts', ...score(Object.values(SOURCES).flat()) };
const hardest = Object.entries(SOURCES)
  .flatMap(([file, texts]) => texts.map((t) => ({ file, ...t, ...score([t]) })))
  .filter((t) => t.words >= 12)
  .sort((a, b) => b.grade - a.grade)
  .slice(0, 10);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ files: rows, all, hardest }, null, 2));
} else {
  console.log(
    '| File | Texts | Words | Words per sentence | Reading ease | FK grade | Reading age |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of [...rows, all]) {
    console.log(
      `| ${r.file} | ${r.texts} | ${r.words} | ${r.wordsPerSentence} | ${r.readingEase} | ${r.grade} | ${r.readingAge} |`,
    );
  }
  console.log('\nHardest texts (12 words or more), by FK grade:');
  for (const h of hardest)
    console.log(`  ${h.grade}  ${h.file} ${h.where}: ${h.text.slice(0, 90)}…`);
}
