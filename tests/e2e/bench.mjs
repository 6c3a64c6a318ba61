// `make bench`: what a reader pays, measured in headless Chromium on the release dist/.
// Not a test: timings on a shared 2-core machine are noisy, so it prints numbers and asserts nothing.
// For the shipped dataset and generated graphs of 1,000, 10,000 and 100,000 nodes (made by `cloudfall generate`,
// loaded through the app's normal data path with ?data=):
//   - time to first rendered map (navigation start to the first frame after the map is drawn);
//   - click-to-repaint: from a switch's click to the frame that shows the change (a requestAnimationFrame
//     callback that sees the new summary posts a MessageChannel message; its arrival is the paint time),
//     median and max over repeated toggles of the largest provider;
//   - the same propagation in plain JavaScript and in wasm, in the same page on the same graph.

import { execFileSync } from 'node:child_process';
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, startBrowser, openPage, repo } from './harness.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').filter(Boolean).map(Number);
const benchData = join(repo, 'target', 'bench-data');
process.env.CLOUDFALL_BENCH_DATA = benchData;
mkdirSync(benchData, { recursive: true });
for (const n of SIZES) {
  const file = join(benchData, `generated-${n}.json`);
  if (!existsSync(file)) {
    const json = execFileSync('cargo', ['run', '-q', '--release', '-p', 'cloudfall-cli', '--', 'generate', '--nodes', String(n)],
      { cwd: repo, maxBuffer: 1 << 30 });
    writeFileSync(file, json);
  }
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], n: values.length };
}
const ms = (value) => (value === undefined ? '–' : value < 1 ? value.toFixed(3) : value.toFixed(1));

// The propagation rules of crates/model/src/outage.rs in plain JavaScript, on flat arrays: the reference.
function jsPropagation(json, offIds, runs) {
  const data = JSON.parse(json);
  const ids = new Map(data.nodes.map((node, i) => [node.id, i]));
  const n = data.nodes.length;
  const edges = [];
  for (const node of data.nodes) {
    const cut = node.id.lastIndexOf('/');
    if (cut > 0) edges.push([ids.get(node.id.slice(0, cut)), ids.get(node.id), 0, null]);
  }
  for (const d of data.dependencies) {
    const mode = { required: 0, redundant: 1, soft: 2 }[d.mode ?? 'required'];
    edges.push([ids.get(d.depends_on), ids.get(d.dependent), mode, d.group ?? null]);
  }
  const outStart = new Int32Array(n + 1); const inStart = new Int32Array(n + 1);
  for (const [s, t] of edges) { outStart[s + 1]++; inStart[t + 1]++; }
  for (let i = 0; i < n; i++) { outStart[i + 1] += outStart[i]; inStart[i + 1] += inStart[i]; }
  const outTo = new Int32Array(edges.length); const inFrom = new Int32Array(edges.length);
  const inMode = new Uint8Array(edges.length); const inGroup = new Array(edges.length);
  const o = outStart.slice(); const p = inStart.slice();
  for (const [s, t, mode, group] of edges) {
    outTo[o[s]++] = t; inFrom[p[t]] = s; inMode[p[t]] = mode; inGroup[p[t]++] = group;
  }
  const off = offIds.map((id) => ids.get(id));
  const evaluate = (v, state) => {
    let worst = 0; const groups = new Map();
    for (let k = inStart[v]; k < inStart[v + 1]; k++) {
      const s = state[inFrom[k]];
      if (inMode[k] === 0) worst = Math.max(worst, s);
      else if (inMode[k] === 2) { if (s) worst = Math.max(worst, 1); }
      else { const g = groups.get(inGroup[k]) ?? [0, 0, false]; g[0]++; if (s === 2) g[1]++; if (s === 1) g[2] = true; groups.set(inGroup[k], g); }
      if (worst === 2) return 2;
    }
    for (const [all, down, degraded] of groups.values()) {
      if (down === all) return 2;
      if (down || degraded) worst = Math.max(worst, 1);
    }
    return worst;
  };
  let down = 0;
  const start = performance.now();
  for (let r = 0; r < runs; r++) {
    const state = new Uint8Array(n); const queue = new Int32Array(n * 2 + 4); let head = 0; let tail = 0;
    for (const v of off) { state[v] = 2; queue[tail++] = v; }
    while (head < tail) {
      const changed = queue[head++];
      for (let k = outStart[changed]; k < outStart[changed + 1]; k++) {
        const t = outTo[k];
        if (state[t] === 2) continue;
        const next = evaluate(t, state);
        if (next > state[t]) { state[t] = next; if (tail < queue.length) queue[tail++] = t; }
      }
    }
    down = 0; for (let v = 0; v < n; v++) if (state[v] === 2 && data.nodes[v].kind === 'web_service') down++;
  }
  return { mean: (performance.now() - start) / runs, down };
}

const server = await serveDist();
const browser = await startBrowser();
const rows = [];
try {
  const cases = [['shipped', '', 'aws', 5, 40], ...SIZES.map((n) => [`generated ${n}`, `?data=bench/generated-${n}.json`, 'p0', n >= 100000 ? 2 : 3, n >= 100000 ? 10 : 20])];
  for (const [label, query, provider, loads, rounds] of cases) {
    const firstMap = [];
    for (let i = 0; i < loads; i++) {
      const { page } = await openPage(browser.context, new URL(server.url).origin);
      await page.goto(server.url + query);
      await page.waitForSelector('[data-node-id], canvas[data-drawn]:not([data-drawn="0"])', { timeout: 180000 });
      firstMap.push(await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))));
      await page.close();
    }
    const { page } = await openPage(browser.context, new URL(server.url).origin);
    await page.goto(server.url + query);
    await page.waitForSelector('[data-node-id], canvas[data-drawn]:not([data-drawn="0"])', { timeout: 180000 });
    const toggles = await page.evaluate(async ({ provider, rounds }) => {
      const summary = document.querySelector('.summary');
      const toggle = () => new Promise((resolve) => {
        const before = summary.dataset.down;
        let updated = null;
        const observer = new MutationObserver(() => { if (updated === null && summary.dataset.down !== before) updated = performance.now() - start; });
        observer.observe(summary, { attributes: true });
        const start = performance.now();
        document.querySelector(`[data-switch-id="${provider}"]`).click();
        const look = () => {
          if (summary.dataset.down !== before) {
            observer.disconnect();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve([performance.now() - start, updated ?? 0]);
            channel.port2.postMessage(0);
          } else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      const times = [];
      for (let i = 0; i < rounds; i++) times.push(await toggle());
      return times;
    }, { provider, rounds });
    const dataUrl = query ? query.replace('?data=', '') : 'data/cloudfall.json';
    // Evaluated through the DevTools protocol, which the page's CSP (no eval) does not govern.
    await page.evaluate(`window.cloudfallJsPropagation = ${jsPropagation.toString()}`);
    const compare = await page.evaluate(async ({ dataUrl, provider }) => {
      const json = await (await fetch(dataUrl)).text();
      const glue = await import(new URL(document.getElementById('cloudfall-boot').dataset.js, document.baseURI).href);
      const runs = Math.max(5, Math.round(2e6 / json.length));
      const wasm = glue.bench_propagation(json, provider, runs);
      return { wasm, js: window.cloudfallJsPropagation(json, [provider], runs).mean };
    }, { dataUrl, provider }).catch((error) => ({ error: String(error) }));
    await page.close();
    rows.push({ label, first: stats(firstMap), paint: stats(toggles.map(([paint]) => paint)), dom: stats(toggles.map(([, dom]) => dom)), compare });
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\nCloudfall benchmark, ${new Date().toISOString().slice(0, 10)}, headless Chromium (reduced motion: the cascade is not animated)`);
console.log('dataset              first map med/max   click-to-DOM med/max   click-to-paint med/max   propagation wasm / JS (ms)');
for (const { label, first, paint, dom, compare } of rows) {
  const prop = compare.error ? compare.error : `${ms(compare.wasm)} / ${ms(compare.js)}`;
  console.log(`${label.padEnd(20)} ${ms(first.median).padStart(8)} ${ms(first.max).padStart(8)}   ${ms(dom.median).padStart(9)} ${ms(dom.max).padStart(8)}   ${ms(paint.median).padStart(10)} ${ms(paint.max).padStart(8)}     ${prop}`);
}
