// The student's name (issue 10): untrusted text, cleaned and capped; carried in the save (and its
// label), the report's data and the replay; a file with a bad name still loads, an old one too.
import { describe, expect, it } from 'vitest';
import { parseReplay } from '../../src/io/replay.ts';
import { parseSave } from '../../src/io/save.ts';
import { cleanStudentName, STUDENT_NAME_MAX, studentFileStem } from '../../src/io/student-name.ts';
import { runGame, toReplay } from '../../src/lab/run-game.ts';
import { Session } from '../../src/ui/session/session.ts';
import { buildReportData } from '../../src/ui/panels/report-data.ts';
import { reportMarkdown } from '../../src/ui/panels/report-markdown.ts';
import { scenario } from '../helpers.ts';

const setup = {
  scenario: scenario('1928-grain-crisis'),
  seed: 'named',
  faction: 'bukharin' as const,
  difficulty: 'historical' as const,
  whatifs: [],
};

describe('a student name', () => {
  it('is trimmed, made one line, stripped of control and invisible characters, and capped', () => {
    expect(cleanStudentName('  Anna   Petrova \n')).toBe('Anna Petrova');
    expect(cleanStudentName('Ma\u202eria\u200b\u0007')).toBe('Ma ria');
    expect(cleanStudentName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(Array.from(cleanStudentName('Ж'.repeat(500)))).toHaveLength(STUDENT_NAME_MAX);
    expect(cleanStudentName(42)).toBe('');
    expect(cleanStudentName({ name: 'x' })).toBe('');
    expect(studentFileStem(' Anna Petrova / 9b ')).toBe('Anna-Petrova-9b');
    expect(studentFileStem('../../etc')).toBe('etc');
    expect(studentFileStem('Ёжик')).toBe('Ёжик');
  });

  it('goes into the save and its label, and comes back when the save is opened', () => {
    const session = Session.start({ ...setup, student: '  Anna  Petrova ' });
    expect(session.student).toBe('Anna Petrova');
    const save = session.toSave();
    expect(save.student).toBe('Anna Petrova');
    expect(save.label).toMatch(/^Anna Petrova: Bukharin, /);
    const parsed = parseSave('save.json', JSON.stringify(save));
    if (!parsed.ok) throw new Error(parsed.error.what);
    expect(Session.fromSave(parsed.value).student).toBe('Anna Petrova');
    // No name: no field, and the label as before.
    const anon = Session.start(setup).toSave();
    expect('student' in anon).toBe(false);
    expect(anon.label).toMatch(/^Bukharin, /);
  });

  it('a save with a bad name still loads, the name cleaned; an old save without one loads', () => {
    const good = Session.start({ ...setup, student: 'Anna' }).toSave();
    const cases: [unknown, string][] = [
      [12345, ''],
      [null, ''],
      [['Anna'], ''],
      ['x'.repeat(100_000), 'x'.repeat(STUDENT_NAME_MAX)],
      ['<script>alert(1)</script>\u202e', '<script>alert(1)</script>'.slice(0, STUDENT_NAME_MAX)],
    ];
    for (const [bad, kept] of cases) {
      const parsed = parseSave('save.json', JSON.stringify({ ...good, student: bad }));
      if (!parsed.ok) throw new Error(parsed.error.what);
      expect(parsed.value.student).toBe(kept);
      expect(Session.fromSave(parsed.value).student).toBe(kept);
    }
    const old: Record<string, unknown> = { ...good };
    delete old.student;
    const parsed = parseSave('save.json', JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error.what);
    expect(Session.fromSave(parsed.value).student).toBe('');
  });

  it('heads the report and its Markdown, names its files, and travels in the replay', () => {
    const run = runGame({
      scenario: setup.scenario,
      seed: 'named-report',
      options: { difficulty: 'historical', whatifs: [], faction: 'bukharin' },
    });
    const finished = {
      game: run.state,
      actions: run.actions,
      human: 'bukharin' as const,
      student: 'Anna | *Petrova*',
    };
    const data = buildReportData(finished, setup.scenario.title, setup.scenario);
    expect(data.student).toBe('Anna | *Petrova*');
    // Escaped in Markdown: a name cannot make a table or emphasis.
    expect(reportMarkdown(data)).toContain('- Student: Anna \\| \\*Petrova\\*');
    const file = parseReplay('r.json', JSON.stringify(data.replay));
    if (!file.ok) throw new Error(file.error.what);
    expect(file.value.student).toBe('Anna | *Petrova*');
    const back = parseReplay('r.json', JSON.stringify({ ...data.replay, student: 7 }));
    if (!back.ok) throw new Error(back.error.what);
    expect(back.value.student).toBe('');
    const plain = toReplay(run.state, run.actions);
    expect('student' in plain).toBe(false);
    const none = buildReportData({ ...finished, student: undefined }, 'x', setup.scenario);
    expect(reportMarkdown(none)).not.toContain('Student:');
  });
});
