// `make bench`: what a reader pays, measured in headless Chromium on the release dist/.
// Not a test: timings on a shared 2-core machine are noisy, so it prints numbers and asserts nothing, and it
// compares side by side in one browser run (ratios travel between machines, absolute times do not).
//   - The shipped dataset (SVG map): click-to-paint (bench-click.mjs: from the click to the paint of the first frame
//     whose MAP shows the change), switching the largest provider off and on, in English and French, with the
//     details drawer open and closed; the idle-change floor on the same page; median and 95th percentile. And the
//     first map: navigation start to the paint of the first frame that shows the map (firstMapOnce).
//   - Generated graphs of 1,000, 10,000 and 100,000 nodes (`cloudfall generate`, loaded with ?data=): the same
//     figures for Cloudfall and for a hand-written full-redraw canvas (CANVAS_HTML) on the same file, and their ratio.
//   - The same propagation in plain JavaScript and in wasm, in the same page on the same graph.
// BENCH_SIZES=1000 (or empty) and BENCH_ROUNDS=40 make a shorter run.

import { execFileSync } from 'node:child_process';
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, startBrowser, openPage, repo, firstPaintWeight } from './harness.mjs';
import { clickToPaint, stats, CANVAS_HTML, CANVAS_JS } from './bench-click.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').filter(Boolean).map(Number);
const benchData = join(repo, 'target', 'bench-data');
process.env.CLOUDFALL_BENCH_DATA = benchData;
mkdirSync(benchData, { recursive: true });
// The hand-written canvas, served beside the generated graphs (under bench/) like any file of the site.
writeFileSync(join(benchData, 'canvas.html'), CANVAS_HTML);
writeFileSync(join(benchData, 'canvas.js'), CANVAS_JS);
for (const n of SIZES) {
  const file = join(benchData, `generated-${n}.json`);
  if (!existsSync(file)) {
    const json = execFileSync('cargo', ['run', '-q', '--release', '-p', 'cloudfall-cli', '--', 'generate', '--nodes', String(n)],
      { cwd: repo, maxBuffer: 1 << 30 });
    writeFileSync(file, json);
  }
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

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const MAP_DRAWN = '[data-node-id], canvas[data-paints]';
const server = await serveDist();
const browser = await startBrowser();
const origin = new URL(server.url).origin;
// Navigation start to the paint of the first frame that shows the map, measured in the page as click-to-paint is: a
// mutation observer (installed before the page's own scripts) sees the map's first box or painted canvas, a
// requestAnimationFrame callback of that frame posts a MessageChannel message, and its arrival (after the frame's
// paint) is the time. Measured from outside, through a DevTools round trip after the map appears, the figure also
// counted whatever the page ran next (the details' join, about 50-100 ms on the shipped data), by chance.
async function firstMapOnce(url) {
  const { page } = await openPage(browser.context, origin);
  await page.addInitScript((selector) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.cloudfallFirstMap = performance.now(); };
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  }, MAP_DRAWN);
  await page.goto(url);
  await page.waitForFunction(() => window.cloudfallFirstMap, null, { timeout: 180000 });
  const time = await page.evaluate(() => window.cloudfallFirstMap);
  await page.close();
  return time;
}
// The first map over `loads` fresh pages of each url, alternated (so a machine that gets busier part-way slows all alike).
async function firstMaps(urls, loads) {
  const times = urls.map(() => []);
  for (let i = 0; i < loads; i++) {
    for (const [k, url] of urls.entries()) times[k].push(await firstMapOnce(url));
  }
  return times.map(stats);
}
async function clicks(url, probe, rounds) {
  const { page, trouble } = await openPage(browser.context, origin);
  await page.goto(url);
  await page.waitForSelector(MAP_DRAWN, { timeout: 180000 });
  const svg = probe === 'svg';
  const result = await clickToPaint(page, {
    switchSelector: svg ? '[data-switch-id="aws"]' : '[data-switch-id="p0"]',
    probeSelector: svg ? '[data-node-id="aws"]' : 'canvas[data-paints]',
    probeAttribute: svg ? 'data-state' : 'data-paints',
    rounds,
    mapSelector: svg ? '.map-panel' : 'canvas',
  });
  return { page, trouble, result };
}

const shipped = [];
const generated = [];
let weights = [];
try {
  const [first] = await firstMaps([server.url], 9);
  // What each first paint downloads, as the browser fetched it (gzip -9 of each file): the full app's first map and
  // an article embed's story (issue 16's 200 KB, issue 19's 250 KB).
  weights = [
    ['full app, first map', await firstPaintWeight(browser.context, server.url, '?off=aws', MAP_DRAWN), 250_000],
    ['embed story (embed=1)', await firstPaintWeight(browser.context, server.url, '?embed=1&off=aws',
      '[data-binary="story"] .story-summary[data-down]'), 200_000],
  ];
  for (const [label, query] of [['English, details open', '?sel=aws'], ['French, details open', '?lang=fr&sel=aws'], ['English', ''], ['French', '?lang=fr']]) {
    const { page, trouble, result } = await clicks(server.url + query, 'svg', ROUNDS);
    await page.close();
    if (trouble.length) console.warn(trouble.join('\n'));
    shipped.push({ label, ...result });
  }
  shipped.first = first;
  for (const n of SIZES) {
    const file = `bench/generated-${n}.json`;
    const rounds = n >= 100000 ? 10 : 20;
    // First maps vary most at 1,000 nodes (the canvas's ~90 ms is mostly the page's own load): more loads there.
    const loads = n >= 100000 ? 2 : n >= 10000 ? 5 : 9;
    const row = { n };
    [row.cloudFirst, row.canvasFirst] = await firstMaps([`${server.url}?data=${file}`, `${server.url}bench/canvas.html?data=${file}`], loads);
    const cloud = await clicks(`${server.url}?data=${file}`, 'canvas', rounds);
    row.cloud = cloud.result;
    // Evaluated through the DevTools protocol, which the page's CSP (no eval) does not govern.
    await cloud.page.evaluate(`window.cloudfallJsPropagation = ${jsPropagation.toString()}`);
    row.compare = await cloud.page.evaluate(async ({ dataUrl }) => {
      const json = await (await fetch(dataUrl)).text();
      const glue = await import(new URL(document.getElementById('cloudfall-boot').dataset.js, document.baseURI).href);
      const runs = Math.max(5, Math.round(2e6 / json.length));
      return { wasm: glue.bench_propagation(json, 'p0', runs), js: window.cloudfallJsPropagation(json, ['p0'], runs).mean };
    }, { dataUrl: file }).catch((error) => ({ error: String(error) }));
    await cloud.page.close();
    const canvas = await clicks(`${server.url}bench/canvas.html?data=${file}`, 'canvas', rounds);
    await canvas.page.close();
    row.canvas = canvas.result;
    generated.push(row);
  }
} finally {
  await browser.close();
  await server.close();
}

const f = (s) => `${ms(s.median).padStart(6)} / ${ms(s.p95).padStart(6)}`;
console.log(`\nCloudfall benchmark, ${new Date().toISOString().slice(0, 16)}Z, headless Chromium, reduced motion`);
console.log(`\nShipped dataset, SVG map: click-to-paint (to the paint of the first frame whose map shows the change), median / p95 ms, ${ROUNDS} clicks each`);
console.log('| page | switching off | switching on | all | click to DOM | idle floor | one frame (16.7 + floor) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const { label, off, on, idle, render } of shipped) {
  const all = stats([...off, ...on]); const floor = stats(idle);
  const met = all.median <= 16.7 + floor.median ? 'yes' : 'no';
  const p95 = all.p95 <= 33.3 + floor.median ? 'yes' : 'no';
  console.log(`| ${label} | ${f(stats(off))} | ${f(stats(on))} | ${f(all)} | ${f(stats(render))} | ${f(floor)} | median ${met}, p95 ${p95} |`);
}
console.log('\nFirst paint weight: the files whose request started before the first paint\'s element was in the page (gzip -9 bytes of each)');
console.log('| page | files | gzip | target |');
console.log('| --- | ---: | ---: | --- |');
for (const [label, weight, target] of weights) {
  console.log(`| ${label} | ${weight.files.length} | ${weight.total.toLocaleString('en')} | ${target.toLocaleString('en')}: ${weight.total <= target ? 'met' : 'not met'} |`);
}
console.log(`\nShipped dataset: first map ${ms(shipped.first.median)} ms median, ${ms(shipped.first.max)} max (navigation start to the paint of the first frame that shows the map, ${shipped.first.n} loads)`);
if (generated.length) {
  console.log('\nGenerated graphs, same browser run: Cloudfall against a hand-written full-redraw canvas (ms, median / p95; ratio = Cloudfall / canvas)');
  console.log('| graph | figure | full-redraw canvas | Cloudfall | ratio |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const { n, cloudFirst, canvasFirst, cloud, canvas } of generated) {
    const cc = stats([...cloud.off, ...cloud.on]); const kc = stats([...canvas.off, ...canvas.on]);
    console.log(`| ${n.toLocaleString('en')} | first map (median / max) | ${ms(canvasFirst.median)} / ${ms(canvasFirst.max)} | ${ms(cloudFirst.median)} / ${ms(cloudFirst.max)} | ${(cloudFirst.median / canvasFirst.median).toFixed(2)} |`);
    console.log(`| ${n.toLocaleString('en')} | click-to-paint | ${f(kc)} | ${f(cc)} | ${(cc.median / kc.median).toFixed(2)} |`);
  }
  console.log('\nPropagation, one run with its metrics (ms): wasm / plain JavaScript on typed arrays');
  for (const { n, compare } of generated) {
    console.log(`  ${String(n).padStart(7)}: ${compare.error ?? `${ms(compare.wasm)} / ${ms(compare.js)}`}`);
  }
}
