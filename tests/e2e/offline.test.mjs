// Works offline (issue 17, requirement 20): after one visit, the service worker has kept the site's own files, so
// with the network cut the story (by its class link, in French), its action, the explorer and the teacher's page
// with its worksheet all open. Service workers are allowed in this file only (the harness blocks them elsewhere).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedSite, openPage, waitFor } from './harness.mjs';

const site = servedSite({ serviceWorkers: 'allow' });

test('after a first visit, the story, the explorer and the teacher page open with the network cut', async () => {
  const { context } = site.browser;
  const { page, trouble } = await openPage(context, new URL(site.server.url).origin);
  await page.goto(`${site.server.url}?step=1`);
  await page.waitForSelector('[data-story-step="1"][data-acted="false"]');
  // The worker is ready once it has kept every file (its install waits for them all).
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, site.server.url, 'the worker covers the sub-path the site is served from, and only it');
  const kept = await waitFor(async () => {
    const urls = await page.evaluate(async () => {
      const cache = await caches.open('cloudfall-1');
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    return urls.some((url) => url.endsWith('.wasm')) && urls.some((url) => url.endsWith('teacher/fr.json')) && urls;
  }, 'the service worker keeps the wasm and the teacher material');
  // The first load's two data files: the core, and the details file it names.
  assert.ok(kept.some((url) => url.endsWith('data/cloudfall.core.json')), kept.join(' '));
  assert.ok(kept.some((url) => /data\/cloudfall\.details\.[0-9a-f]+\.json$/.test(url)), kept.join(' '));

  await context.setOffline(true);
  try {
    // A class link opens offline, with its query, and the step's action works (the data comes from the cache).
    await page.goto(`${site.server.url}?step=3&lang=fr`);
    await page.waitForSelector('html[lang="fr"] [data-story-step="3"][data-acted="false"]');
    await page.click('[data-guess="snapchat"]');
    await page.click('[data-story-act]');
    await page.waitForSelector('[data-story-step="3"][data-acted="true"]');
    await page.waitForSelector('[data-reveal-id="snapchat"][data-hit="false"]');
    // The explorer: switching a region off darkens services.
    await page.goto(`${site.server.url}?off=aws/us-east-1`);
    await page.waitForSelector('[data-node-id="snapchat"][data-state="down"]');
    // The teacher's page with its material and the worksheet, in both languages.
    for (const lang of ['en', 'fr']) {
      await page.goto(`${site.server.url}?page=teacher&lang=${lang}`);
      await page.waitForSelector(`html[lang="${lang}"] [data-page="teacher"] [data-section="goals"]`);
      await page.waitForSelector('[data-section="worksheet"]');
    }
  } finally {
    await context.setOffline(false);
  }
  assert.deepEqual(trouble, []);
  await page.close();
});
