// The sidebar's tabs (ARIA tabs: arrow keys move between them): your move, the chronicle, and
// the board in words.
import { h, replaceChildren } from '../dom.ts';

export type TabId = 'move' | 'chronicle' | 'words';

const TABS: { id: TabId; label: string }[] = [
  { id: 'move', label: 'Your move' },
  { id: 'chronicle', label: 'Chronicle' },
  { id: 'words', label: 'Board in words' },
];

export class Sidebar {
  readonly panels: Record<TabId, HTMLElement>;
  private tabs: Record<TabId, HTMLButtonElement>;
  current: TabId = 'move';
  onChange: (tab: TabId) => void = () => {};

  constructor(root: HTMLElement) {
    this.tabs = {} as Record<TabId, HTMLButtonElement>;
    this.panels = {} as Record<TabId, HTMLElement>;
    const list = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Sidebar' });
    for (const t of TABS) {
      const tab = h('button', {
        type: 'button',
        role: 'tab',
        id: `tab-${t.id}`,
        'aria-controls': `panel-${t.id}`,
        'aria-selected': 'false',
        tabindex: -1,
        onclick: () => this.select(t.id),
      });
      tab.textContent = t.label;
      tab.addEventListener('keydown', (e) => this.keys(e, t.id));
      this.tabs[t.id] = tab;
      list.append(tab);
      this.panels[t.id] = h('section', {
        class: 'tabpanel',
        role: 'tabpanel',
        id: `panel-${t.id}`,
        'aria-labelledby': `tab-${t.id}`,
        hidden: true,
      });
    }
    replaceChildren(root, list, ...TABS.map((t) => this.panels[t.id]));
    this.select('move', false);
  }

  select(id: TabId, focus = true): void {
    this.current = id;
    for (const t of TABS) {
      const on = t.id === id;
      this.tabs[t.id].setAttribute('aria-selected', String(on));
      this.tabs[t.id].tabIndex = on ? 0 : -1;
      this.panels[t.id].hidden = !on;
    }
    if (focus) this.tabs[id].focus();
    this.onChange(id);
  }

  private keys(e: KeyboardEvent, id: TabId): void {
    const i = TABS.findIndex((t) => t.id === id);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    if (e.key === 'ArrowLeft') next = (i + TABS.length - 1) % TABS.length;
    if (e.key === 'Home') next = 0;
    if (e.key === 'End') next = TABS.length - 1;
    if (next >= 0) {
      e.preventDefault();
      this.select(TABS[next].id);
    }
  }
}
