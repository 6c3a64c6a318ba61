// Click-to-paint as a reader sees it, shared by `make bench` (bench.mjs): from a switch's click to the paint of the
// first frame whose MAP shows the change. A requestAnimationFrame callback that sees the change on the map posts a
// MessageChannel message; the message arrives after that frame's style, layout and paint, so its arrival is the
// paint time. The idle floor is the same measure for a change that costs nothing (one pixel's colour on the same
// page): what any click pays to reach the next frame. Both are measured in the page, with `element.click()`, so no
// DevTools protocol round trip is counted.

/** Statistics of a list of times: median, 95th percentile and max. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: sorted[Math.floor(sorted.length / 2)], p95: at(0.95), max: sorted[sorted.length - 1], n: values.length };
}

/**
 * In the page: toggles `switchSelector` `rounds` times (off, on, off, ...) and measures each click to the paint of the
 * frame where `probe()` (a string read from the map) differs from before; then as many idle changes. Resolves to
 * { off: [ms], on: [ms], idle: [ms], render: [ms] } where render is click to the DOM change (the app's own work).
 */
export async function clickToPaint(page, { switchSelector, probeSelector, probeAttribute, rounds, mapSelector }) {
  return page.evaluate(async ({ switchSelector, probeSelector, probeAttribute, rounds, mapSelector }) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    document.querySelector(mapSelector)?.scrollIntoView({ block: 'start' });
    await frame(); await frame();
    const read = () => document.querySelector(probeSelector)?.getAttribute(probeAttribute) ?? null;
    const measure = (act, changed) => new Promise((resolve) => {
      let dom = null;
      const observer = new MutationObserver(() => { if (dom === null && changed()) dom = performance.now() - start; });
      observer.observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
      const start = performance.now();
      act();
      const look = () => {
        if (!changed()) { requestAnimationFrame(look); return; }
        observer.disconnect();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ paint: performance.now() - start, dom: dom ?? performance.now() - start });
        channel.port2.postMessage(0);
      };
      requestAnimationFrame(look);
    });
    const settle = async () => { await frame(); await frame(); await new Promise((r) => setTimeout(r, 30)); };
    const off = []; const on = []; const render = [];
    for (let i = 0; i < rounds; i++) {
      await settle();
      const before = read();
      const result = await measure(() => document.querySelector(switchSelector).click(), () => read() !== before);
      (i % 2 === 0 ? off : on).push(result.paint);
      render.push(result.dom);
    }
    const pixel = document.createElement('div');
    pixel.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:2px;z-index:9';
    document.body.append(pixel);
    const idle = [];
    for (let i = 0; i < rounds; i++) {
      await settle();
      const colour = i % 2 ? 'rgb(0, 0, 1)' : 'rgb(0, 0, 2)';
      const result = await measure(() => { pixel.style.background = colour; }, () => pixel.style.background === colour);
      idle.push(result.paint);
    }
    pixel.remove();
    return { off, on, idle, render };
  }, { switchSelector, probeSelector, probeAttribute, rounds, mapSelector });
}

/**
 * The hand-written baseline: one page, no framework, that loads the same data file, lays the nodes out in bands by
 * kind, propagates a switch over typed arrays (the rules of crates/model/src/outage.rs) and redraws the whole canvas
 * (every edge, then every node, batched by colour) on each click. The benchmark writes it as two files beside the
 * generated graphs (`bench/canvas.html` and its script, `bench/canvas.js`), so the test server serves it as it serves
 * the app, under the same strict CSP and with no request routed through Playwright (routing pauses every request of a
 * page for a round trip to Node, which slowed the app's first map, with its ten files, far more than the canvas's two:
 * issue 19, session 7). It marks its canvas `data-paints` like Cloudfall's canvas map, and its switch
 * `data-switch-id`, so both are measured alike.
 */
export const CANVAS_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>full-redraw canvas</title></head>
<body><button data-switch-id="p0" type="button">p0</button><canvas width="1200" height="800"></canvas>
<script src="canvas.js"></script></body></html>`;
export const CANVAS_JS = `(${async function main() {
  const KINDS = ['provider', 'region', 'zone', 'cloud_service', 'supplier', 'web_service'];
  const url = new URLSearchParams(location.search).get('data');
  // The data path is the app's (?data=bench/...), relative to the app's root, one level up from this page.
  const data = JSON.parse(await (await fetch(new URL('../' + url, location.href))).text());
  const n = data.nodes.length;
  const ids = new Map(data.nodes.map((node, i) => [node.id, i]));
  const edges = [];
  for (const node of data.nodes) {
    const cut = node.id.lastIndexOf('/');
    if (cut > 0 && ids.has(node.id.slice(0, cut))) edges.push([ids.get(node.id.slice(0, cut)), ids.get(node.id), 0, null]);
  }
  for (const d of data.dependencies) edges.push([ids.get(d.depends_on), ids.get(d.dependent), { required: 0, redundant: 1, soft: 2 }[d.mode ?? 'required'], d.group ?? null]);
  const m = edges.length;
  const outStart = new Int32Array(n + 1); const inStart = new Int32Array(n + 1);
  for (const [s, t] of edges) { outStart[s + 1]++; inStart[t + 1]++; }
  for (let i = 0; i < n; i++) { outStart[i + 1] += outStart[i]; inStart[i + 1] += inStart[i]; }
  const outTo = new Int32Array(m); const inFrom = new Int32Array(m); const inMode = new Uint8Array(m); const inGroup = new Array(m);
  const o = outStart.slice(); const p = inStart.slice();
  const edgeFrom = new Int32Array(m); const edgeTo = new Int32Array(m);
  edges.forEach(([s, t, mode, group], k) => { edgeFrom[k] = s; edgeTo[k] = t; outTo[o[s]++] = t; inFrom[p[t]] = s; inMode[p[t]] = mode; inGroup[p[t]++] = group; });
  // Layout: one band per kind, each band a grid filling the canvas's width.
  const canvas = document.querySelector('canvas'); const ctx = canvas.getContext('2d');
  const W = canvas.width; const H = canvas.height;
  const x = new Float32Array(n); const y = new Float32Array(n);
  const bands = KINDS.map((kind) => data.nodes.flatMap((node, i) => (node.kind === kind ? [i] : []))).filter((b) => b.length);
  bands.forEach((band, b) => {
    const top = (H / bands.length) * b; const height = H / bands.length;
    const cols = Math.max(1, Math.ceil(Math.sqrt((band.length * W) / height)));
    const rows = Math.ceil(band.length / cols);
    band.forEach((v, k) => { x[v] = ((k % cols) + 0.5) * (W / cols); y[v] = top + (Math.floor(k / cols) + 0.5) * (height / rows); });
  });
  const box = Math.max(1, Math.min(12, Math.sqrt((W * H) / n) / 2));
  const state = new Uint8Array(n);
  const off = new Set();
  const evaluate = (v) => {
    let worst = 0; const groups = new Map();
    for (let k = inStart[v]; k < inStart[v + 1]; k++) {
      const s = state[inFrom[k]];
      if (inMode[k] === 0) worst = Math.max(worst, s);
      else if (inMode[k] === 2) { if (s) worst = Math.max(worst, 1); } else {
        const g = groups.get(inGroup[k]) ?? [0, 0, false]; g[0]++; if (s === 2) g[1]++; if (s === 1) g[2] = true; groups.set(inGroup[k], g);
      }
      if (worst === 2) return 2;
    }
    for (const [all, down, degraded] of groups.values()) { if (down === all) return 2; if (down || degraded) worst = Math.max(worst, 1); }
    return worst;
  };
  const propagate = () => {
    state.fill(0); const queue = new Int32Array(n * 2 + 4); let head = 0; let tail = 0;
    for (const v of off) { state[v] = 2; queue[tail++] = v; }
    while (head < tail) {
      const changed = queue[head++];
      for (let k = outStart[changed]; k < outStart[changed + 1]; k++) {
        const t = outTo[k]; if (state[t] === 2) continue;
        const next = evaluate(t); if (next > state[t]) { state[t] = next; if (tail < queue.length) queue[tail++] = t; }
      }
    }
  };
  let paints = 0;
  const draw = () => {
    ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, W, H);
    ctx.lineWidth = 0.5;
    for (const [colour, wanted] of [['#b8bec8', 0], ['#d4351c', 2], ['#f0a30a', 1]]) {
      ctx.strokeStyle = colour; ctx.beginPath();
      for (let k = 0; k < m; k++) if (state[edgeFrom[k]] === wanted) { ctx.moveTo(x[edgeFrom[k]], y[edgeFrom[k]]); ctx.lineTo(x[edgeTo[k]], y[edgeTo[k]]); }
      ctx.stroke();
    }
    for (const [colour, wanted] of [['#1d70b8', 0], ['#0b0c0c', 2], ['#f0a30a', 1]]) {
      ctx.fillStyle = colour; ctx.beginPath();
      for (let v = 0; v < n; v++) if (state[v] === wanted) ctx.rect(x[v] - box / 2, y[v] - box / 2, box, box);
      ctx.fill();
    }
    canvas.dataset.paints = String(++paints);
  };
  const provider = ids.get('p0') ?? 0;
  document.querySelector('button').addEventListener('click', () => {
    if (off.has(provider)) off.delete(provider); else off.add(provider);
    propagate(); draw();
  });
  propagate(); draw();
}.toString()})();
`;
