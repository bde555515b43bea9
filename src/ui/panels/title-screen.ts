// The title screen's choices: scenario (with briefing), contender, AI difficulty, seed, what-ifs;
// continue a saved game; load a replay, save or scenario file. Prefilled by the teacher's link.
import { aimsFor } from '../../sim/aims.ts';
import { playingTime } from '../session/playing-time.ts';
import { CONTENDER_INFO } from '../../content/people.ts';
import type { ScenarioData } from '../../content/types.ts';
import { CONTENDERS, DIFFICULTIES, type ContenderId, type Difficulty } from '../../sim/ids.ts';
import { PORTRAIT_URL } from '../assets.ts';
import { checkRow, h, radioRow, uid, replaceChildren } from '../dom.ts';
import { buildLink, randomSeed, type LinkSetup } from '../session/link.ts';
import { fetchTeacherScenario } from '../session/teacher-scenario.ts';
import { chooseFromLink } from '../session/link-choice.ts';
import { formatError } from '../../io/result.ts';
import type { SavedGame } from '../session/saves.ts';
import type { NewGameSetup } from '../session/session.ts';
import { classLinkControls } from './class-link-row.ts';
import { linkify } from './refs.ts';
import { filesSection, howToPlay, savesSection } from './title-parts.ts';
import { labEntry } from '../lab/title-link.ts';
import { nameField, rememberName } from '../session/student.ts';

export interface TitleHandlers {
  start: (setup: NewGameSetup) => void;
  continueSave: (key: string) => void;
  deleteSave: (key: string) => void;
  loadFile: (file: File) => void;
  /** "Watch a replay": open a replay file in the viewer. */
  watchFile?: (file: File) => void;
  /** A teacher's scenario joined the list (from a file or from the link's scenarioUrl). */
  scenarioAdded?: (s: ScenarioData) => void;
}

const DIFFICULTY_TEXT: Record<Difficulty, string> = {
  easy: 'Easy \u2014 rivals blunder and often follow history',
  historical: 'Historical \u2014 each rival plays his real temperament',
  hard: 'Hard \u2014 rivals play sharp and think ahead',
};

const SEAT_WORDS = [
  '',
  'easiest seat',
  'easier seat',
  'hard seat',
  'very hard seat',
  'hardest seat',
];

export class TitleScreen {
  private scenarios: ScenarioData[];
  private scenarioId: string;
  private faction: ContenderId;
  /** Hot-seat: the other contenders played by people at this screen. */
  private others = new Set<ContenderId>();
  private difficulty: Difficulty;
  private whatifs = new Set<string>();
  private seedInput: HTMLInputElement;
  /** The student's name: kept across the form's re-renders, remembered on this computer. */
  private name = nameField('student-name');
  private messageBox = h('div', { role: 'status', 'aria-live': 'polite' });
  private form = h('div');
  /** Where each teacher's scenario came from: its address when served beside the game. */
  private sources = new Map<string, { url?: string }>();
  /** The link's teacher scenario being fetched: resolves true once it is chosen. */
  private pending: Promise<boolean> | null = null;

  constructor(
    private root: HTMLElement,
    scenarios: ScenarioData[],
    link: LinkSetup,
    private handlers: TitleHandlers,
  ) {
    this.scenarios = [...scenarios];
    this.scenarioId = scenarios[0].id;
    this.faction = scenarios[0].playable.includes('trotsky') ? 'trotsky' : scenarios[0].playable[0];
    this.difficulty = link.difficulty ?? 'historical';
    this.seedInput = h('input', {
      type: 'text',
      id: 'seed',
      value: link.seed ?? randomSeed(),
      spellcheck: 'false',
      autocomplete: 'off',
      maxlength: 40,
    });
    if (link.scenarioUrl) {
      this.pending = this.loadFromLink(link.scenarioUrl, link);
      if (link.problems.length > 0) this.sayProblems(link.problems);
    } else this.applyLink(link, link.problems);
  }

  /** Choose what the link asks for, and say what could not be chosen. */
  private applyLink(link: LinkSetup, problems: string[]): void {
    const choice = chooseFromLink(this.scenarios, link, {
      scenario: this.scenario,
      faction: this.faction,
    });
    this.scenarioId = choice.scenario.id;
    this.faction = choice.faction;
    this.whatifs = new Set(choice.whatifs);
    const notes = [...problems, ...choice.notes];
    if (notes.length > 0) this.sayProblems(notes);
    this.renderForm();
  }

  /** The link's teacher scenario, fetched from beside the game; false when it cannot be used. */
  private async loadFromLink(url: string, link: LinkSetup): Promise<boolean> {
    const r = await fetchTeacherScenario(url, location.href);
    if (!r.ok) {
      this.say(
        `The link\u2019s scenario cannot be loaded: ${formatError(r.error)}. Showing \u201c${this.scenario.title}\u201d instead.`,
        'error',
      );
      return false;
    }
    this.addScenario(r.value, { url });
    const problems = [...link.problems];
    if (link.scenario && link.scenario !== r.value.id)
      problems.push(
        `The link names the scenario \u201c${link.scenario}\u201d but its file holds \u201c${r.value.id}\u201d.`,
      );
    this.say(`Scenario loaded from the link: ${r.value.title}.`, 'ok');
    this.applyLink({ ...link, scenario: r.value.id }, problems);
    return problems.length === 0;
  }

  private get scenario(): ScenarioData {
    return this.scenarios.find((s) => s.id === this.scenarioId) ?? this.scenarios[0];
  }

  /** A scenario read from a file joins the list and is selected. */
  addScenario(s: ScenarioData, from: { url?: string } = {}): void {
    this.scenarios = [...this.scenarios.filter((x) => x.id !== s.id), s];
    this.sources.set(s.id, from);
    this.handlers.scenarioAdded?.(s);
    this.scenarioId = s.id;
    if (!s.playable.includes(this.faction)) this.faction = s.playable[0];
    this.whatifs.clear();
    this.renderForm();
  }

  say(text: string, kind: 'ok' | 'error' | 'info' = 'info'): void {
    replaceChildren(
      this.messageBox,
      text
        ? h('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : null }, text)
        : null,
    );
  }

  /** A link's mistakes, one per line: the choices below are what the game could make of it. */
  private sayProblems(problems: string[]): void {
    replaceChildren(
      this.messageBox,
      h(
        'div',
        { class: 'message error', role: 'alert' },
        'This link has mistakes, so check the choices below before you begin:',
        h('ul', { style: 'margin: 4px 0 0' }, ...problems.map((p) => h('li', null, p))),
      ),
    );
  }

  render(saves: SavedGame[]): void {
    const card = h(
      'div',
      { class: 'title-card' },
      h('h1', null, 'Heirs of Lenin'),
      h('p', { class: 'tagline' }, 'The struggle for power in the Soviet party, 1922\u20131929'),
      this.messageBox,
      howToPlay(),
      savesSection(saves, this.handlers),
      this.form,
      filesSection(this.handlers),
      labEntry(),
    );
    replaceChildren(this.root, card);
    this.renderForm();
  }

  private renderForm(): void {
    const sc = this.scenario;
    const scenarioField = h(
      'fieldset',
      null,
      h('legend', null, 'Scenario'),
      this.scenarios.length > 1
        ? radioRow({
            name: 'scenario',
            choices: this.scenarios.map((s) => ({ value: s.id, label: s.title })),
            checked: sc.id,
            choose: (id) => {
              const s = this.scenarios.find((x) => x.id === id)!;
              this.scenarioId = id;
              if (!s.playable.includes(this.faction)) this.faction = s.playable[0];
              this.whatifs.clear();
              this.renderForm();
            },
            root: () => this.form,
          })
        : h('p', { style: 'margin:0' }, h('strong', null, sc.title)),
      h('p', { class: 'hint' }, ...linkify(sc.summary)),
      h('p', { class: 'hint playing-time' }, `Length: ${playingTime(sc)}`),
    );
    const contenderField = h(
      'fieldset',
      null,
      h('legend', null, 'Play as'),
      h(
        'div',
        { class: 'contender-grid' },
        ...CONTENDERS.map((id) => {
          const c = CONTENDER_INFO[id];
          const playable = sc.playable.includes(id);
          const labelId = uid('who');
          return h(
            'label',
            { class: 'choice-card' },
            h('input', {
              type: 'radio',
              name: 'faction',
              value: id,
              checked: id === this.faction,
              disabled: !playable,
              'aria-labelledby': labelId,
              'aria-describedby': `${labelId}-pitch`,
              onchange: () => {
                this.faction = id;
                this.renderBriefing();
              },
            }),
            h('img', { src: PORTRAIT_URL[id], alt: '' }),
            h(
              'span',
              { class: 'text' },
              h('span', { class: 'who', id: labelId }, c.name),
              h(
                'span',
                { class: 'pitch', id: `${labelId}-pitch` },
                c.pitch,
                playable ? '' : ' (not playable in this scenario)',
              ),
              h(
                'span',
                { class: 'meta' },
                `${'\u25cf'.repeat(c.seatDifficulty)}${'\u25cb'.repeat(5 - c.seatDifficulty)} ${SEAT_WORDS[c.seatDifficulty]}`,
              ),
            ),
          );
        }),
      ),
      h('div', { id: 'briefing', class: 'briefing', 'aria-live': 'polite' }),
    );
    const hotSeatField = h(
      'fieldset',
      null,
      h('legend', null, 'More players at this screen (hot-seat)'),
      h(
        'p',
        { class: 'hint' },
        'Tick the contenders other people will play on this computer. The screen passes between you: each sees only his own network and estimates.',
      ),
      h(
        'div',
        { class: 'radio-row' },
        ...sc.playable.map((id) =>
          checkRow({
            idPrefix: 'hotseat',
            checked: this.others.has(id),
            onToggle: (on) => {
              if (on) this.others.add(id);
              else this.others.delete(id);
            },
            label: [CONTENDER_INFO[id].name],
            detail: [],
          }),
        ),
      ),
    );
    const difficultyField = h(
      'fieldset',
      null,
      h('legend', null, 'Your rivals (AI difficulty)'),
      h(
        'div',
        { class: 'radio-row' },
        ...DIFFICULTIES.map((d) =>
          h(
            'label',
            null,
            h('input', {
              type: 'radio',
              name: 'difficulty',
              value: d,
              checked: d === this.difficulty,
              onchange: () => (this.difficulty = d),
            }),
            DIFFICULTY_TEXT[d],
          ),
        ),
      ),
    );
    const seedField = h(
      'fieldset',
      null,
      h('legend', null, 'Seed'),
      h(
        'div',
        { class: 'row' },
        h('label', { for: 'seed' }, 'Seed:'),
        this.seedInput,
        h(
          'button',
          { type: 'button', onclick: () => (this.seedInput.value = randomSeed()) },
          'New random seed',
        ),
      ),
      h(
        'p',
        { class: 'hint' },
        'The same scenario, seed and choices give the same game: a class can compare outcomes.',
      ),
    );
    const whatifField =
      sc.whatifs.length > 0
        ? h(
            'fieldset',
            null,
            h('legend', null, 'What if\u2026?'),
            ...sc.whatifs.map((w) =>
              checkRow({
                idPrefix: 'whatif',
                checked: this.whatifs.has(w.id),
                onToggle: (on) => {
                  if (on) this.whatifs.add(w.id);
                  else this.whatifs.delete(w.id);
                },
                label: [h('strong', null, w.title), ' \u2014 ', w.question],
                detail: linkify(w.framing),
              }),
            ),
          )
        : null;
    const begin = h(
      'div',
      { class: 'begin-row' },
      h(
        'button',
        { type: 'button', class: 'primary', onclick: () => this.begin() },
        'Begin the game',
      ),
      ...classLinkControls(() => {
        const source = this.sources.get(this.scenario.id);
        return {
          url: this.classLink(),
          caveat:
            source && !source.url
              ? 'this scenario came from a file on this computer, so the link works only where the same file is served beside the game (see the teachers\u2019 guide).'
              : null,
        };
      }),
    );
    replaceChildren(
      this.form,
      this.name.row,
      scenarioField,
      contenderField,
      hotSeatField,
      difficultyField,
      seedField,
      whatifField,
      begin,
    );
    this.renderBriefing();
  }

  private renderBriefing(): void {
    const box = this.form.querySelector('#briefing');
    if (!box) return;
    const text = this.scenario.briefings[this.faction];
    replaceChildren(
      box,
      h('strong', null, `Briefing: ${CONTENDER_INFO[this.faction].name}. `),
      ...(text ? linkify(text) : [CONTENDER_INFO[this.faction].pitch]),
      h('br', null),
      h('strong', null, 'Your aims: '),
      aimsFor(this.scenario.id, this.faction).summary,
    );
  }

  private classLink(): string {
    return buildLink(location.href, {
      scenario: this.scenario.id,
      scenarioUrl: this.sources.get(this.scenario.id)?.url,
      seed: this.seed(),
      faction: this.faction,
      difficulty: this.difficulty,
      whatifs: [...this.whatifs],
    });
  }

  private seed(): string {
    const s = this.seedInput.value.trim();
    if (!s) this.seedInput.value = randomSeed();
    return this.seedInput.value.trim();
  }

  /**
   * Start straight away with the link's setup (the ?play=1 link). False when the title must show
   * instead: the link had a mistake, or its scenario is still on its way (the game then starts
   * once it has arrived, if it arrived whole).
   */
  autostart(link: LinkSetup): boolean {
    if (this.pending) {
      void this.pending.then((ready) => ready && this.begin());
      return false;
    }
    if (link.problems.length > 0 || this.messageBox.textContent) return false;
    this.begin();
    return true;
  }

  private begin(): void {
    const student = rememberName(this.name.input.value);
    this.name.input.value = student;
    this.handlers.start({
      student,
      scenario: this.scenario,
      seed: this.seed(),
      faction: this.faction,
      difficulty: this.difficulty,
      whatifs: [...this.whatifs],
      others: [...this.others].filter(
        (c) => c !== this.faction && this.scenario.playable.includes(c),
      ),
    });
  }
}
