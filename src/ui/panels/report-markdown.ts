// The report as Markdown, to paste into a document or a class page.
import {
  adviceWords,
  aimVerdict,
  monthLabel,
  supremeNote,
  type ReportData,
} from './report-data.ts';
import { SUPPORT_WORDS } from './report-bridge.ts';

function esc(text: string): string {
  return text.replace(/([\\`*_[\]|<>#])/g, '\\$1');
}

export function reportMarkdown(d: ReportData): string {
  const out: string[] = [];
  out.push(`# Heirs of Lenin \u2014 game report`, '');
  if (d.student) out.push(`- Student: ${esc(d.student)}`);
  out.push(
    `- Scenario: ${esc(d.scenarioTitle)}`,
    `- Seed: \`${d.seed.replace(/`/g, '')}\``,
    `- Played as: ${d.playerName}`,
    `- AI difficulty: ${d.difficulty}`,
  );
  if (d.whatifs.length > 0) out.push(`- What-ifs: ${d.whatifs.map(esc).join(', ')}`);
  out.push('', `**${esc(d.reason)}**`, '');
  out.push(`## Your aims: ${d.aims.met ? 'reached' : 'not reached'}`, '', esc(d.aims.summary), '');
  for (const c of d.aims.conditions) out.push(`- ${esc(aimVerdict(c))}`);
  out.push('', `In the record: ${esc(d.aims.inHistory)}`, '');
  const advice = adviceWords(d.adviceAsked);
  if (advice) out.push(advice, '');
  if (d.aiSameSeed) {
    const you = d.fates.find((f) => f.id === d.player);
    out.push(
      '## You and the AI in the same seat, same seed',
      '',
      '| Who played | Fate | Score | Aims |',
      '|---|---|---|---|',
      `| You | ${you?.label ?? ''} | ${you?.score ?? ''} | ${d.aims.met ? 'reached' : 'not reached'} |`,
      `| The AI | ${d.aiSameSeed.label} | ${d.aiSameSeed.score} | ${d.aiSameSeed.aimsMet ? 'reached' : 'not reached'} |`,
      '',
    );
  }
  out.push('## Fates', '', '| Contender | Fate | Score |', '|---|---|---|');
  for (const f of d.fates)
    out.push(`| ${f.name}${f.id === d.player ? ' (you)' : ''} | ${f.label} | ${f.score} |`);
  const note = supremeNote(d.fates);
  if (note) out.push('', esc(note));
  out.push('', '## Power at the end', '');
  for (const s of d.power.series) out.push(`- ${s.name}: ${s.values[s.values.length - 1] ?? 0}`);
  for (const [title, rows] of [
    ['Who fell, and when', d.milestones],
    ['The events', d.events],
  ] as const) {
    out.push('', `## ${title}: your game beside history`, '');
    out.push('| What | In history | In your game | |', '|---|---|---|---|');
    for (const r of rows) {
      const verdict = r.diverged ? '**different**' : 'as in history';
      const note = r.note ? ` \u2014 ${esc(r.note)}` : '';
      out.push(
        `| ${esc(r.title)} | ${monthLabel(r.historyDate)} | ${monthLabel(r.gameDate)} | ${verdict}${note} |`,
      );
    }
  }
  out.push(
    '',
    '## How good were your estimates?',
    '',
    '| Rival | You believed (secretaries) | In fact |',
    '|---|---|---|',
  );
  for (const e of d.estimates) out.push(`| ${e.name} | ${e.believed} | ${e.actual} |`);
  if (d.secrets.length > 0) {
    out.push('', '## Secrets revealed', '');
    for (const s of d.secrets) out.push(`- ${esc(s)}`);
  }
  if (d.historians.length > 0) {
    out.push('', '## The historians, and what the model assumes', '', `**${esc(d.caveat)}**`, '');
    for (const hv of d.historians) {
      const verdict = SUPPORT_WORDS[hv.support];
      out.push(`### ${esc(hv.school)} (${esc(hv.name)}) \u2014 ${verdict}`, '');
      out.push(esc(hv.argument), '');
      for (const r of hv.reasons) out.push(`- ${esc(r)}`);
      out.push('', `*In the model:* ${esc(hv.inTheModel)}`, '');
    }
    out.push('### Other readings the game cannot measure', '');
    for (const n of d.historianNotes) {
      out.push(`- **${esc(n.name)} (${esc(n.date)}):** ${esc(n.view)} (${esc(n.ref)})`);
    }
  }
  if (d.prompts.length > 0) {
    out.push('', '## Discussion', '');
    for (const p of d.prompts) {
      out.push(`**${esc(p.question)}**`, '');
      for (const e of p.evidence) out.push(`- ${esc(e)}`);
      out.push('', `*${esc(p.aboutTheModel)}*`, '');
    }
  }
  out.push('', `Final state hash: \`${d.hash}\``, '');
  return out.join('\n');
}
