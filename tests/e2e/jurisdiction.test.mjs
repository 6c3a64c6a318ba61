// End to end: the jurisdiction switches on the release dist/. A click on "every US provider" switches off every
// American provider and supplier, writes `jurisdiction=us` into the address, and says how many of the EU's web
// services keep standing (59 of 119 on the shipped data); reset switches them on again. Every assertion on what
// the app does after a click waits for it (`waitFor`, `waitForURL`); axe checks the page with the group off, in
// English at 1280 px and in French at 360 px, and screenshots of both go to target/e2e/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedSite, openPage, shots, waitFor, settled, accessibilityProblems } from './harness.mjs';

const site = servedSite();

/** Whether each of the three preset jurisdiction switches is switched off ("true"), in the order us, cn, non-eu:
 * the opposite of its `aria-checked`, which says the group is running. */
async function pressed(page) {
  return page.evaluate(() => ['us', 'cn', 'non-eu'].map((code) =>
    String(document.querySelector(`[data-jurisdiction="${code}"]`)?.getAttribute('aria-checked') === 'false')));
}

async function stateOf(page, id) {
  return page.locator(`[data-node-id="${id}"]`).getAttribute('data-state');
}

test('every US provider switched off leaves 59 of the 119 EU web services standing, in the URL and the figures', async () => {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.goto(site.server.url);
  await page.waitForSelector('[data-node-id="leboncoin"][data-state="up"]');
  assert.deepEqual(await pressed(page), ['false', 'false', 'false']);
  assert.equal(await page.locator('[data-metric="eu-standing"]').count(), 0, 'no EU figure while everything is on');

  await page.locator('[data-jurisdiction="us"]').click();
  await page.waitForURL((url) => new URL(url).searchParams.get('jurisdiction') === 'us');
  await waitFor(async () => assert.deepEqual(await pressed(page), ['true', 'false', 'false']), 'the US switch pressed');
  await waitFor(async () => {
    assert.equal(await stateOf(page, 'stripe'), 'down', 'American suppliers go with the providers');
    assert.equal(await stateOf(page, 'leboncoin'), 'down');
    assert.equal(await stateOf(page, 'lichess'), 'up');
  }, 'the American companies and what rests on them dark');
  const figure = page.locator('[data-metric="eu-standing"]');
  await waitFor(async () => {
    assert.equal(await figure.getAttribute('data-standing'), '59');
    assert.equal(await figure.getAttribute('data-total'), '119');
    assert.match(await figure.innerText(), /59 of the 119 web services based in the EU keep standing/);
  }, 'the EU figure in the summary');
  await waitFor(async () => assert.match(await page.locator('.status-eu').innerText(), /59 of the 119/),
    'the EU figure in the status bar');
  // The provider's own switch is not pressed (it was not switched off one by one) but says it is down, in words.
  assert.equal(await page.locator('[data-switch-id="aws"]').getAttribute('aria-checked'), 'true');

  const problems = await accessibilityProblems(page);
  await page.screenshot({ path: join(shots, 'jurisdiction-us-1280.png') });
  assert.equal(problems.length, 0, `axe found serious or critical violations:\n${problems.join('\n')}`);

  await page.locator('[data-action="reset"]').click();
  await page.waitForURL((url) => !new URL(url).searchParams.has('jurisdiction'));
  await waitFor(async () => assert.deepEqual(await pressed(page), ['false', 'false', 'false']), 'reset clears the groups');
  await waitFor(async () => assert.equal(await stateOf(page, 'stripe'), 'up'), 'stripe back up');
  assert.equal(await page.locator('[data-metric="eu-standing"]').count(), 0);
  assert.deepEqual(trouble, []);
  await page.close();
});

test('outside the EU from a link, in French on a 360 px phone, the figure reads in French and axe finds nothing serious', async () => {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${site.server.url}?jurisdiction=non-eu&lang=fr`);
  await page.waitForSelector('html[lang="fr"] [data-node-id="leboncoin"][data-state="down"]');
  await waitFor(async () => assert.deepEqual(await pressed(page), ['false', 'false', 'true']), 'the non-EU switch pressed');
  const text = await waitFor(() => page.locator('[data-metric="eu-standing"]').innerText(), 'the EU figure');
  assert.match(text, /59 des 119 services web basés dans l'UE restent debout/);
  await settled(page);
  await page.locator('.jurisdictions').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'jurisdiction-non-eu-fr-360.png') });
  const problems = await accessibilityProblems(page);
  assert.equal(problems.length, 0, `axe found serious or critical violations:\n${problems.join('\n')}`);
  assert.deepEqual(trouble, []);
  await page.close();
});
