// The page's half of a podium that survives its server (tooling/build/offline.ts): when the server
// that sent this page names an offline worker, the page registers it once it has loaded, so a
// reload with the server down shows the kept copy. A page opened from disk names none.

/** The offline worker's address the server wrote into the page, or null for none. */
export function offlineWorker(doc: Document): string | null {
  const content = doc.querySelector('meta[name="lectern-offline"]')?.getAttribute('content') ?? '';
  return content.startsWith('/') && !content.startsWith('//') ? content : null;
}

/**
 * Registers the worker the page names, after the page has loaded so it never delays the first
 * point; says in the console why when the browser refuses it. `workers` is undefined where the
 * browser has none (a page over plain HTTP on the network).
 */
export function keepOffline(doc: Document, win: Window, workers: ServiceWorkerContainer | undefined): void {
  const script = offlineWorker(doc);
  if (script === null || workers === undefined) return;
  const register = () => {
    workers.register(script, { scope: '/' }).catch((error: unknown) => {
      console.warn(`This page will not open again while the server is down: ${String(error)}`);
    });
  };
  if (doc.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
