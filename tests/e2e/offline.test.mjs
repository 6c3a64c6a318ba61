// Works offline (issue 17, requirement 20): after one visit, the service worker has kept the site's own files, so
// with the network cut the story (by its class link, in French), its action, the explorer and the teacher's page
// with its worksheet all open. Service workers are allowed in this file only (the harness blocks them elsewhere).
// It is also installable as an app: the page links a web app manifest that Chromium reads without an error, with
// its PNG icons, and the service worker keeps them. And `make zip`'s archive, unpacked and served as its README says,
// opens the explorer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servedSite, openPage, waitFor, repo, dist } from './harness.mjs';

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
  // The installed app's manifest and icons, for an app started from the home screen with the network cut.
  for (const file of ['manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png']) {
    assert.ok(kept.some((url) => url.endsWith(file)), `${file} kept: ${kept.join(' ')}`);
  }

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

test('the page links a web app manifest that Chromium reads without an error, with PNG icons of 192 and 512 px', async () => {
  const { context } = site.browser;
  const { page, trouble } = await openPage(context, new URL(site.server.url).origin);
  await page.goto(site.server.url);
  await page.waitForSelector('[data-node-id="snapchat"]');
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  // Relative to the page, so it works from the sub-path the site is served from.
  assert.equal(manifest.url, `${site.server.url}manifest.webmanifest`);
  assert.deepEqual(manifest.errors, [], 'Chromium found no error in the manifest');
  const data = JSON.parse(manifest.data);
  assert.equal(data.short_name, 'Cloudfall');
  assert.match(data.name, /Cloudfall/);
  assert.equal(data.display, 'standalone');
  assert.equal(data.start_url, './');
  assert.equal(data.scope, './');
  // As Chromium resolved it: the app's scope is the site's own folder, under whatever sub-path it is served.
  assert.equal(manifest.parsed?.scope, site.server.url);
  // Each PNG icon is served, and is a PNG of the size the manifest says (read from its header).
  for (const size of [192, 512]) {
    const icon = data.icons.find((entry) => entry.type === 'image/png' && entry.sizes === `${size}x${size}`);
    assert.ok(icon, `a ${size} px PNG icon`);
    const response = await page.request.get(new URL(icon.src, manifest.url).href);
    assert.equal(response.status(), 200);
    const bytes = await response.body();
    assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [size, size]);
  }
  // Nothing stops installing it (Chromium's own installability check).
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  await cdp.detach();
  assert.deepEqual(trouble, []);
  await page.close();
});

test('the offline zip (make zip), unpacked and served with Python as its README says, opens the explorer; two zips of one build are the same bytes', async () => {
  const work = await mkdtemp(join(tmpdir(), 'cloudfall-zip-'));
  let python;
  try {
    const zip = (name) => {
      execFileSync('python3', [join(repo, '.ci', 'offline-zip.py'), dist, join(work, name)]);
      return readFile(join(work, name));
    };
    const [one, two] = [await zip('one.zip'), await zip('two.zip')];
    assert.ok(one.equals(two), 'two zips of the same build are the same bytes');
    execFileSync('python3', ['-m', 'zipfile', '-e', join(work, 'one.zip'), join(work, 'unpacked')]);
    for (const [file, words] of [['README.txt', /python3 -m http\.server 8000/], ['LISEZMOI.txt', /python3 -m http\.server 8000/]]) {
      assert.match(await readFile(join(work, 'unpacked', file), 'utf8'), words, file);
    }
    // "cd cloudfall; python3 -m http.server": here on a free port of 127.0.0.1, stopped below.
    python = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1'],
      { cwd: join(work, 'unpacked', 'cloudfall'), stdio: ['ignore', 'pipe', 'ignore'] });
    const address = await new Promise((resolve, reject) => {
      let said = '';
      python.stdout.on('data', (chunk) => {
        said += chunk;
        const port = said.match(/port (\d+)/);
        if (port) resolve(`http://127.0.0.1:${port[1]}/`);
      });
      python.on('exit', (code) => reject(new Error(`python3 -m http.server stopped (${code}): ${said}`)));
    });
    const { page, trouble } = await openPage(site.browser.context, new URL(address).origin);
    await page.goto(`${address}?off=aws/us-east-1`);
    await page.waitForSelector('[data-node-id="snapchat"][data-state="down"]');
    await page.goto(`${address}?page=teacher&lang=fr`);
    await page.waitForSelector('html[lang="fr"] [data-page="teacher"] [data-section="worksheet"]');
    assert.deepEqual(trouble, []);
    await page.close();
  } finally {
    python?.kill();
    await rm(work, { recursive: true, force: true });
  }
});
