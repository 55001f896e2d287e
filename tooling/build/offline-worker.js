// The offline worker of the page `npm start` serves (see tooling/build/offline.ts). It keeps the last
// page the server sent, and answers a reload from that copy when the server does not answer, so a
// podium reloaded while the server is down shows the speech instead of "This site can't be reached".
// It asks the server first every time, so a new build is picked up as soon as it is served. It
// answers nothing but the page itself: the socket, the LAN routes and everything else pass through.
const CACHE = 'lectern-page';
const PAGE = new URL('/', self.location.href).href;
/** How long the server has to answer before the kept copy is shown. */
const WAIT_MS = 4000;

/** The page from the server, kept for next time; rejects when the server does not answer. */
async function fromServer() {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), WAIT_MS);
  try {
    const response = await fetch(PAGE, { cache: 'no-store', credentials: 'same-origin', signal: controller.signal });
    if (response.ok && (response.headers.get('content-type') ?? '').startsWith('text/html')) {
      const cache = await caches.open(CACHE);
      await cache.put(PAGE, response.clone());
    }
    return response;
  } finally {
    clearTimeout(timer);
  }
}

/** The kept page, or a network error when there is none. */
async function kept() {
  const cache = await caches.open(CACHE);
  return (await cache.match(PAGE)) ?? Response.error();
}

self.addEventListener('install', (event) => {
  event.waitUntil(fromServer().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const isPage = url.origin === self.location.origin && (url.pathname === '/' || url.pathname === '/index.html');
  if (request.method !== 'GET' || request.mode !== 'navigate' || !isPage) return;
  event.respondWith(fromServer().catch(() => kept()));
});
