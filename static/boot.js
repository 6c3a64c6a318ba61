// Starts Cloudfall from a script file, so no inline script is needed (strict CSP).
// Trunk writes the hashed file names of the wasm-bindgen glue and the wasm binary into this tag's data attributes.
const tag = document.getElementById('cloudfall-boot');
const base = document.baseURI;
const glue = await import(new URL(tag.dataset.js, base).href);
await glue.default({ module_or_path: new URL(tag.dataset.wasm, base).href });

// Works offline after the first visit (issue 17): the service worker beside this file keeps the site's own files.
// Its scope is this folder, whatever sub-path the site is published under. Where the browser has no service workers
// (a file opened from disk, a private window that refuses them) the app simply works online only.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register(new URL('sw.js', base).href, { scope: new URL('./', base).href }).catch(() => {});
}
