// The lab's setup form: scenario, games, seed, and setup A (and B, to compare). Every control is
// a native input with a label, so it works from the keyboard and reads well aloud.
import { POLICIES, type PolicyId } from '../../ai/policy.ts';
import { CONTENDER_INFO } from '../../content/people.ts';
import type { ScenarioData } from '../../content/types.ts';
import { CONTENDERS, DIFFICULTIES, type ContenderId, type Difficulty } from '../../sim/ids.ts';
import { checkRow, h, radioRow, replaceChildren, uid } from '../dom.ts';
import {
  MAX_RUNS,
  POLICY_TEXT,
  commandLine,
  specsOf,
  type ArmSetup,
  type LabSetup,
} from './setup.ts';

const DIFFICULTY_TEXT: Record<Difficulty, string> = {
  easy: 'Easy \u2014 rivals blunder',
  historical: 'Historical \u2014 each plays his real temperament',
  hard: 'Hard \u2014 rivals play sharp',
};

function select<T extends string>(
  label: string,
  options: { value: T; text: string }[],
  value: T,
  onchange: (v: T) => void,
): HTMLElement {
  const id = uid('lab-select');
  return h(
    'div',
    { class: 'lab-field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, onchange: (e: Event) => onchange((e.target as HTMLSelectElement).value as T) },
      ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.text)),
    ),
  );
}

export class LabForm {
  readonly root = h('form', { class: 'lab-setup', 'aria-label': 'What to run' });
  private commands = h('div', { class: 'lab-commands' });
  private seedHint = h('p', { class: 'hint' });

  constructor(
    private scenarios: ScenarioData[],
    public setup: LabSetup,
    private onSubmit: () => void,
  ) {
    this.root.addEventListener('submit', (e) => {
      e.preventDefault();
      this.onSubmit();
    });
    this.render();
  }

  get scenario(): ScenarioData {
    return this.scenarios.find((s) => s.id === this.setup.scenarioId) ?? this.scenarios[0];
  }

  /** While games run, the setup cannot change (the results must match what is shown). */
  set locked(on: boolean) {
    for (const el of this.root.querySelectorAll('input, select')) {
      (el as HTMLInputElement).disabled = on;
    }
  }

  private render(): void {
    const sc = this.scenario;
    const scenarioField = h(
      'fieldset',
      null,
      h('legend', null, 'Scenario'),
      radioRow({
        name: 'lab-scenario',
        choices: this.scenarios.map((s) => ({ value: s.id, label: s.title })),
        checked: sc.id,
        choose: (id) => {
          this.setup.scenarioId = id;
          for (const a of this.setup.arms) a.whatifs = [];
          this.render();
        },
        root: () => this.root,
      }),
    );
    const runsId = uid('lab-runs');
    const seedId = uid('lab-seed');
    const gamesField = h(
      'fieldset',
      null,
      h('legend', null, 'Games'),
      h(
        'div',
        { class: 'row' },
        h('label', { for: runsId }, 'Number of games:'),
        h('input', {
          id: runsId,
          type: 'number',
          min: 1,
          max: MAX_RUNS,
          step: 1,
          required: true,
          value: this.setup.runs,
          class: 'lab-runs',
          oninput: (e: Event) => {
            const v = Number((e.target as HTMLInputElement).value);
            if (Number.isInteger(v) && v >= 1 && v <= MAX_RUNS) this.setup.runs = v;
            this.renderCommands();
          },
        }),
        h('label', { for: seedId }, 'Seed:'),
        h('input', {
          id: seedId,
          type: 'text',
          value: this.setup.seed,
          maxlength: 40,
          spellcheck: 'false',
          autocomplete: 'off',
          required: true,
          oninput: (e: Event) => {
            this.setup.seed = (e.target as HTMLInputElement).value.trim() || 'lab';
            this.renderCommands();
          },
        }),
      ),
      this.seedHint,
    );
    const compareId = uid('lab-compare');
    const compareBox = h(
      'div',
      { class: 'lab-compare-toggle' },
      h('input', {
        id: compareId,
        type: 'checkbox',
        checked: this.setup.compare,
        onchange: (e: Event) => {
          this.setup.compare = (e.target as HTMLInputElement).checked;
          if (this.setup.compare && this.isBlank(this.setup.arms[1])) {
            this.setup.arms[1] = structuredClone(this.setup.arms[0]);
          }
          this.render();
          (this.root.querySelector(`#${compareId}`) as HTMLElement | null)?.focus();
        },
      }),
      h('label', { for: compareId }, 'Compare with a second setup (B), played on the same seeds'),
    );
    const arms = h(
      'div',
      { class: `lab-arms${this.setup.compare ? ' two' : ''}` },
      this.armField(0, sc),
      this.setup.compare ? this.armField(1, sc) : null,
    );
    replaceChildren(this.root, scenarioField, gamesField, compareBox, arms, this.commands);
    this.renderCommands();
  }

  private isBlank(a: ArmSetup): boolean {
    return a.whatifs.length === 0 && a.faction === null && a.difficulty === 'historical';
  }

  private armField(i: 0 | 1, sc: ScenarioData): HTMLElement {
    const arm = this.setup.arms[i];
    const name = i === 0 ? 'Setup A' : 'Setup B';
    const seatOptions: { value: ContenderId | ''; text: string }[] = [
      { value: '', text: 'No \u2014 every seat plays its historical self' },
      ...CONTENDERS.map((c) => ({ value: c, text: CONTENDER_INFO[c].name })),
    ];
    return h(
      'fieldset',
      { class: `lab-arm arm-${i === 0 ? 'a' : 'b'}` },
      h('legend', null, this.setup.compare ? name : 'Setup'),
      sc.whatifs.length
        ? h(
            'div',
            { class: 'lab-whatifs', role: 'group', 'aria-label': `${name}: what-ifs` },
            h('p', { class: 'lab-sub' }, 'What if\u2026?'),
            ...sc.whatifs.map((w) =>
              checkRow({
                idPrefix: 'lab-whatif',
                checked: arm.whatifs.includes(w.id),
                onToggle: (on) => {
                  arm.whatifs = on ? [...arm.whatifs, w.id] : arm.whatifs.filter((x) => x !== w.id);
                  this.renderCommands();
                },
                label: [h('strong', null, w.title)],
                detail: [w.question],
              }),
            ),
          )
        : h('p', { class: 'hint' }, 'This scenario has no what-if switches.'),
      select<ContenderId | ''>(
        `${name}: a seat played by a chosen AI`,
        seatOptions,
        arm.faction ?? '',
        (v) => {
          arm.faction = v || null;
          this.render();
        },
      ),
      arm.faction
        ? select<PolicyId>(
            `${name}: which AI plays ${CONTENDER_INFO[arm.faction].name}`,
            POLICIES.map((p) => ({ value: p, text: POLICY_TEXT[p] })),
            arm.factionPolicy,
            (v) => {
              arm.factionPolicy = v;
              this.renderCommands();
            },
          )
        : null,
      select<Difficulty>(
        `${name}: the other seats`,
        DIFFICULTIES.map((d) => ({ value: d, text: DIFFICULTY_TEXT[d] })),
        arm.difficulty,
        (v) => {
          arm.difficulty = v;
          this.renderCommands();
        },
      ),
    );
  }

  private renderCommands(): void {
    const seed = this.setup.seed;
    this.seedHint.textContent = `Game 1 uses the seed \u201c${seed}#1\u201d, game 2 \u201c${seed}#2\u201d, and so on: the same seed always gives the same results, here and on the command line.`;
    const specs = specsOf(this.setup, this.scenario);
    replaceChildren(
      this.commands,
      h(
        'details',
        null,
        h('summary', null, 'The same on the command line'),
        ...specs.map((s, i) =>
          h(
            'p',
            null,
            specs.length > 1 ? `${i === 0 ? 'A' : 'B'}: ` : '',
            h('code', null, commandLine(s)),
          ),
        ),
      ),
    );
  }
}
