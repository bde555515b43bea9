// A term's meaning on hover or keyboard focus, without a click: one shared tooltip under the
// word. The click still opens the full glossary. Text only (textContent), never markup.
import { h } from '../dom.ts';

let tip: HTMLElement | null = null;

function tipElement(): HTMLElement {
  if (!tip || !document.body.contains(tip)) {
    tip = h('div', { id: 'term-tip', role: 'tooltip', class: 'term-tip', hidden: true });
    document.body.append(tip);
  }
  return tip;
}

function show(anchor: HTMLElement, term: string, text: string): void {
  const el = tipElement();
  el.replaceChildren(h('strong', null, term), ' \u2014 ', text);
  el.hidden = false;
  // Inside an open <dialog> the tooltip must live in the top layer with it.
  const dialog = anchor.closest('dialog');
  if (dialog && el.parentElement !== dialog) dialog.append(el);
  else if (!dialog && el.parentElement !== document.body) document.body.append(el);
  const r = anchor.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  el.style.width = `${width}px`;
  el.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
  const below = r.bottom + 6;
  el.style.top = `${below}px`;
  const height = el.getBoundingClientRect().height;
  if (below + height > window.innerHeight - 8)
    el.style.top = `${Math.max(8, r.top - height - 6)}px`;
  anchor.setAttribute('aria-describedby', 'term-tip');
}

function hide(anchor: HTMLElement): void {
  if (tip) tip.hidden = true;
  anchor.removeAttribute('aria-describedby');
}

/** Give a glossary link its tooltip (hover, focus; Escape or leaving hides it). */
export function withTip(button: HTMLElement, term: string, text: string): HTMLElement {
  button.addEventListener('mouseenter', () => show(button, term, text));
  button.addEventListener('focus', () => show(button, term, text));
  button.addEventListener('mouseleave', () => hide(button));
  button.addEventListener('blur', () => hide(button));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && tip && !tip.hidden) {
      e.stopPropagation();
      hide(button);
    }
  });
  return button;
}
