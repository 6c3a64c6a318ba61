// End to end: the release dist/, served under a sub-path with a strict CSP, clicked like a reader.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, startBrowser, openPage, shots } from './harness.mjs';

const SEVEN = ['airbnb', 'snapchat', 'fortnite', 'roblox', 'brawl-stars', 'steam', 'instagram'];
const NAMES = ['Airbnb', 'Snapchat', 'Fortnite', 'Roblox', 'Brawl Stars', 'Steam', 'Instagram'];

let server;
let browser;
before(async () => {
  await mkdir(shots, { recursive: true });
  server = await serveDist();
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function states(page, ids) {
  return page.evaluate((ids) => ids.map((id) => document.querySelector(`[data-node-id="${id}"]`)?.getAttribute('data-state')), ids);
}

async function open(path = '') {
  const { page, trouble } = await openPage(browser.context, new URL(server.url).origin);
  await page.goto(server.url + path);
  await page.waitForSelector('[data-node-id="fortnite"]');
  return { page, trouble };
}

test('switching off AWS darkens the seven services, and the link brings the same state back', async () => {
  const { page, trouble } = await open();
  assert.deepEqual(await states(page, SEVEN), SEVEN.map(() => 'up'));
  assert.match(await page.locator('[role=status]').innerText(), /All 7 web services/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');

  await page.click('[data-switch-id="aws"]');
  await page.waitForSelector('[data-node-id="fortnite"][data-state="down"]');
  assert.deepEqual(await states(page, SEVEN), SEVEN.map(() => 'down'));
  const status = await page.locator('[role=status]').innerText();
  assert.match(status, /^7 of 7 web services are down/);
  for (const name of NAMES) assert.ok(status.includes(name), `${name} missing from the summary: ${status}`);
  assert.equal(await page.getAttribute('[data-switch-id="aws"]', 'aria-pressed'), 'true');
  assert.ok(page.url().endsWith('/articles/outage/?off=aws'), page.url());

  await page.reload();
  await page.waitForSelector('[data-node-id="fortnite"]');
  assert.deepEqual(await states(page, SEVEN), SEVEN.map(() => 'down'));
  assert.match(await page.locator('[role=status]').innerText(), /^7 of 7 web services are down/);
  assert.equal(await page.getAttribute('[data-switch-id="aws"]', 'aria-pressed'), 'true');
  await page.screenshot({ path: join(shots, 'aws-off-1280.png'), fullPage: true });

  await page.click('[data-action=reset]');
  await page.waitForSelector('[data-node-id="fortnite"][data-state="up"]');
  assert.ok(page.url().endsWith('/articles/outage/'), page.url());
  assert.deepEqual(trouble, []);
  await page.close();
});

test('a link to DynamoDB in us-east-1 alone darkens the same seven and degrades EC2', async () => {
  const { page, trouble } = await open('?off=aws/us-east-1/dynamodb');
  assert.deepEqual(await states(page, SEVEN), SEVEN.map(() => 'down'));
  assert.deepEqual(await states(page, ['aws', 'aws/us-east-1', 'aws/us-east-1/ec2']), ['up', 'up', 'degraded']);
  assert.deepEqual(trouble, []);
  await page.close();
});

test('the keyboard alone can switch a region off and on', async () => {
  const { page, trouble } = await open();
  await page.focus('[data-switch-id="aws/us-east-1"]');
  await page.keyboard.press('Space');
  await page.waitForSelector('[data-node-id="steam"][data-state="down"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-node-id="steam"][data-state="up"]');
  // Map nodes are buttons too.
  await page.focus('[data-node-id="google"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-node-id="snapchat"][data-state="down"]');
  assert.equal(await page.getAttribute('[data-node-id="airbnb"]', 'data-state'), 'up');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('a bad link shows a notice, keeps the good part, and never crashes', async () => {
  const { page, trouble } = await open('?off=bogus,google,airbnb&lang=xx');
  const notice = await page.locator('[data-notice=url]').innerText();
  assert.match(notice, /"bogus", which is not in this dataset/);
  assert.match(notice, /"airbnb" is a web service/);
  assert.match(notice, /"xx" is not available/);
  assert.equal(await page.getAttribute('[data-node-id="snapchat"]', 'data-state'), 'down');
  assert.ok(page.url().endsWith('?off=google'), page.url());
  assert.deepEqual(trouble, []);
  await page.close();
});

test('in French, the page says so and the summary is French', async () => {
  const { page, trouble } = await open('?off=aws&lang=fr');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await page.locator('[role=status]').innerText(), /^7 services web sur 7 sont en panne/);
  await page.click('[data-lang=en]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.ok(page.url().endsWith('?off=aws'), page.url());
  assert.deepEqual(trouble, []);
  await page.close();
});

test('on a 360 px phone the page does not overflow and the chart bars switch providers off', async () => {
  const { page, trouble } = await open();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.waitForFunction(() => document.querySelector('.dependency-map')?.closest('.narrow'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 360, `the page is ${overflow} px wide`);
  // The whole map fits: no node lies outside the map's visible box.
  const outside = await page.evaluate(() => {
    const box = document.querySelector('.map-scroll').getBoundingClientRect();
    return [...document.querySelectorAll('[data-node-id]')]
      .filter((node) => { const r = node.getBoundingClientRect(); return r.left < box.left || r.right > box.right; })
      .map((node) => node.dataset.nodeId);
  });
  assert.deepEqual(outside, []);
  await page.click('[data-share-id="aws"]');
  await page.waitForSelector('[data-node-id="airbnb"][data-state="down"]');
  await page.screenshot({ path: join(shots, 'aws-off-360.png'), fullPage: true });
  assert.deepEqual(trouble, []);
  await page.close();
});
