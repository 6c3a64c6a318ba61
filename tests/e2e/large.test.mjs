// End to end on a large generated dataset: 10,000 nodes made by `cloudfall generate`, loaded through the app's
// normal data path (?data=), drawn on a canvas. The app's figures must match the native command's.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, startBrowser, openPage, shots, repo, waitFor, settled } from './harness.mjs';

const benchData = join(repo, 'target', 'bench-data', 'test');
const file = join(benchData, 'generated-10000.json');
process.env.CLOUDFALL_BENCH_DATA = benchData;

const cloudfall = (...args) => execFileSync('cargo', ['run', '-q', '-p', 'cloudfall-cli', '--', ...args],
  { cwd: repo, maxBuffer: 1 << 28 }).toString();

let server;
let browser;
before(async () => {
  mkdirSync(benchData, { recursive: true });
  writeFileSync(file, cloudfall('generate', '--nodes', '10000', '--seed', '3'));
  server = await serveDist();
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a 10,000-node dataset draws on a canvas and switching off its largest provider matches the command line', async () => {
  const expected = JSON.parse(cloudfall('simulate', '--data', file, '--off', 'p0', '--json'));
  const down = expected.affected.filter((service) => service.state === 'down').length;
  const { page, trouble } = await openPage(browser.context, new URL(server.url).origin);
  await page.goto(`${server.url}?data=bench/generated-10000.json`);
  await page.waitForSelector('canvas[data-drawn]:not([data-drawn="0"])');
  assert.equal(await page.locator('[data-node-id]').count(), 0, 'no SVG node at this size');
  const before = await waitFor(async () => {
    const drawn = Number(await page.getAttribute('canvas', 'data-drawn'));
    assert.ok(drawn > 9000, `${drawn} nodes drawn in the overview`);
    return drawn;
  }, 'the overview draws more than 9,000 nodes');

  await page.click('[data-switch-id="p0"]');
  await page.waitForFunction((down) => document.querySelector('.summary').dataset.down === String(down), down);
  await page.waitForURL((url) => url.searchParams.get('off') === 'p0' && url.searchParams.get('data') === 'bench/generated-10000.json');

  // Zooming in draws fewer nodes, then their links and names.
  for (let i = 0; i < 12; i++) await page.click('[data-zoom=in]');
  await page.waitForFunction((before) => Number(document.querySelector('canvas').dataset.drawn) < before / 20, before);
  await settled(page);
  await page.screenshot({ path: join(shots, 'generated-10000-zoomed.png') });

  // The search box reaches any node; its details open as for the shipped data.
  await page.fill('#cf-search', 'Web service 42');
  await page.click('[data-search-result="web-42"]');
  await page.waitForSelector('[data-details="web-42"]');
  assert.deepEqual(trouble, []);
  await page.close();
});
