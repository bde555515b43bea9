// The last resort when the page itself fails: a message that the game is saved.
import { h } from './dom.ts';

export function fatal(error: unknown): void {
  const msg = error instanceof Error ? error.message : String(error);
  document.body.append(
    h(
      'div',
      {
        class: 'message error',
        role: 'alert',
        style: 'position:fixed;left:10px;bottom:10px;z-index:99;max-width:600px',
      },
      `Something went wrong: ${msg}. Your game is autosaved; reload the page to continue.`,
    ),
  );
}
