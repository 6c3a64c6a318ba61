// End to end: the first load in two files (issue 19's weight). The page fetches the core data file and paints the
// map from it; the details file it names comes after, and the citations then show. If the details cannot be loaded,
// the map stays and the citations say why. The full data file is never fetched by the page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedSite, openPage, waitFor, settled } from './harness.mjs';

const site = servedSite();

/** Opens `query` and records every data file the page asks for, in order. */
async function openRecording(query) {
  const origin = new URL(site.server.url).origin;
  const { page, trouble } = await openPage(site.browser.context, origin);
  const data = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/data/')) data.push(path.slice(path.lastIndexOf('/') + 1));
  });
  return { page, trouble, data, goto: () => page.goto(`${site.server.url}${query}`) };
}

test('the map paints from the core, then the details arrive and the citations show', async () => {
  const { page, trouble, data, goto } = await openRecording('?sel=airbnb');
  await goto();
  await settled(page);
  const details = page.locator('[data-details="airbnb"]');
  await waitFor(async () => {
    const text = await details.innerText();
    assert.doesNotMatch(text, /Loading the sources/);
    assert.ok(await details.locator('.evidence-list q').count() > 0, 'the evidence titles are quoted');
    return text;
  }, 'the citations of Airbnb after the details file');
  const titles = await details.locator('.evidence-list q').allInnerTexts();
  assert.ok(titles.every((title) => title.trim().length > 0), `no empty title: ${titles}`);
  assert.equal(data[0], 'cloudfall.core.json', `the core first: ${data}`);
  assert.ok(data.some((file) => /^cloudfall\.details\.[0-9a-f]{16}\.json$/.test(file)), `then the details: ${data}`);
  assert.ok(!data.includes('cloudfall.json'), `the full file is never fetched: ${data}`);
  assert.deepEqual(trouble, []);
  await page.close();
});

test('when the details file cannot be loaded, the map stays and the citations say why, in French too', async () => {
  const { page, goto } = await openRecording('?sel=airbnb&lang=fr');
  await page.route(/cloudfall\.details\.[0-9a-f]+\.json$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await goto();
  await settled(page);
  const alert = page.locator('[role=alert].texts-status');
  await waitFor(async () => assert.match(await alert.innerText(), /Les sources n'ont pas pu être chargées.*404/s),
    'the page says once that the sources failed, and why');
  await waitFor(async () => assert.match(await page.locator('[data-details="airbnb"]').innerText(), /sources non chargées, 20\d\d/),
    'each citation says it in a few words');
  assert.ok(await page.locator('[data-node-id="aws"]').count() > 0, 'the map is still there');
  await page.close();
});

// Issue 19: a link's own file (`data=`) downloads alongside the binary, through the boot script's preload, and the
// app reads that same download (one request for it). A path the app refuses is never fetched: the page preloads the
// shipped core instead, which is what the app then shows. The boot script's rule is the query codec's
// (`query::data_path`); the paths below are the codec's own test cases for each side of it.
test('a data= file downloads alongside the binary, once; a path the app refuses is never fetched', async () => {
  const origin = new URL(site.server.url).origin;
  const data = (path) => `data=${encodeURIComponent(path)}`;
  const cases = [
    [data('data/cloudfall.json'), 'cloudfall.json'],
    [data('./data/cloudfall-1.1.0.json'), 'cloudfall-1.1.0.json'],
    [`${data('missing.json')}&${data('data/cloudfall.json')}`, 'cloudfall.json'],
    [data('https://example.invalid/x.json'), 'cloudfall.core.json'],
    [data('//example.invalid/x.json'), 'cloudfall.core.json'],
    [data('/data/cloudfall.json'), 'cloudfall.core.json'],
    [data('data\\cloudfall.json'), 'cloudfall.core.json'],
    [data('javascript:alert(1)'), 'cloudfall.core.json'],
    [data(''), 'cloudfall.core.json'],
  ];
  for (const [path, expected] of cases) {
    const { page, trouble } = await openPage(site.browser.context, origin);
    await page.goto(`${site.server.url}?${path}`);
    await page.waitForSelector('[data-node-id="aws"]');
    const preload = await page.locator('#cloudfall-data-preload').getAttribute('href');
    assert.equal(new URL(preload).pathname.split('/').pop(), expected, `${path}: the file preloaded`);
    const name = new URL(preload).href;
    // Every request the page made for that file (the preload and the app's read of it are one).
    await waitFor(async () => {
      const entries = await page.evaluate((href) => performance.getEntriesByName(href).map((entry) => entry.initiatorType), name);
      assert.deepEqual(entries, ['link'], `${path}: one download, the preload's`);
      return true;
    }, `${path}: the app reads the preloaded download`);
    assert.deepEqual(trouble.filter((line) => line.includes('third-party')), [], `${path}: nothing from another site`);
    await page.close();
  }
});
