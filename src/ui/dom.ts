// Building DOM nodes safely. Every string becomes a text node (textContent), never markup:
// scenario, save and replay files are untrusted, so nothing from them may reach innerHTML.

export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  [name: string]: string | number | boolean | null | undefined | EventListener;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') {
        el.addEventListener(name.slice(2).toLowerCase(), value);
      } else if (name === 'class') {
        el.className = String(value);
      } else if (value === true) {
        el.setAttribute(name, '');
      } else {
        el.setAttribute(name, String(value));
      }
    }
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function replaceChildren(el: Element, ...children: Child[]): void {
  clear(el);
  append(el, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing element #${id}`);
  return el as T;
}

/** A unique id for aria-labelledby and friends. */
let counter = 0;
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A percentage for people: 0.553 → "55%". */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** A signed change for people: +3, −2, ±0. */
export function signed(n: number, digits = 0): string {
  const v = Number(n.toFixed(digits));
  if (v === 0) return '\u00b10';
  return v > 0 ? `+${v}` : `\u2212${Math.abs(v)}`;
}

/** Offer a text file for download (replays, saves, reports). */
export function download(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename, class: 'visually-hidden' });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A table's header row: one column heading per name (null or false skips a column). */
export function tableHead(...names: (string | null | false)[]): HTMLTableSectionElement {
  return h(
    'thead',
    null,
    h(
      'tr',
      null,
      ...names.filter((n): n is string => !!n).map((n) => h('th', { scope: 'col' }, n)),
    ),
  );
}

/**
 * A body row: its heading cell, then its cells. A cell that is already a <td> (to carry a
 * class) goes in as it is; anything else is wrapped in one; null or false skips the column.
 */
export function tableRow(
  head: Child | Child[],
  cells: (Child | HTMLTableCellElement)[],
  attrs: Attrs | null = null,
): HTMLTableRowElement {
  const th = h('th', { scope: 'row' }, ...(Array.isArray(head) ? head : [head]));
  const tds = cells
    .filter((c) => c !== null && c !== false)
    .map((c) => (c instanceof HTMLTableCellElement ? c : h('td', null, c)));
  return h('tr', attrs, th, ...tds);
}

/**
 * A checkbox row (a what-if switch, on the title screen and in the lab): the box, its label,
 * and a line that describes it, wired for screen readers.
 */
export function checkRow(options: {
  idPrefix: string;
  checked: boolean;
  onToggle: (on: boolean) => void;
  label: Child[];
  detail: Child[];
}): HTMLElement {
  const id = uid(options.idPrefix);
  return h(
    'div',
    { class: 'whatif' },
    h('input', {
      type: 'checkbox',
      id,
      checked: options.checked,
      'aria-describedby': `${id}-detail`,
      onchange: (e: Event) => options.onToggle((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: id }, ...options.label),
    h('span', { class: 'framing', id: `${id}-detail` }, ...options.detail),
  );
}

/**
 * A row of radio buttons whose choice re-renders the form it sits in: after the re-render the
 * focus goes back to the chosen button (found in `root` by name and value).
 */
export function radioRow<T extends string>(options: {
  name: string;
  choices: { value: T; label: Child }[];
  checked: T;
  choose: (value: T) => void;
  root: () => ParentNode;
}): HTMLElement {
  return h(
    'div',
    { class: 'radio-row' },
    ...options.choices.map((c) =>
      h(
        'label',
        null,
        h('input', {
          type: 'radio',
          name: options.name,
          value: c.value,
          checked: c.value === options.checked,
          onchange: () => {
            options.choose(c.value);
            (
              options
                .root()
                .querySelector(
                  `input[name="${CSS.escape(options.name)}"][value="${CSS.escape(c.value)}"]`,
                ) as HTMLElement | null
            )?.focus();
          },
        }),
        c.label,
      ),
    ),
  );
}
