// Starts Cloudfall from a script file, so no inline script is needed (strict CSP).
// Trunk writes the hashed file names of the wasm-bindgen glue and the wasm binary into this tag's data attributes.
const tag = document.getElementById('cloudfall-boot');
const base = document.baseURI;
// An embed showing the story (`embed=1`, with no view or `view=story`: an article's default) starts the story binary,
// the story view and the model only, a fraction of the full app's weight (issue 16). Anything else, or a link this
// test is unsure of (a repeated key, a reader's `data=`, an earlier data version's `v=`, a class link's keys, the
// teacher's page), starts the full app; the story binary hands any other view back by writing it in the link and
// loading the page again. The teacher's page (`page=teacher`, as the query codec reads it: the last `page` it
// understands, trimmed) starts its own binary (issue 19's weight); its "back to the explorer" opens the explorer's
// link as a page, and the explorer's "teacher's page" button opens the teacher's.
const params = new URLSearchParams(window.location.search);
const only = (key, allowed) => params.getAll(key).every((value) => allowed.includes(value));
const story = Boolean(tag.dataset.storyJs && tag.dataset.storyWasm)
  && params.getAll('embed').length === 1 && only('embed', ['1'])
  && only('view', ['story']) && params.getAll('view').length <= 1
  // The story binary reads the current data only: a link pinned to another version starts the full app.
  && only('v', [tag.dataset.dataVersion])
  && !['data', 'page', 'step', 'challenge', 'lock', 'hide', 'projector', 'code'].some((key) => params.has(key));
const pages = params.getAll('page').map((value) => value.trim()).filter((value) => ['teacher', 'explorer', ''].includes(value));
const teacher = Boolean(tag.dataset.teacherJs && tag.dataset.teacherWasm) && pages.at(-1) === 'teacher';
const [js, wasm] = story ? [tag.dataset.storyJs, tag.dataset.storyWasm]
  : teacher ? [tag.dataset.teacherJs, tag.dataset.teacherWasm] : [tag.dataset.js, tag.dataset.wasm];
// The data the binary will read downloads alongside it: the story core (no market tables) for the story, the core
// for the full app, or the file a link names (`data=`, issue 19: at 1,000 nodes it used to wait for the binary to
// start, about 30 ms). A pinned version (`v=`) is most often the current one (share links name it), so the core is
// preloaded for it too. A `data=` path is preloaded only when the app will read it: the rule of the model's query
// codec (`query::data_path`: relative, letters, digits, `-_./` only, the last `data` wins), so a link can never make
// this page fetch from another site; tests/e2e/split.test.mjs holds the two rules together.
const dataAsked = (params.getAll('data').at(-1) ?? '').trim();
const dataPath = /^[A-Za-z0-9._-][A-Za-z0-9._/-]*$/.test(dataAsked) ? dataAsked : null;
// A link whose `data=` the app refuses (or leaves empty) shows the shipped data, so that is preloaded then.
const preloaded = dataPath ?? (story ? 'data/cloudfall.story.json' : 'data/cloudfall.core.json');
const data = document.createElement('link');
Object.assign(data, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', id: 'cloudfall-data-preload' });
data.href = new URL(preloaded, base).href;
document.head.append(data);
// The binary downloads while its glue loads (Trunk writes no preload links: it would preload the full app).
const binary = fetch(new URL(wasm, base).href);
// The full app's own stylesheet, disabled in the page so an embed's story never downloads it: enabled here, and
// loaded before the app draws anything (a sheet that fails to load leaves the shared styles, never a blank page).
const appStyle = document.getElementById('cloudfall-app-style');
const styled = story || !appStyle ? Promise.resolve() : new Promise((done) => {
  appStyle.addEventListener('load', done, { once: true });
  appStyle.addEventListener('error', done, { once: true });
  appStyle.disabled = false;
  // A browser that fetched the sheet in spite of `disabled` has fired its load event already: never wait for it, and
  // never more than a few seconds for a slow network (the app then starts and the styles apply when they arrive).
  if (appStyle.sheet) done();
  setTimeout(done, 3000);
});
const glue = await import(new URL(js, base).href);
await styled;
await glue.default({ module_or_path: binary });
// Never a frozen page: the release build's panics stop the WebAssembly at once (a trap, no panic hook runs), so a
// trap seen here, in an event handler or in a task, shows the app's own notice with a way back to the start.
const trapped = (error) => {
  if (error instanceof WebAssembly.RuntimeError) glue.show_crash_notice();
};
window.addEventListener('error', (event) => trapped(event.error));
window.addEventListener('unhandledrejection', (event) => trapped(event.reason));

// Works offline after the first visit (issue 17): the service worker beside this file keeps the site's own files.
// Its scope is this folder, whatever sub-path the site is published under. Where the browser has no service workers
// (a file opened from disk, a private window that refuses them) the app simply works online only.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register(new URL('sw.js', base).href, { scope: new URL('./', base).href }).catch(() => {});
}
