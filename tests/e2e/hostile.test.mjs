// End to end: every file of the hostile catalogue (crates/model/tests/hostile/, with expected.tsv saying which must
// be refused and which must load) is loaded in the release dist/ through the file picker and through `?data=`.
// Each payload in those files, if it ever ran, would set `window.__cloudfallPwned` and open an alert: the tests
// assert neither happened, that no request left 127.0.0.1, that a refused file's problems are listed, and that the
// reader's state survives a refused file (a switch turned off before is still off, the count unchanged). A file
// over the size limit is refused before it is read. Every assertion on something asynchronous waits for it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servedSite, openPage, repo, shots, waitFor, settled, PATIENCE_MS } from './harness.mjs';

const catalogue = join(repo, 'crates', 'model', 'tests', 'hostile');
// The server hands out files of this directory under bench/, so `?data=bench/<file>` reaches them.
process.env.CLOUDFALL_BENCH_DATA = catalogue;

/** The catalogue's rows: [file, expected], where expected is "valid" for a file that must load. */
const rows = readFileSync(join(catalogue, 'expected.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t'));
const refused = rows.filter(([, expected]) => expected !== 'valid').map(([file]) => file);
const valid = rows.filter(([, expected]) => expected === 'valid').map(([file]) => file);

const site = servedSite();

/**
 * Opens the page with everything a payload could do recorded: dialogs (dismissed), every request's URL, and the
 * harness's own record of console errors, CSP violations and requests to another host.
 */
async function watchedPage(origin) {
  const { page, trouble } = await openPage(site.browser.context, origin);
  const dialogs = [];
  const requests = [];
  page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  page.on('request', (request) => requests.push(request.url()));
  return { page, trouble, dialogs, requests };
}

/** Asserts that no payload ran and nothing was asked of another host. */
async function assertNothingRan({ page, trouble, dialogs, requests }, origin, what) {
  assert.deepEqual(dialogs, [], `${what}: no dialog opened`);
  assert.equal(await page.evaluate(() => window.__cloudfallPwned), undefined, `${what}: no payload ran`);
  assert.equal(await page.locator('img[src="x"], .app script').count(), 0, `${what}: no markup from the data in the page`);
  const elsewhere = requests.filter((url) => !['data:', 'blob:'].includes(new URL(url).protocol) && new URL(url).origin !== origin);
  assert.deepEqual(elsewhere, [], `${what}: no request left 127.0.0.1`);
  assert.deepEqual(trouble.filter((line) => !line.startsWith('console: Failed to load resource')), [],
    `${what}: no console error, CSP violation or request to another host`);
}

async function downCount(page) {
  return page.locator('.summary[role="status"]').getAttribute('data-down');
}

test('each refused file chosen in the file picker lists its problems and leaves the reader\'s state as it was', async () => {
  const origin = new URL(site.server.url).origin;
  const watched = await watchedPage(origin);
  const { page } = watched;
  await page.goto(site.server.url);
  await settled(page);
  await page.locator('[data-switch-id="aws"]').click();
  await page.waitForSelector('[data-node-id="fortnite"][data-state="down"]');
  await page.waitForSelector('.dependency-map[data-cascade="done"]');
  const before = await downCount(page);
  assert.ok(Number(before) > 0, 'some services down before any file');

  for (const file of refused) {
    await page.locator('#data-file').setInputFiles(join(catalogue, file));
    const problems = page.locator('.loader-problems');
    await waitFor(async () => assert.match(await problems.innerText(), new RegExp(`\u201c${file.replace('.', '\\.')}\u201d was not loaded`)),
      `${file}: refused and named`);
    const listed = Number(await problems.getAttribute('data-loader-problems'));
    assert.ok(listed >= 1, `${file}: its problems listed`);
    assert.equal(await problems.locator('li').count(), listed, `${file}: one line per problem`);
    assert.match(await problems.locator('li').first().innerText(), /^(Line \d+, column \d+|The whole file|nodes|dataset|dependencies|market_shares)/,
      `${file}: each problem says where it is`);
    assert.equal(await page.locator('[data-switch-id="aws"]').getAttribute('aria-checked'), 'false',
      `${file}: the switch turned off before is still off`);
    assert.equal(await page.locator('[data-node-id="fortnite"]').getAttribute('data-state'), 'down', `${file}: the map unchanged`);
    assert.equal(await downCount(page), before, `${file}: the count unchanged`);
    assert.equal(await page.locator('[data-loader-file]').count(), 0, `${file}: no file said to be loaded`);
    await assertNothingRan(watched, origin, file);
  }
  await page.screenshot({ path: join(shots, 'hostile-refused-file.png'), fullPage: false });
  await page.locator('.data-loader').screenshot({ path: join(shots, 'hostile-refused-panel.png') });
  await page.close();
});

test('a hostile file that is valid loads with its markup shown as text, and the way back restores the built-in data', async () => {
  const origin = new URL(site.server.url).origin;
  const watched = await watchedPage(origin);
  const { page } = watched;
  await page.goto(`${site.server.url}?lang=fr`);
  await settled(page);
  const shippedNodes = await page.locator('[data-node-id]').count();
  for (const file of valid) {
    await page.locator('#data-file').setInputFiles(join(catalogue, file));
    await waitFor(async () => assert.equal(await page.locator('[data-loader-file]').getAttribute('data-loader-file'), file),
      `${file}: loaded and said so`);
    await waitFor(async () => assert.ok((await page.locator('[data-node-id]').count()) < 10), `${file}: its own map shown`);
    await assertNothingRan(watched, origin, file);
  }
  // The last valid file is the one with markup in its names: the text is there, as text.
  assert.match(await page.locator('.app').innerText(), /<img src=x onerror=/, 'markup shown as text');
  await page.locator('[data-loader-restore]').click();
  await waitFor(async () => assert.equal(await page.locator('[data-node-id]').count(), shippedNodes), 'the built-in data back');
  assert.equal(await page.locator('[data-loader-file]').count(), 0);
  await assertNothingRan(watched, origin, 'after the way back');
  await page.close();
});

test('a file over the size limit is refused before it is read', async () => {
  const origin = new URL(site.server.url).origin;
  const watched = await watchedPage(origin);
  const { page } = watched;
  const directory = await mkdtemp(join(tmpdir(), 'cloudfall-huge-'));
  const huge = join(directory, 'huge.json');
  try {
    // A sparse file of 100 MB and one byte: the limit is 100 MB.
    const handle = await open(huge, 'w');
    await handle.truncate(100_000_001);
    await handle.close();
    await page.goto(site.server.url);
    await settled(page);
    await page.locator('#data-file').setInputFiles(huge);
    await waitFor(async () => assert.match(await page.locator('.loader-problems').innerText(), /up to 100 MB/), 'the size refused');
    await assertNothingRan(watched, origin, 'huge.json');
  } finally {
    await rm(directory, { recursive: true, force: true });
    await page.close();
  }
});

test('each hostile file given by ?data= is refused with its problems listed, or loads as text, and nothing runs', async () => {
  const origin = new URL(site.server.url).origin;
  for (const [file, expected] of rows) {
    const watched = await watchedPage(origin);
    const { page } = watched;
    await page.goto(`${site.server.url}?data=bench/${file}`);
    if (expected === 'valid') {
      await page.waitForSelector('[data-node-id]', { timeout: PATIENCE_MS });
    } else {
      const error = page.locator('.data-error');
      await error.waitFor({ timeout: PATIENCE_MS });
      assert.ok(await error.locator('li').count() >= 1, `${file}: its problems listed`);
      assert.ok(await error.locator('a[href="./"]').count() === 1, `${file}: a way to the built-in data`);
    }
    await assertNothingRan(watched, origin, `?data=${file}`);
    await page.close();
  }
});
