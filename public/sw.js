// Claimcheck's service worker: lets a student reload a quiz page with no connection. Built files are cached as
// they are fetched; quiz pages are fetched from the network first and served from the cache only when offline.
// Answers are never cached here: they wait in the page's own persisted outbox.
// The page registers /sw.js?build=<build id>, so each build has a cache of its own: a new build's worker takes over
// and deletes every older build's cache (and the unversioned one of before), so an upgrade leaves no stale assets.
const PREFIX = 'claimcheck-';
const CACHE = `${PREFIX}${new URL(self.location.href).searchParams.get('build') || 'dev'}`;
const PAGE = /^\/(quiz\/[^/]+(\/play|\/results)?|a\/[^/]+(\/results)?)\/?$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  ),
);

// The page that registered the worker was loaded before the worker could see it: the page sends its own address
// and its scripts and styles, and they are cached now so that a reload works offline.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-page' || !Array.isArray(data.urls)) return;
  // a worker that a newer build's is replacing fills no cache: the newer one is deleting the old caches
  if (self.registration.active?.scriptURL !== self.location.href) return;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        data.urls.map(async (raw) => {
          const url = new URL(raw, self.location.origin);
          if (url.origin !== self.location.origin) return;
          const key = PAGE.test(url.pathname) ? url.pathname : url.href;
          if (key === url.href && (await cache.match(key))) return;
          const response = await fetch(url.href, { credentials: 'same-origin' }).catch(() => null);
          if (response && response.ok) await cache.put(key, response);
        }),
      ),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (url.pathname.startsWith('/_next/static/')) {
    // content-hashed names: a cached copy is always right
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      }),
    );
    return;
  }

  if (request.mode === 'navigate' && PAGE.test(url.pathname)) {
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok) await (await caches.open(CACHE)).put(url.pathname, response.clone());
          return response;
        })
        .catch(async () => {
          const hit = await (await caches.open(CACHE)).match(url.pathname);
          return (
            hit ??
            new Response('<!doctype html><title>Offline</title><p>You are offline and this page was not saved on this device yet.</p>', {
              status: 503,
              headers: { 'Content-Type': 'text/html; charset=utf-8' },
            })
          );
        }),
    );
  }
});
