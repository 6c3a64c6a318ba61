// Hidden information for assessment (issue 17, requirement 9), end to end on the release dist/: a class link that
// hides the names leaves them out of every view (map, details, search, live sentence, summary) and of the accessible
// names, with opaque `box-N` ids; `hide=values` leaves the counts out; the mystery-service challenge hides one
// service's name and links, explains a wrong provider and accepts the right one. Nothing sleeps.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedSite, openPage, shots, waitFor, settled, accessibilityProblems, addressWritten } from './harness.mjs';

const site = servedSite();

async function open(query, ready) {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.goto(site.server.url + query);
  await page.waitForSelector(ready);
  return { page, trouble };
}

/** The app's markup (not the page's no-script snapshot) and its accessibility tree, as text. */
async function appText(page) {
  const markup = await page.locator('.app').evaluate((app) => app.outerHTML);
  const tree = await page.locator('.app').ariaSnapshot();
  return `${markup}\n${tree}`;
}

/** Asserts that none of `names` is in the app's markup or accessible names (case-insensitive, ids included). */
async function assertAbsent(page, names, where) {
  const text = (await appText(page)).toLowerCase();
  for (const name of names) assert.ok(!text.includes(name.toLowerCase()), `${where}: "${name}" is in the page`);
}

test('hide=labels keeps every service name out of the map, details, search, live sentence and accessible names', async () => {
  const { page, trouble } = await open('?hide=labels&off=aws/us-east-1', '[data-hidden-views]');
  await settled(page);
  await page.waitForSelector('.dependency-map [data-node-id^="box-"][data-state="down"]');
  assert.equal(await page.locator('[data-node-id="snapchat"]').count(), 0, 'no real id on the map');
  assert.equal(await page.locator('#cf-search').count(), 0, 'no search box that would find a name');
  // Open a dark box: its details name it by its number only.
  const box = page.locator('.dependency-map [data-node-id^="box-"][data-state="down"].kind-web_service').first();
  const boxId = await box.getAttribute('data-node-id');
  await box.click();
  await page.waitForSelector(`[data-details="${boxId}"] [data-details-hidden]`);
  assert.match(await page.locator('#details-heading').innerText(), /^Box \d+$/);
  await addressWritten(page);
  assert.ok(!new URL(page.url()).searchParams.has('sel'), 'the address bar does not name the opened box');
  // A switch: the live sentence says it, and names no service.
  await page.click('[data-switch-id="google"]');
  await waitFor(async () => assert.match(await page.locator('[data-live]').innerText(), /\S/), 'the live sentence');
  await assertAbsent(page, ['Snapchat', 'snapchat', 'Fortnite', 'Roblox', 'Dailymotion'], 'hide=labels');
  const problems = await accessibilityProblems(page);
  assert.equal(problems.length, 0, `axe with hidden names:\n${problems.join('\n')}`);
  await page.screenshot({ path: join(shots, 'hidden-labels-details.png') });
  assert.deepEqual(trouble, []);
  await page.close();
});

test('hide=labels keeps the names out of the story\'s and the challenges\' own words too', async () => {
  const { page, trouble } = await open('?hide=labels&step=1', '[data-story-step="1"]');
  await settled(page);
  assert.match(await page.locator('#story-heading').innerText(), /Box \d+/, 'the step\'s title names boxes by number');
  await page.click('[data-story-act]');
  await page.waitForSelector('[data-story-step="1"][data-acted="true"]');
  // The switches keep their names (a pupil must find DynamoDB to switch it off); the services do not.
  await assertAbsent(page, ['Snapchat', 'Fortnite', 'Roblox'], 'story step 1');
  assert.equal(await page.locator('[data-guess="snapchat"], [data-reveal-id="snapchat"]').count(), 0, 'no real id');
  await page.goto(`${site.server.url}?hide=labels&challenge=survive`);
  await page.waitForSelector('[data-challenge="survive"]');
  await page.click('[data-challenge-check]');
  await page.waitForSelector('[data-verdict="wrong"]');
  assert.match(await page.locator('.challenge-verdict').innerText(), /Box \d+ has no backup yet/);
  await assertAbsent(page, ['Roblox'], 'the survive challenge');
  const problems = await accessibilityProblems(page);
  assert.equal(problems.length, 0, `axe on a challenge with hidden names:\n${problems.join('\n')}`);
  // An embed's story view lists services by name: with names hidden it shows the map instead.
  await page.goto(`${site.server.url}?embed=1&view=story&hide=labels&off=aws/us-east-1`);
  await page.waitForSelector('.is-embedded .dependency-map [data-node-id^="box-"][data-state="down"]');
  await assertAbsent(page, ['Snapchat', 'Fortnite', 'Roblox'], 'the embed with hidden names');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('hide=values leaves the counts out of the result, the live sentence, the screen summary and the chart', async () => {
  for (const [lang, note] of [['en', /predict how many web services go dark/], ['fr', /prédis combien de services web s'éteignent/]]) {
    const { page, trouble } = await open(`?hide=values&lang=${lang}&off=aws/us-east-1`, `html[lang="${lang}"] [data-values-hidden]`);
    await settled(page);
    await page.waitForSelector('[data-node-id="snapchat"][data-state="down"]');
    assert.match(await page.locator('[data-values-hidden]').innerText(), note);
    assert.equal(await page.locator('[data-down], [data-summary-down], [data-metric], .chart-panel, .status-bar').count(), 0,
      'no figure, count or chart in the page');
    await page.click('[data-switch-id="google"]');
    await waitFor(async () => assert.match(await page.locator('[data-live]').innerText(), /\S/), 'the live sentence');
    const live = await page.locator('[data-live]').innerText();
    assert.ok(!/\d/.test(live), `the live sentence gives no count: ${live}`);
    const summary = await page.locator('[data-summary="currently"]').innerText();
    assert.ok(!/\d\s*(web services|services web)/.test(summary), `the summary gives no count: ${summary}`);
    const problems = await accessibilityProblems(page);
    assert.equal(problems.length, 0, `axe with hidden values (${lang}):\n${problems.join('\n')}`);
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

test('the mystery service hides its name and links, explains a wrong provider and accepts the right one', async () => {
  const { page, trouble } = await open('?challenge=mystery', '[data-challenge="mystery"] [data-mystery-provider]');
  await settled(page);
  const mystery = page.locator('.dependency-map [data-node-id]', { has: page.locator('title', { hasText: /^Mystery service/ }) });
  await waitFor(async () => assert.equal(await mystery.count(), 1), 'one box is the mystery service');
  assert.match(await mystery.getAttribute('data-node-id'), /^box-\d+$/);
  assert.equal(await page.locator('.dependency-map path.edge:not(.whatif)').count(), 0, 'no link gives it away');
  assert.equal(await page.locator('[data-dependency-tree], [data-service-table]').count(), 0);
  // Searching for it finds nothing.
  await page.fill('#cf-search', 'daily');
  await page.waitForSelector('.search-count:has-text("No")');
  await page.fill('#cf-search', '');
  // Opening it shows no name and no dependency.
  await mystery.click();
  await page.waitForSelector('[data-details-hidden]');
  assert.equal(await page.locator('#details-heading').innerText(), 'Mystery service');
  await assertAbsent(page, ['Dailymotion'], 'the mystery challenge');
  const problems = await accessibilityProblems(page);
  assert.equal(problems.length, 0, `axe on the mystery challenge:\n${problems.join('\n')}`);
  await page.screenshot({ path: join(shots, 'mystery-challenge.png') });

  // The pupil tests Google: the mystery service keeps running, and naming Google is explained as wrong.
  await page.click('[data-switch-id="google"]');
  await waitFor(async () => assert.equal(await mystery.getAttribute('data-state'), 'up'), 'still running without Google');
  await page.selectOption('[data-mystery-provider]', 'google');
  await page.click('[data-challenge-check]');
  await page.waitForSelector('[data-verdict="wrong"]');
  assert.match(await page.locator('.challenge-verdict').innerText(), /keeps running, so it does not depend on Google/);
  const before = await page.locator('[data-answer-code]').innerText();
  // Then AWS: the mystery service goes dark, and AWS is accepted.
  await page.click('[data-switch-id="google"]');
  await page.click('[data-switch-id="aws"]');
  await waitFor(async () => assert.equal(await mystery.getAttribute('data-state'), 'down'), 'dark without AWS');
  await page.selectOption('[data-mystery-provider]', 'aws');
  await page.click('[data-challenge-check]');
  await page.waitForSelector('[data-verdict="right"]');
  assert.match(await page.locator('[data-challenge-tab="mystery"]').innerText(), /solved/);
  assert.notEqual(await page.locator('[data-answer-code]').innerText(), before, 'the answer code carries it');
  await assertAbsent(page, ['Dailymotion'], 'after the right answer');
  await addressWritten(page);
  assert.ok(!page.url().toLowerCase().includes('dailymotion'), 'nor in the address bar');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('a what-if backup on the mystery service names it nowhere: not in the banner, the map or the address bar', async () => {
  const { page, trouble } = await open('?challenge=mystery&backup=dailymotion:google', '[data-challenge="mystery"] [data-mystery-provider]');
  await settled(page);
  await page.waitForSelector('.whatif-banner li');
  assert.match(await page.locator('.whatif-banner li').innerText(), /Mystery service could also run on Google Cloud/);
  assert.match(await page.locator('.dependency-map path.whatif').getAttribute('data-whatif'), /^box-\d+$/);
  await assertAbsent(page, ['Dailymotion'], 'a backup on the mystery service');
  await addressWritten(page);
  assert.ok(!page.url().toLowerCase().includes('dailymotion'), `nor in the address bar: ${page.url()}`);
  assert.deepEqual(trouble, []);
  await page.close();
});

test('hide=edges keeps the links out of a box\'s details too: no why-chain, no dependencies, no dependents', async () => {
  const { page, trouble } = await open('?hide=edges&off=aws/us-east-1&sel=snapchat', '[data-hidden-views]');
  await settled(page);
  // The names stay (only the links are hidden), and the details say why their lists are missing.
  await page.waitForSelector('[data-details="snapchat"] [data-hidden-links]');
  const details = page.locator('[data-details="snapchat"]');
  assert.equal(await details.locator('[data-why], .dependency-list, .dependent-list').count(), 0);
  // What Snapchat depends on (DynamoDB in us-east-1, Google Cloud's Service Control) and the outages it was reported
  // in are named nowhere in its details or their accessible names. (The what-if list offers every provider as a
  // backup, its own included, so it tells nothing.)
  const text = `${await details.evaluate((panel) => panel.outerHTML)}\n${await details.ariaSnapshot()}`;
  for (const name of ['DynamoDB', 'Service Control', 'DNS outage', 'quota checks']) assert.ok(!text.includes(name), `"${name}" is in the details`);
  const problems = await accessibilityProblems(page);
  assert.equal(problems.length, 0, problems.join('\n'));
  assert.deepEqual(trouble, []);
  await page.close();
});
