// Accessibility in every run: axe-core checks the release dist/ in the states a reader sees most (the default
// page, a region switched off, a node's details open, the page in French, a phone). A serious or critical violation
// fails the test, which prints each one: the rule, its impact, the element and what axe found wrong.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedSite, openPage, shots, accessibilityProblems } from './harness.mjs';

const site = servedSite();

/** Opens `path`, waits for `ready` and for the page to settle, and asserts that axe finds nothing serious. */
async function check(path, ready, { screenshot, width } = {}) {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  if (width) await page.setViewportSize({ width, height: 780 });
  await page.goto(site.server.url + path);
  await page.waitForSelector(ready);
  const problems = await accessibilityProblems(page);
  if (screenshot) await page.screenshot({ path: join(shots, screenshot), fullPage: false });
  assert.equal(problems.length, 0, `axe found ${problems.length} serious or critical violations at ${path || 'the default page'}:\n${problems.join('\n')}`);
  assert.deepEqual(trouble, []);
  await page.close();
}

test('the default page has no serious or critical accessibility violation', async () => {
  await check('', '[data-node-id="fortnite"][data-state="up"]');
});

test('with a region switched off, the page has no serious or critical accessibility violation', async () => {
  await check('?off=aws/us-east-1', '[data-node-id="steam"][data-state="down"]');
});

test('with the details of a dark service open, the page has no serious or critical accessibility violation', async () => {
  await check('?sel=fortnite&off=aws/us-east-1/dynamodb', '[data-why="fortnite"]', { screenshot: 'details-fortnite.png' });
});

test('in French, the page has no serious or critical accessibility violation', async () => {
  await check('?lang=fr&off=aws', 'html[lang="fr"] [data-node-id="airbnb"][data-state="down"]');
});

test('on a 360 px phone with a replay and details open, the page has no serious or critical accessibility violation', async () => {
  await check('?off=aws/us-east-1/dynamodb&incident=aws-2025-10-20&sel=fortnite', '[data-why="fortnite"]', { width: 360 });
});
