// "Copy class link" on the title screen: the link for the current setup, copied and shown in
// the sticky row under the form, with what happened said right there (and to screen readers).
import { h, replaceChildren } from '../dom.ts';

export interface LinkToCopy {
  url: string;
  /** Said after copying when the link will not work as it is (a scenario from a local file):
   * a clause that follows "Link copied, but". */
  caveat: string | null;
}

export function classLinkControls(make: () => LinkToCopy): HTMLElement[] {
  const out = h('input', {
    type: 'text',
    readonly: true,
    'aria-label': 'Link for the class',
    class: 'link-out',
    style: 'flex: 1 1 100%',
    hidden: true,
  });
  const note = h('p', { class: 'hint', role: 'status', style: 'flex: 1 1 100%; margin: 0' });
  const copy = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        const link = make();
        out.value = link.url;
        out.hidden = false;
        out.select();
        const copied = navigator.clipboard
          ? navigator.clipboard.writeText(link.url)
          : Promise.reject(new Error('no clipboard'));
        copied.then(
          () =>
            replaceChildren(
              note,
              link.caveat
                ? `Link copied, but ${link.caveat}`
                : 'Link copied: send it to the class so everyone plays the same game.',
            ),
          () =>
            replaceChildren(
              note,
              link.caveat
                ? `Copy the link above (Ctrl+C), but ${link.caveat}`
                : 'Copy the link above (Ctrl+C) and send it to the class.',
            ),
        );
      },
    },
    'Copy class link',
  );
  return [copy, out, note];
}
