// Starts Cloudfall from a script file, so no inline script is needed (strict CSP).
// Trunk writes the hashed file names of the wasm-bindgen glue and the wasm binary into this tag's data attributes.
const tag = document.getElementById('cloudfall-boot');
const base = document.baseURI;
const glue = await import(new URL(tag.dataset.js, base).href);
await glue.default({ module_or_path: new URL(tag.dataset.wasm, base).href });
