// Modal dialogs on the native <dialog> element: focus is trapped and returned, Escape closes
// (unless the dialog must be answered), and the heading names the dialog for screen readers.
import { append, h, uid, type Child } from '../dom.ts';

export interface DialogSpec {
  title: string;
  kicker?: string;
  body: Child[];
  /** Footer buttons; the first with `primary` gets the focus. */
  actions?: HTMLButtonElement[];
  /** Show a Close button and let Escape close it (default true). */
  closable?: boolean;
  className?: string;
  onClose?: () => void;
}

export interface OpenDialog {
  el: HTMLDialogElement;
  close: () => void;
}

export function openDialog(spec: DialogSpec): OpenDialog {
  const titleId = uid('dlg-title');
  const closable = spec.closable ?? true;
  const el = h('dialog', { 'aria-labelledby': titleId, class: spec.className ?? null });
  const previous = document.activeElement as HTMLElement | null;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (el.open) el.close();
    el.remove();
    spec.onClose?.();
    if (previous && document.contains(previous)) previous.focus();
  };
  const head = h(
    'div',
    { class: 'dialog-head' },
    h(
      'div',
      { class: 'dialog-titles' },
      spec.kicker ? h('p', { class: 'kicker' }, spec.kicker) : null,
      h('h2', { id: titleId }, spec.title),
    ),
    closable
      ? h(
          'button',
          { type: 'button', onclick: close, 'aria-label': `Close: ${spec.title}` },
          'Close',
        )
      : null,
  );
  const body = h('div', { class: 'dialog-body' });
  append(body, ...spec.body);
  const inner = h('div', { class: 'dialog-inner' }, head, body);
  if (spec.actions && spec.actions.length > 0)
    inner.appendChild(h('div', { class: 'dialog-foot' }, ...spec.actions));
  el.appendChild(inner);
  el.addEventListener('cancel', (e) => {
    e.preventDefault();
    if (closable) close();
  });
  el.addEventListener('close', () => {
    if (!closed) close();
  });
  document.body.appendChild(el);
  el.showModal();
  const first =
    spec.actions?.find((b) => b.classList.contains('primary')) ??
    (el.querySelector('[autofocus]') as HTMLElement | null) ??
    (el.querySelector(
      '.dialog-body button, .dialog-body a, .dialog-body input',
    ) as HTMLElement | null);
  (first ?? body).focus?.();
  return { el, close };
}

export function button(
  text: string,
  onClick: () => void,
  options: { primary?: boolean; label?: string; className?: string } = {},
): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: [options.primary ? 'primary' : '', options.className ?? ''].join(' ').trim() || null,
      'aria-label': options.label ?? null,
      onclick: onClick,
    },
    text,
  );
}
