// End to end on a large generated dataset: 10,000 nodes made by `cloudfall generate`, loaded through the app's
// normal data path (?data=), drawn on a canvas. The app's figures must match the native command's, and the box under
// the pointer has its tooltip.

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

test('on the canvas, the box under the pointer has its tooltip: the switched-off provider says what it takes down, as the screen-reader list does', async () => {
  const { page, trouble } = await openPage(browser.context, new URL(server.url).origin);
  await page.goto(`${server.url}?data=bench/generated-10000.json&off=p0`);
  await page.waitForSelector('canvas[data-drawn]:not([data-drawn="0"])');
  const canvas = page.locator('canvas.dependency-canvas');
  await canvas.scrollIntoViewIfNeeded();
  await settled(page);
  // The list a screen reader reads for the canvas: what each switched-off box takes down.
  const expected = await waitFor(async () => {
    const words = await page.locator('[data-canvas-reach] li').first().textContent();
    assert.match(words ?? '', /switched off/);
    return words;
  }, 'the canvas lists what the switched-off provider takes down');
  // Where the provider's box is, and a spot with no box: the page's own pointer events over the canvas, each read
  // back from the title the app writes (the same handler a real pointer runs).
  const spots = await page.evaluate((expected) => {
    const element = document.querySelector('canvas.dependency-canvas');
    const area = element.getBoundingClientRect();
    let [onBox, empty] = [null, null];
    // Column by column until the box is found, then on until a spot with no box (whose title is then emptied).
    for (let x = 1; x < area.width && !(onBox && empty); x += 1) {
      for (let y = 1; y < area.height && !(onBox && empty); y += 1) {
        element.dispatchEvent(new MouseEvent('mousemove', { clientX: area.left + x, clientY: area.top + y, bubbles: true }));
        const title = element.getAttribute('title');
        if (title === expected && !onBox) onBox = { x: area.left + x, y: area.top + y };
        else if (title === '' && onBox) empty = { x: area.left + x, y: area.top + y };
      }
    }
    return { onBox, empty };
  }, expected);
  assert.ok(spots.onBox && spots.empty, `the provider's box and an empty spot: ${JSON.stringify(spots)}`);
  // A real pointer: on the box, its tooltip; off any box, none.
  await page.mouse.move(spots.empty.x, spots.empty.y);
  await waitFor(async () => assert.equal(await canvas.getAttribute('title'), ''), 'no tooltip off the boxes');
  await page.mouse.move(spots.onBox.x, spots.onBox.y);
  await waitFor(async () => assert.equal(await canvas.getAttribute('title'), expected), 'the box under the pointer has its tooltip');
  assert.deepEqual(trouble, []);
  await page.close();
});
