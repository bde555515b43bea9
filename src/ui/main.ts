// The browser entry: styles, then the app (which starts Phaser and shows the title).
import './styles.css';
import { App } from './app.ts';
import { fatal } from './fatal.ts';
import { loadArt } from './assets.ts';
import { registerServiceWorker } from './sw/register.ts';

performance.mark('heirs:start');
// The pictures download while Phaser starts.
loadArt();
try {
  const app = new App();
  // For the browser tests and the benchmark: the app is up (no game state is exposed here).
  (window as unknown as { __heirs?: unknown }).__heirs = { ready: true };
  void app;
} catch (e) {
  fatal(e);
}
window.addEventListener('error', (e) => fatal(e.error ?? e.message));
registerServiceWorker();
