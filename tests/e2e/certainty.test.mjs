// How we know (issue 14) as a reader sees it: the seed case, DynamoDB in us-east-1 switched off, shows the
// services the article names as affected, each with how we know; WhatsApp and Instagram (Meta's own data centres)
// not as documented; the summary counts the kinds; the why-chain and the points of failure say their evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedSite, openPage, shots, waitFor, settled, accessibilityProblems, accessibleName } from './harness.mjs';

const SEED = ['snapchat', 'fortnite', 'roblox', 'brawl-stars', 'steam', 'airbnb'];

const site = servedSite();

for (const [lang, width] of [['en', 1280], ['fr', 360]]) {
  test(`the seed case says how we know each dark service (${lang}, ${width} px)`, async () => {
    const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${site.server.url}?off=aws/us-east-1/dynamodb&sel=fortnite${lang === 'fr' ? '&lang=fr' : ''}`);
    await page.waitForSelector('[data-node-id="fortnite"][data-state="down"][data-certainty]');
    await settled(page);
    for (const id of SEED) {
      const node = page.locator(`[data-node-id="${id}"]`);
      await waitFor(async () => (await node.getAttribute('data-state')) === 'down', `${id} should be down`);
      const certainty = await node.getAttribute('data-certainty');
      assert.ok(['documented', 'inferred', 'reported'].includes(certainty), `${id}: ${certainty}`);
      assert.match(await accessibleName(page, `[data-node-id="${id}"]`), lang === 'en' ? /, down, / : /, en panne, /, `${id} says it is down, and how we know`);
    }
    for (const id of ['whatsapp', 'instagram']) {
      const certainty = await page.locator(`[data-node-id="${id}"]`).getAttribute('data-certainty');
      assert.notEqual(certainty, 'documented', `${id} runs in Meta's own data centres`);
    }
    const how = page.locator('[data-metric="how"]');
    await waitFor(async () => Number(await how.getAttribute('data-how-reported')) > 0, 'the summary counts reported services');
    assert.ok(Number(await how.getAttribute('data-how-at-risk')) > 0, 'some services are at risk');
    assert.ok(Number(await how.getAttribute('data-how-unknown')) > 0, 'some services are unknown');
    await page.waitForSelector('[data-why="fortnite"] [data-link-certainty="reported"]');
    await page.waitForSelector('[data-spof="fortnite"] [data-point="aws"][data-point-certainty="documented"]');
    // The selected service's chain stands out; what is not on it fades.
    assert.ok(!(await page.locator('[data-node-id="aws"]').getAttribute('class')).includes('is-faded'), 'AWS is on the chain');
    assert.ok((await page.locator('[data-node-id="google"]').getAttribute('class')).includes('is-faded'), 'Google is not');
    // A jurisdiction rests on a company's headquarters: its details name the country and its source.
    await page.locator('[data-node-id="aws"]').click();
    await page.waitForSelector('[data-details="aws"] [data-headquarters="US"] a[href^="https://"]');
    await page.goto(`${site.server.url}?off=aws/us-east-1/dynamodb&sel=fortnite${lang === 'fr' ? '&lang=fr' : ''}`);
    await page.waitForSelector('[data-why="fortnite"]');
    await settled(page);
    const legend = await page.locator('[data-legend-how]').count();
    assert.equal(legend, 5, 'the legend explains the five kinds');
    const problems = await accessibilityProblems(page);
    assert.equal(problems.length, 0, `axe: ${problems.join('\n')}`);
    await page.screenshot({ path: join(shots, `certainty-${lang}-${width}.png`), fullPage: false });
    assert.deepEqual(trouble, []);
    await page.close();
  });
}

test('the certainty control chooses what the figures count, and the link keeps it', async () => {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.goto(`${site.server.url}?off=aws/us-east-1/dynamodb`);
  const summary = page.locator('.summary[role="status"]');
  await waitFor(async () => Number(await summary.getAttribute('data-down')) > 40, 'the seed case darkens over 40 services');
  await page.selectOption('[data-control="certainty"]', 'documented');
  await page.waitForURL(/certainty=documented/);
  // Every service the seed case darkens is tied to DynamoDB only by reports: none is counted on documented links.
  await waitFor(async () => (await summary.getAttribute('data-down')) === '0', 'no service down on documented links');
  await page.selectOption('[data-control="certainty"]', 'at_risk');
  await page.waitForURL(/certainty=at_risk/);
  await waitFor(async () => Number(await summary.getAttribute('data-down')) > 100, 'at-risk services counted too');
  await page.goto(`${site.server.url}?off=aws/us-east-1/dynamodb&certainty=documented`);
  await waitFor(async () => (await page.locator('[data-control="certainty"]').inputValue()) === 'documented', 'the link sets the control');
  await waitFor(async () => (await page.locator('.summary[role="status"]').getAttribute('data-down')) === '0', 'and the count');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('replaying 20 October 2025 says which figure was reported and which predicted', async () => {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.goto(`${site.server.url}?off=aws/us-east-1/dynamodb&incident=aws-2025-10-20`);
  const headline = page.locator('[data-metric="replay"]');
  await waitFor(async () => (await headline.getAttribute('data-reported')) === '48', 'the replay headline counts 48 reported');
  assert.equal(await headline.getAttribute('data-predicted'), '0', 'independent evidence predicted none of them');
  assert.ok(Number(await headline.getAttribute('data-at-risk')) > 20, 'most of the others run on AWS');
  assert.match(await headline.textContent(), /reported affected.*predicted 0/s);
  const samples = page.locator('.replay-samples');
  await waitFor(async () => (await samples.getAttribute('data-overall')) === '35/203', 'over all incidents, 35 of 203');
  assert.deepEqual(trouble, []);
  await page.close();
});
