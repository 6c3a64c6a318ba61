// Shared by the end-to-end tests and the benchmark: serve the built dist/ on 127.0.0.1 under a sub-path, as a
// static host would, with a strict Content-Security-Policy; start Debian's Chromium (never a downloaded one); wait
// for asynchronous state without sleeping; and check accessibility with axe-core.

import { createServer } from 'node:http';
import { readFile, mkdtemp, mkdir, rm } from 'node:fs/promises';
import { before, after } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as delay } from 'node:timers/promises';
import { join, extname, normalize, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..');
export const dist = process.env.CLOUDFALL_DIST ?? join(repo, 'dist');
export const shots = join(repo, 'target', 'e2e');
export const SUB_PATH = '/articles/outage/';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

/** Serves `dist/` under SUB_PATH on a free port of 127.0.0.1. Resolves to { url, close }. */
export async function serveDist() {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: build the release first (make dist)`);
  }
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (!path.startsWith(SUB_PATH)) {
      response.writeHead(404).end('not under the sub-path');
      return;
    }
    // Generated benchmark datasets live outside dist/ (so they never count in its size), under bench/.
    const extra = process.env.CLOUDFALL_BENCH_DATA;
    const rest = path.slice(SUB_PATH.length);
    const root = extra && rest.startsWith('bench/') ? extra : dist;
    let file = normalize(join(root, root === dist ? rest : rest.slice('bench/'.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

/**
 * Starts headless Chromium from Debian's package with a fresh profile. Resolves to { browser, close }. Service workers
 * are blocked unless asked for (`{ serviceWorkers: 'allow' }`, the offline test), so every other test sees each
 * request the page makes, as `page.route` needs.
 */
export async function startBrowser({ serviceWorkers = 'block' } = {}) {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} is missing: install Debian's chromium (make tools)`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'cloudfall-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
    viewport: { width: 1280, height: 900 },
    // No transitions, so screenshots show the settled state.
    reducedMotion: 'reduce',
    serviceWorkers,
  });
  return {
    context,
    close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); },
  };
}

/**
 * Opens a page that records what must never happen: console errors, CSP violations, page errors, and requests
 * to any host other than the test server.
 */
export async function openPage(context, origin) {
  const page = await context.newPage();
  const trouble = [];
  page.on('console', (message) => { if (message.type() === 'error') trouble.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) trouble.push(`third-party request: ${request.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, trouble };
}

/** How long `waitFor` keeps trying: generous, so a machine busy with other work slows a test down but never fails it. */
export const PATIENCE_MS = 30_000;

/**
 * Polls `check` until it passes, and resolves to what it returned. It passes when it returns anything but `false`
 * without throwing, so a check can be a predicate or a few `assert` calls. Anything the app does after a click
 * (a render, the URL written by an effect, the cascade) is asynchronous: every assertion on it goes through here,
 * through `page.waitForURL`/`waitForSelector`/`waitForFunction`, or through an auto-waiting locator. When time runs
 * out it throws `message` with the last failure, so the report says what was expected and what was seen.
 */
export async function waitFor(check, message, { timeout = PATIENCE_MS } = {}) {
  const deadline = Date.now() + timeout;
  let last = 'the check returned false';
  for (;;) {
    try {
      const result = await check();
      if (result !== false) return result;
      last = 'the check returned false';
    } catch (error) {
      last = error?.message ?? String(error);
    }
    if (Date.now() > deadline) throw new Error(`${message} (still not so after ${timeout / 1000} s: ${last})`);
    // A short pause between polls, not a wait for the app: the loop ends as soon as the check passes.
    await delay(25);
  }
}

/**
 * Waits until the page has settled: the map drawn and its cascade done (or the story view shown), and the fonts loaded. Screenshots and
 * accessibility checks wait for this, so they never catch a half-spread failure or a fallback font.
 */
export async function settled(page) {
  await page.waitForFunction(() => document.fonts.status === 'loaded'
    && (document.querySelector('.dependency-map[data-cascade="done"]')
      || document.querySelector('canvas[data-drawn]:not([data-drawn="0"])')
      // The teacher's page has no map: it is settled once its material is shown.
      || document.querySelector('[data-page="teacher"] [data-section="goals"]')
      // The story view (issue 16) draws no map and runs no cascade: it is settled once rendered.
      || document.querySelector('.app[data-page-view="story"] .story')), null, { timeout: PATIENCE_MS });
  await addressWritten(page);
}

/**
 * Resolves once the address the app wrote for its last render is in the address bar. The app writes it after the
 * frame that shows the change (a requestAnimationFrame, then a task: `browser::write_url_after_paint`), so a frame
 * callback and a task queued after the render's run after that write: the order is the browser's, not a delay.
 */
export async function addressWritten(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * What the SVG map's state overlays draw for one box (`locator`, a `[data-node-id]`): its hatched ground (under the
 * box), its ✕ and its ! (over it), found with the overlay paths' own hit-testing (`isPointInFill`, `isPointInStroke`)
 * at the box's centre and at the marks' centre, 12 px from its right edge. Resolves to { hatched, dashed, cross, bang }:
 * dashed, a degraded box's ground outlined in dashes.
 */
export async function mapMarks(locator) {
  return locator.evaluate((node) => {
    const svg = node.ownerSVGElement;
    const box = node.querySelector('.node-box');
    const { e: x, f: y } = node.transform.baseVal.consolidate().matrix;
    const [width, height] = [box.width.baseVal.value, box.height.baseVal.value];
    const at = (px, py) => Object.assign(svg.createSVGPoint(), { x: px, y: py });
    const any = (selector, hit) => [...svg.querySelectorAll(`.node-states ${selector}`)].some(hit);
    return {
      hatched: any('.node-ground.ground-down', (path) => path.isPointInFill(at(x + width / 2, y + height / 2))),
      dashed: any('.node-ground.ground-degraded', (path) => path.isPointInFill(at(x + width / 2, y + height / 2))
        && getComputedStyle(path).strokeDasharray !== 'none'),
      cross: any('.mark-down', (path) => path.isPointInStroke(at(x + width - 12, y + 13.5))),
      bang: any('.mark-degraded', (path) => path.isPointInStroke(at(x + width - 12, y + 10))),
    };
  });
}

/**
 * The SVG map's labels drawn wider than their room, so that they or their paper halo (1.5 px each side) would touch
 * their box's mark (the ✕, the !, the ~, centred 12 px from the box's right edge; the ✕'s stroke starts 17 px from it):
 * [[text, excess in px]], measured as drawn (`getBBox`, squeeze included).
 */
export async function labelsOverflowing(page) {
  return page.evaluate(() => [...document.querySelectorAll('.dependency-map .node')].map((node) => {
    const box = node.querySelector('.node-box');
    const room = box.width.baseVal.value - 19;
    const label = node.querySelector('.node-label');
    // A label of two lines (on a phone) is measured by its lines (not the unseen space that ends the first), each
    // within its room and the box's top and bottom.
    const lines = label.querySelectorAll('tspan').length ? [...label.querySelectorAll('tspan')] : [label];
    const excess = Math.max(...lines.map((line) => {
      const { x, y, width, height } = line.getBBox();
      return Math.max(x + width - room, 1 - y, y + height - (box.height.baseVal.value - 1));
    }));
    return [label.textContent, Math.round(excess * 10) / 10];
  }).filter(([, excess]) => excess > 0.5));
}

/**
 * The accessible name Chromium gives the element `selector` matches (its accessibility tree, through the DevTools
 * protocol): what a screen reader says, whatever markup it comes from (`aria-label`, an SVG `<title>`, the contents).
 */
export async function accessibleName(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`nothing matches ${selector}`);
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return nodes[0]?.name?.value ?? '';
  } finally {
    await cdp.detach();
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is and resolves to its serious and critical violations, one readable line per
 * element. The page's CSP forbids inline scripts, so axe is not added as a `<script>`: its source is evaluated
 * through the DevTools protocol (`page.evaluate`), which a page's CSP does not govern.
 */
export async function accessibilityProblems(page) {
  await settled(page);
  if (!await page.evaluate(() => typeof window.axe === 'object')) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id, impact, help, nodes: nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
    }));
  });
  return violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .flatMap(({ id, impact, help, nodes }) => nodes.map((node) =>
      `${id} (${impact}): ${help}\n    at ${node.target}\n    ${node.summary.replaceAll('\n', '\n    ')}`));
}

/**
 * What a test file needs around its tests: `dist/` served and a fresh browser, started before the first test and
 * stopped after the last. Resolves nothing itself: the returned object's `server` and `browser` are set once started.
 */
export function servedSite(browserOptions = {}) {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    await mkdir(shots, { recursive: true });
    site.server = await serveDist();
    site.browser = await startBrowser(browserOptions);
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * What a reader downloads before a first paint, as the browser fetched it: opens `query` on a fresh page and weighs
 * every file of the site whose request started before `ready` (the paint's selector) first matched in the page (a
 * mutation observer notes that moment), each the size of its dist/ file compressed by gzip at level 9 (what
 * .ci/check-size counts). What the page asks for after (the details, once the first map has painted) is not counted.
 * Resolves to { total, files }.
 */
export async function firstPaintWeight(context, siteUrl, query, ready) {
  const { page } = await openPage(context, new URL(siteUrl).origin);
  await page.addInitScript((selector) => {
    const note = () => {
      if (window.__readyAt === undefined && document.querySelector(selector)) window.__readyAt = performance.now();
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true, attributes: true });
  }, ready);
  await page.goto(`${siteUrl}${query}`);
  await page.waitForSelector(ready, { timeout: 120_000 });
  await page.waitForFunction(() => window.__readyAt !== undefined);
  const base = new URL(siteUrl).pathname;
  const paths = await page.evaluate((prefix) => ['', ...performance.getEntriesByType('resource')
    .filter((entry) => entry.startTime < window.__readyAt && new URL(entry.name).pathname.startsWith(prefix))
    .map((entry) => decodeURIComponent(new URL(entry.name).pathname.slice(prefix.length)))], base);
  await page.close();
  const files = [...new Set(paths)].map((path) => {
    const file = join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
    return { path: path || 'index.html', gzip: existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0 };
  }).sort((a, b) => b.gzip - a.gzip);
  return { total: files.reduce((sum, file) => sum + file.gzip, 0), files };
}
