// Lab Konkurensi's service worker: cross-origin isolation on any static host, and the app
// offline after the first visit.
//
// 1. Isolation (the coi-serviceworker technique). The thread pool needs SharedArrayBuffer,
//    which browsers give only to a cross-origin isolated page: one whose response carries
//    `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy`. Hosts such as
//    GitHub Pages cannot send headers, so this worker re-serves the app's own (same-origin)
//    responses with them. The page registers it (boot.js) and reloads once when the worker
//    controls it but the page is not yet isolated; boot.js guards that reload.
// 2. Offline. On install it caches the whole release (scripts/postbuild.mjs writes the file
//    list and a build id into this file), so every page opens with the network off. A new
//    release has a new build id, hence a new cache; `activate` deletes the old ones.
//
// Navigations go to the network first (a new release is seen at once) and fall back to the
// cached index.html; every other file has a content hash or is small, and comes from the cache
// first.

// Replaced by scripts/postbuild.mjs at build time; left as is, the worker still isolates.
const BUILD = '__LAB_BUILD_ID__';
const FILES = [/* __LAB_FILES__ */];

const CACHE = `lab-konkurensi-${BUILD}`;
const PREFIX = 'lab-konkurensi-';

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(new URL(f, self.registration.scope), { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

/** The same response with the two isolation headers (and CORP, for good measure). */
function isolated(response) {
  // Opaque, error and redirect-only responses cannot be rebuilt; they pass unchanged.
  if (!response || response.status === 0 || response.type === 'opaqueredirect') return response;
  const headers = new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function fromNetworkFirst(request) {
  try {
    const response = await fetch(request);
    return isolated(response);
  } catch (e) {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(new URL('./', self.registration.scope)) ?? await cache.match(new URL('index.html', self.registration.scope));
    if (cached) return isolated(cached);
    throw e;
  }
}

async function fromCacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return isolated(cached);
  const response = await fetch(request);
  return isolated(response);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // NOTE: a `only-if-cached` request from another mode throws in fetch(); let the browser have it.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  event.respondWith(request.mode === 'navigate' ? fromNetworkFirst(request) : fromCacheFirst(request));
});
