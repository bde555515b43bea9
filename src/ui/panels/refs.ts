// Glossary and biographies, one click away: dialogs, and links woven into any text.
// Historical terms and biographies come from src/content (glossary.ts, bios.ts) once they exist;
// the game's own words (action points, heat, delegates…) are explained here.
import { CONTENDER_INFO, FIGURE_INFO, POST_INFO } from '../../content/people.ts';
import { CONTENDERS, FIGURES, isContender, type PersonId } from '../../sim/ids.ts';
import { PORTRAIT_URL } from '../assets.ts';
import { h, type Child } from '../dom.ts';
import { button, openDialog } from './dialog.ts';
import { bioOf, extraGlossary } from './content-bridge.ts';
import { withTip } from './term-tip.ts';

export interface GlossaryEntry {
  term: string;
  /** Other spellings that should link to this entry. */
  aliases?: string[];
  text: string;
  kind: 'history' | 'game' | 'post';
}

const GAME_TERMS: GlossaryEntry[] = [
  {
    kind: 'game',
    term: 'Action points',
    aliases: ['AP'],
    text: 'What you can do in a quarter. Most actions cost 1; recruiting and platforms cost 2. The General Secretary and the head of Sovnarkom get one more; poor health costs one.',
  },
  {
    kind: 'game',
    term: 'Prestige',
    text: 'How much the party admires a leader (0\u2013100). It sways the uncommitted in votes and makes speeches land.',
  },
  {
    kind: 'game',
    term: 'Health',
    text: 'A leader in poor health (below 60) may fall ill; below 35 he loses an action point. Resting restores it.',
  },
  {
    kind: 'game',
    term: 'Heat',
    text: 'How exposed a leader is to the charge of factionalism (0\u2013100). At 30 a vote can take his posts; at 50 the Central Committee can vote him out of the Politburo; at 60 out of the Central Committee; at 70 out of the party. Prestige above 50 raises each line by half of it. Every card shows the line that matters for him.',
  },
  {
    kind: 'game',
    term: 'Mood',
    aliases: ['moods'],
    text: 'Where a region\u2019s rank and file lean, from Left (\u2212100) to Right (+100): the marker on each region\u2019s L\u2013R line. Speeches and articles move it towards the speaker\u2019s position. The delegates no loyal secretary picks vote by their region\u2019s mood: at a congress they back a platform whose leader stands close to it. On motions about the party line, the uncommitted Central Committee members lean with the average mood.',
  },
  {
    kind: 'game',
    term: 'Trust',
    text: 'How far one leader relies on another (0\u2013100). Trust makes him vote for the other\u2019s motions and accept his offers. Peace overtures and alliances raise it; attacks and broken alliances lower it.',
  },
  {
    kind: 'game',
    term: 'Grievance',
    aliases: ['grievances', 'grudge', 'grudges'],
    text: 'A grudge one leader holds against another (0\u2013100), from pamphlets, denunciations, lost secretaries and broken alliances. It makes him vote against the other and refuse his offers. It fades slowly.',
  },
  {
    kind: 'game',
    term: 'Investment',
    text: 'The share of the economy\u2019s effort put into industry (0\u2013100). The Left wants it high; the Right fears it starves the villages of goods. It changes with the grain policy the Politburo chooses.',
  },
  {
    kind: 'game',
    term: 'Power index',
    aliases: ['power'],
    text: 'One number for a leader\u2019s strength, in points (about 0\u2013100): his share of the Central Committee (up to 35), of congress delegates (up to 25), posts (up to 15), a Politburo seat (6) and prestige (up to 15). The chart at the end shows it quarter by quarter.',
  },
  {
    kind: 'game',
    term: 'Score',
    text: 'At the end each leader scores his fate (supreme leader 100, collective leadership 60, survived in the Politburo 40, sidelined 20, expelled 10, exiled 5), plus half his final power index and a tenth of his prestige.',
  },
  {
    kind: 'game',
    term: 'Delegates',
    text: 'Congress delegates vote on platforms and elect the Central Committee. A region\u2019s secretaries pick most of its delegates, so whoever places loyal secretaries controls the congress.',
  },
  {
    kind: 'game',
    term: 'Secretaries',
    text: 'Each region has ten party secretaries. Each loyal to a patron delivers a tenth of the region\u2019s apparatus delegates to him. Others\u2019 numbers are estimates (\u00b1 on the board).',
  },
  {
    kind: 'game',
    term: 'Party line',
    text: 'Where the party officially stands on the economy (industry fast vs keep the NEP) and on revolution (world revolution vs Socialism in One Country). Motions move it.',
  },
  {
    kind: 'game',
    term: 'Politburo',
    text: 'The party\u2019s inner circle that decides policy. Full members vote; candidates only speak.',
  },
  {
    kind: 'game',
    term: 'Central Committee',
    aliases: ['CC'],
    text: 'The party\u2019s larger ruling body, elected by each congress. It confirms the General Secretary and votes on removals and expulsions.',
  },
  {
    kind: 'game',
    term: 'Congress',
    aliases: ['congresses'],
    text: 'The party\u2019s gathering of delegates from every region, on its historical date. It condemns platforms and elects the Central Committee.',
  },
  {
    kind: 'game',
    term: 'Platform',
    text: 'An opposition programme. Its author publishes it; each of his allies may add his name that quarter or the next, and nobody signs without choosing to. It rallies the like-minded but breaks the 1921 ban on factions: congresses condemn it, and every signer can be voted out of the Politburo.',
  },
  {
    kind: 'game',
    term: 'Estimate',
    text: 'You see your own network exactly; your rivals\u2019 only as estimates, off by up to the \u00b1 shown. Inspection posts (Rabkrin, the Orgburo) make them sharper.',
  },
];

function postEntries(): GlossaryEntry[] {
  return Object.values(POST_INFO).map((p) => ({
    kind: 'post' as const,
    term: p.name,
    text: p.power,
  }));
}

let cached: GlossaryEntry[] | null = null;
export function glossary(): GlossaryEntry[] {
  if (!cached) {
    const history = extraGlossary();
    const seen = new Set(history.map((e) => e.term.toLowerCase()));
    cached = [
      ...history,
      ...GAME_TERMS.filter((e) => !seen.has(e.term.toLowerCase())),
      ...postEntries(),
    ].sort((a, b) => a.term.localeCompare(b.term));
  }
  return cached;
}

interface Matcher {
  regex: RegExp;
  lookup: Map<string, { kind: 'term'; entry: GlossaryEntry } | { kind: 'person'; id: PersonId }>;
}

let matcher: Matcher | null = null;
function getMatcher(): Matcher {
  if (matcher) return matcher;
  const lookup: Matcher['lookup'] = new Map();
  for (const entry of glossary()) {
    for (const word of [entry.term, ...(entry.aliases ?? [])]) {
      if (word.length >= 3) lookup.set(word.toLowerCase(), { kind: 'term', entry });
    }
  }
  for (const id of CONTENDERS)
    lookup.set(CONTENDER_INFO[id].name.toLowerCase(), { kind: 'person', id });
  for (const id of FIGURES) lookup.set(FIGURE_INFO[id].name.toLowerCase(), { kind: 'person', id });
  const words = [...lookup.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  matcher = { regex: new RegExp(`\\b(${words.join('|')})\\b`, 'gi'), lookup };
  return matcher;
}

/**
 * Text with glossary terms and contenders' names as buttons (the first mention of each).
 * The text is untrusted: it only ever becomes text nodes.
 */
export function linkify(text: string, options: { people?: boolean } = {}): Child[] {
  const { regex, lookup } = getMatcher();
  const out: Child[] = [];
  const used = new Set<string>();
  let last = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const key = m[1].toLowerCase();
    const hit = lookup.get(key);
    if (!hit || used.has(key) || (hit.kind === 'person' && options.people === false)) continue;
    used.add(key);
    out.push(text.slice(last, m.index));
    const word = m[1];
    const button =
      hit.kind === 'term'
        ? withTip(
            h(
              'button',
              {
                type: 'button',
                class: 'term',
                onclick: () => openGlossary(hit.entry.term),
                'aria-label': `${word} (glossary)`,
              },
              word,
            ),
            hit.entry.term,
            hit.entry.text,
          )
        : h(
            'button',
            {
              type: 'button',
              class: 'term',
              onclick: () => openBio(hit.id),
              'aria-label': `${word} (biography)`,
            },
            word,
          );
    last = m.index + word.length;
    // A button is an atomic inline: the line may break right after it, leaving a full stop
    // alone at the start of the next line. Glue the punctuation that follows to the term.
    const stop = /^[.,;:!?)\u2019\u201d]+/.exec(text.slice(last))?.[0] ?? '';
    if (stop) {
      out.push(h('span', { class: 'term-glue' }, button, stop));
      last += stop.length;
    } else {
      out.push(button);
    }
  }
  out.push(text.slice(last));
  return out;
}

export function openGlossary(focus?: string): void {
  const entries = glossary();
  const list = h('dl', { class: 'glossary-list' });
  const search = h('input', {
    type: 'search',
    'aria-label': 'Search the glossary',
    placeholder: 'Search\u2026',
  });
  const render = () => {
    const q = search.value.trim().toLowerCase();
    list.replaceChildren();
    const shown = entries.filter(
      (e) => !q || e.term.toLowerCase().includes(q) || e.text.toLowerCase().includes(q),
    );
    for (const e of shown) {
      const id = `term-${e.term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      list.append(
        h('dt', { id }, e.term, e.kind === 'post' ? ' (post)' : ''),
        h('dd', null, e.text),
      );
    }
    if (shown.length === 0) list.append(h('dd', null, 'No entry matches.'));
  };
  search.addEventListener('input', render);
  if (focus) search.value = focus;
  render();
  openDialog({
    title: 'Glossary',
    kicker: 'Words of the period and of the game',
    body: [search, list],
  });
  search.focus();
}

export function openBio(id: PersonId): void {
  const bio = bioOf(id);
  const extra = bio ? bio.paragraphs : null;
  if (isContender(id)) {
    const c = CONTENDER_INFO[id];
    openDialog({
      title: c.fullName,
      kicker: 'Biography',
      body: [
        h(
          'div',
          { class: 'bio' },
          h('img', { src: PORTRAIT_URL[id], alt: `Drawn portrait of ${c.name}` }),
          h(
            'div',
            null,
            h('p', null, h('strong', null, `${c.born}\u2013${c.died}. `), c.pitch),
            h(
              'p',
              null,
              `Seat difficulty: ${'\u25cf'.repeat(c.seatDifficulty)}${'\u25cb'.repeat(5 - c.seatDifficulty)} (${c.seatDifficulty} of 5). Speaking ${c.oratory}/100, organising ${c.organisation}/100.`,
            ),
          ),
        ),
        ...(extra ? extra.map((p) => h('p', null, ...linkify(p))) : []),
      ],
      actions: [button('Glossary', () => openGlossary())],
    });
    return;
  }
  const f = FIGURE_INFO[id];
  openDialog({
    title: f.name,
    kicker: 'Biography',
    body: [h('p', null, f.role), ...(extra ? extra.map((p) => h('p', null, p)) : [])],
  });
}

export function openPeople(): void {
  const list = h(
    'ul',
    { class: 'saves-list' },
    ...CONTENDERS.map((id) =>
      h(
        'li',
        null,
        h('img', { src: PORTRAIT_URL[id], alt: '', width: 40, height: 40 }),
        h(
          'span',
          { class: 'label' },
          h('strong', null, CONTENDER_INFO[id].fullName),
          ' \u2014 ',
          CONTENDER_INFO[id].pitch,
        ),
        button('Biography', () => openBio(id), {
          label: `Biography of ${CONTENDER_INFO[id].name}`,
        }),
      ),
    ),
  );
  openDialog({ title: 'People', kicker: 'The contenders', body: [list] });
}
