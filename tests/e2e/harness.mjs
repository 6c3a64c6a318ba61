// Shared by the end-to-end tests and the benchmark: serve the built dist/ on 127.0.0.1 under a sub-path, as a
// static host would, with a strict Content-Security-Policy; and start Debian's Chromium (never a downloaded one).

import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, extname, normalize, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
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

/** Starts headless Chromium from Debian's package with a fresh profile. Resolves to { browser, close }. */
export async function startBrowser() {
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
