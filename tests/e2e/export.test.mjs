// Issue 16, "never an empty box" and "export with context", on the built site: each export (chart and scenario
// picture as SVG and PNG, the affected services as CSV) downloads and carries the scenario, the data version,
// licence and sources; with JavaScript off the page still shows the snapshot pictures and summary; printed, the page
// keeps the scenario's summary and sources and drops the controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { servedSite, openPage, shots, settled, waitFor } from './harness.mjs';

const site = servedSite();

/** Clicks the export button `code` and resolves to the downloaded file's name and bytes. */
async function download(page, code) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${code}"]`).click(),
  ]);
  const path = await file.path();
  const bytes = await readFile(path);
  await rm(path, { force: true });
  return { name: file.suggestedFilename(), bytes };
}

test('each export downloads with the scenario, the data version, the licence and the sources', async () => {
  const origin = new URL(site.server.url).origin;
  const { page, trouble } = await openPage(site.browser.context, origin);
  await page.goto(`${site.server.url}?off=aws/us-east-1/dynamodb`);
  await page.locator('[data-export="csv"]').waitFor();
  await settled(page);

  const csv = await download(page, 'csv');
  assert.match(csv.name, /^cloudfall-services-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = csv.bytes.toString('utf8');
  assert.ok(csvText.includes('# Switched off: DynamoDB (us-east-1)\n'), csvText.slice(0, 400));
  assert.match(csvText, /# Data \d+\.\d+\.\d+, checked \d{4}-\d{2}-\d{2}\n/);
  assert.ok(csvText.includes('# Licence: CC BY 4.0'), csvText.slice(0, 800));
  assert.ok(csvText.includes('# Sources:\n#   '), 'the sources are listed in the header');
  assert.ok(/\nwhatsapp,WhatsApp,messaging,down,/.test(csvText), 'WhatsApp is among the affected services');

  for (const [code, kind] of [['chart-svg', 'chart'], ['story-svg', 'scenario'], ['map-svg', 'map']]) {
    const svg = await download(page, code);
    assert.match(svg.name, new RegExp(`^cloudfall-${kind}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
    const text = svg.bytes.toString('utf8');
    assert.ok(text.startsWith('<svg'), text.slice(0, 100));
    assert.ok(text.includes('DynamoDB (us-east-1)'), `${code} names the scenario`);
    assert.ok(text.includes('CC BY 4.0'), `${code} carries the licence`);
    assert.match(text, /Sources:/, `${code} carries its sources`);
    assert.match(text, /Data \d+\.\d+\.\d+, checked/);
  }

  for (const [code, kind] of [['chart-png', 'chart'], ['story-png', 'scenario'], ['map-png', 'map']]) {
    const png = await download(page, code);
    assert.match(png.name, new RegExp(`^cloudfall-${kind}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    assert.deepEqual([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(''), 'PNG');
    assert.ok(png.bytes.length > 5000, `${code} is a real picture (${png.bytes.length} bytes)`);
  }
  assert.deepEqual(trouble, []);
  await page.close();
});

test('the French exports speak French', async () => {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.goto(`${site.server.url}?off=aws/us-east-1/dynamodb&lang=fr`);
  await page.locator('[data-export="csv"]').waitFor();
  const csv = (await download(page, 'csv')).bytes.toString('utf8');
  assert.ok(csv.includes('# Éteint\u00a0: DynamoDB (us-east-1)\n'), csv.slice(0, 300));
  assert.ok(csv.includes('\nid,nom,catégorie,état,comment on le sait,chaîne\n'));
  assert.deepEqual(trouble, []);
  await page.close();
});

test('printed, the page keeps the scenario with its sources and drops the controls', async () => {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.goto(`${site.server.url}?off=aws/us-east-1/dynamodb`);
  await page.locator('[data-switch-id]').first().waitFor();
  // Made only for paper (a click on the map never pays for it): absent from the screen's page.
  assert.equal(await page.locator('[data-print="summary"]').count(), 0, 'the summary is for paper only');
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('[data-print="summary"]');
  await summary.waitFor({ state: 'visible' });
  const text = await summary.textContent();
  assert.ok(text.includes('Switched off: DynamoDB (us-east-1)'), text.slice(0, 200));
  assert.ok(await page.locator('.print-sources li').count() > 3, 'the sources are printed');
  for (const hidden of ['.switch-panel', '.map-panel', '.export-buttons', '[data-switch-id]']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  await page.screenshot({ path: join(shots, 'print-dynamodb.png'), fullPage: true });
  assert.ok(pages >= 1 && pages <= 2, `the printed scenario fits on about one page (${pages})`);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(trouble, []);
  await page.close();
});

test('without JavaScript the page shows the snapshot pictures and the summary', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const failed = [];
    // The app's own script is preloaded and then cancelled when scripts are off: only the fallback's files count.
    page.on('requestfailed', (request) => { if (request.url().includes('/snapshot/')) failed.push(request.url()); });
    page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
    await page.goto(site.server.url);
    const section = page.locator('section.snapshot[lang="en"]');
    await section.waitFor({ state: 'visible' });
    const text = await section.textContent();
    assert.ok(text.includes('Switched off: DynamoDB (us-east-1)'), text.slice(0, 300));
    assert.match(text, /\d+ of \d+ web services go dark/);
    for (const name of ['market-en.svg', 'scenario-en.svg']) {
      const image = section.locator(`img[src="snapshot/${name}"]`);
      await image.waitFor({ state: 'visible' });
      await waitFor(() => image.evaluate((img) => img.complete && img.naturalWidth > 300), `${name} loads and draws`);
    }
    assert.ok(await page.locator('section.snapshot[lang="fr"]').isVisible(), 'the French summary is there too');
    // The sources are one link away, in the text summary beside the pictures.
    const sources = section.locator('a[href="snapshot/summary-en.txt"]');
    const summary = await context.request.get(new URL(await sources.getAttribute('href'), site.server.url).href);
    const summaryText = await summary.text();
    assert.ok(summaryText.includes('Switched off: DynamoDB (us-east-1)') && /\nSources:\n- /.test(summaryText), summaryText.slice(0, 300));
    await page.screenshot({ path: join(shots, 'no-javascript.png') });
    // A shared link previews with the card: the tags are in the page and the picture is served beside it.
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    assert.equal(await page.locator('meta[name="twitter:card"]').getAttribute('content'), 'summary_large_image');
    assert.match(await page.locator('meta[property="og:description"]').getAttribute('content'), /web services go dark/);
    const card = await context.request.get(new URL(image, site.server.url).href);
    assert.equal(card.status(), 200);
    assert.equal((await card.body()).subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual(failed, []);
    await context.close();
  } finally {
    await browser.close();
  }
});
