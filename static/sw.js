// Cloudfall's service worker (issue 17: works offline after the first visit). It keeps the app (page, script, wasm,
// style), the data and the teacher's material in the browser's cache, so the story, the explorer, the challenges
// and the teacher's page open again with the network cut, as in a classroom whose Wi-Fi fails. Its scope is the
// folder it is served from, so it works from any sub-path; it is a file of the site, so the strict CSP allows it.
// Network first: a reader online always gets the newest files, and the cache answers only when the network cannot.
// Nothing leaves the browser: it fetches only the site's own files.

const CACHE = 'cloudfall-1';
// Files whose names do not change from one build to the next; the hashed ones are read from the page itself.
const FIXED = ['index.html', 'boot.js', 'resize.js', 'data/cloudfall.core.json', 'data/cloudfall.story.json',
  'data/versions.json',
  'data/template.json', 'teacher/en.json', 'teacher/fr.json',
  // The installed app's manifest and icons (issue 17): an app started from the home screen offline has them.
  'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('./', { cache: 'no-store' });
    const html = await page.clone().text();
    // Trunk writes the hashed names (the wasm, its glue, the style, the icon) into the page: keep each of them.
    const hashed = [...html.matchAll(/(?:href|src|data-js|data-wasm|data-story-js|data-story-wasm|data-teacher-js|data-teacher-wasm)="(?:\.\/)?([^"?#:]+)"/g)].map((found) => found[1]);
    await cache.put('./', page);
    await cache.addAll([...new Set([...FIXED, ...hashed])]);
    // The first load's core names its details file (`dataset.details`, a hashed name): keep it too.
    try {
      const core = await (await cache.match('data/cloudfall.core.json')).json();
      if (core && core.dataset && typeof core.dataset.details === 'string' && /^[\w.-]+$/.test(core.dataset.details)) {
        await cache.add(`data/${core.dataset.details}`);
      }
    } catch (unreadable) {
      // Without the details the map still opens offline; its citations then say they could not be loaded.
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  // An older cache holds an older build: drop it.
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok) {
        const cache = await caches.open(CACHE);
        // A page is kept under its address without the query, so any class link opens offline.
        const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
        await cache.put(key, response.clone());
      }
      return response;
    } catch (offline) {
      const cached = request.mode === 'navigate'
        ? await caches.match(new URL('./', self.registration.scope).href)
        : await caches.match(request, { ignoreSearch: false });
      if (cached) return cached;
      throw offline;
    }
  })());
});
