// The student's name, remembered on this computer so the next game (and the class link's
// briefing) starts with it filled in. Never sent anywhere: it goes only into this browser's
// storage, the saves, the report and the files the student downloads.
import { cleanStudentName, STUDENT_NAME_MAX } from '../../io/student-name.ts';
import { h } from '../dom.ts';

const KEY = 'heirs-of-lenin:student-name';

export function rememberedName(): string {
  try {
    return cleanStudentName(localStorage.getItem(KEY) ?? '');
  } catch {
    return '';
  }
}

/** Remember a name (cleaned); an empty one forgets. Returns the name as kept. */
export function rememberName(raw: string): string {
  const name = cleanStudentName(raw);
  try {
    if (name) localStorage.setItem(KEY, name);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage switched off: the name still goes into this game, just not remembered.
  }
  return name;
}

/** The "Your name" field (a label and a text input), prefilled with the remembered name. */
export function nameField(id: string): { row: HTMLElement; input: HTMLInputElement } {
  const input = h('input', {
    type: 'text',
    id,
    value: rememberedName(),
    maxlength: STUDENT_NAME_MAX,
    autocomplete: 'name',
    spellcheck: 'false',
  });
  const row = h(
    'div',
    { class: 'row student-name' },
    h('label', { for: id }, 'Your name:'),
    input,
    h('span', { class: 'hint' }, 'for your saves, report and replay (stays on this computer)'),
  );
  return { row, input };
}
