// After the first visit the game works with no network: the built page registers the service
// worker that scripts/vite-sw.ts generates (sw.js, beside index.html). Not in the dev server,
// and not from a file:// address, where browsers do not allow service workers.
export function registerServiceWorker(): void {
  // MODE, not PROD: a build made inside the test runner has NODE_ENV=test, so PROD is false there.
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  if (!/^https?:$/.test(location.protocol)) return;
  const register = () => {
    // No network, an http:// address other than localhost, a private window: the game still
    // runs, only not offline. Nothing to tell the player.
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
