// The teacher's page (issue 17), end to end on the release dist/: pupils' answer codes read back into the class
// tally in the browser, the "link for my class" builder whose link opens exactly what it says (a story step, or a
// start map with hidden names and numbers; Reset returns there), the worksheet printing on at most two A4 pages, and axe-core in English and French. Nothing sleeps.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { servedSite, openPage, shots, waitFor, settled, accessibilityProblems, dist } from './harness.mjs';

const site = servedSite();

async function open(query, ready) {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.goto(site.server.url + query);
  await page.waitForSelector(ready);
  return { page, trouble };
}

/** Solves the challenges the pupil gets right in `answers` on one page and resolves to the answer code shown. */
async function pupilCode(answers) {
  const { page, trouble } = await open('?challenge=zone', '[data-challenge="zone"]');
  await settled(page);
  for (const { query, guess } of answers) {
    await page.goto(site.server.url + query);
    await page.waitForSelector('[data-challenge-check]');
    if (guess !== undefined) await page.check(`[data-zone-guess="${guess}"]`);
    await page.click('[data-challenge-check]');
    await page.waitForSelector('[data-verdict]');
  }
  const code = await page.locator('[data-answer-code]').innerText();
  assert.deepEqual(trouble, []);
  await page.close();
  return code;
}

test('answer codes from the challenges read back into the class tally on the teacher page', async () => {
  // Results live in the page's state, not in the link: one pupil answers on one page, clicking through.
  const { page: pupil, trouble: pupilTrouble } = await open('?off=aws/us-east-1/use1-az4&challenge=zone', '[data-challenge-check]');
  await settled(pupil);
  await pupil.check('[data-zone-guess="0"]');
  await pupil.click('[data-challenge-check]');
  await pupil.waitForSelector('[data-verdict="right"]');
  const zoneOnly = await pupil.locator('[data-answer-code]').innerText();
  await pupil.click('[data-challenge-tab="most"]');
  await pupil.waitForSelector('[data-challenge="most"]');
  await pupil.click('[data-challenge-check]');
  await pupil.waitForSelector('[data-verdict="wrong"]');
  const afterWrong = await pupil.locator('[data-answer-code]').innerText();
  assert.notEqual(afterWrong, zoneOnly, 'a checked answer counts in the code');
  assert.deepEqual(pupilTrouble, []);
  await pupil.close();
  const started = await pupilCode([]);

  const { page, trouble } = await open('?page=teacher', '[data-tally-input]');
  const typo = zoneOnly.slice(0, 4) + (zoneOnly[4] === 'A' ? 'B' : 'A') + zoneOnly.slice(5);
  await page.fill('[data-tally-input]', `${zoneOnly}\n${afterWrong}, ${started}\n${typo}\nmerci`);
  await page.waitForSelector('[data-tally-pupils="3"]');
  const cell = async (selector) => page.locator(`${selector} td`).innerText();
  assert.equal(await cell('[data-tally-challenge="zone"]'), '2');
  assert.equal(await cell('[data-tally-challenge="most"]'), '0');
  assert.equal(await page.getAttribute('[data-tally-unread]', 'data-tally-unread'), '1');
  assert.match(await page.locator('[data-tally-unread]').innerText(), /typo/);
  assert.deepEqual(trouble, []);
  await page.close();
});

test('the class link builder makes a link that opens exactly its choices, and Reset returns to it', async () => {
  const { page, trouble } = await open('?page=teacher', '[data-class-link]');
  await page.selectOption('[data-builder="lang"]', 'fr');
  await page.selectOption('[data-builder="step"]', '3');
  for (const box of ['builder-lock', 'builder-edges', 'builder-projector', 'builder-version']) await page.check(`#${box}`);
  const link = await waitFor(async () => {
    const value = await page.inputValue('[data-class-link]');
    assert.match(value, /\?lang=fr&step=3&lock=step&hide=edges&projector=1&v=\d+\.\d+\.\d+$/);
    return value;
  }, 'the link says every choice');
  assert.equal(await page.locator('[data-builder="start"]').isDisabled(), true, 'a story step opens on its own map');
  assert.ok(link.startsWith(site.server.url), 'the link points at this very site, under its sub-path');
  await page.goto(link);
  await page.waitForSelector('html[lang="fr"] .app.projector.hide-edges [data-story-step="3"][data-acted="false"]');
  await settled(page);
  assert.equal(await page.locator('[data-story-next], [data-story-prev]').count(), 0, 'the lock keeps the step');
  assert.equal(await page.locator('.dependency-map .edges').first().isVisible(), false, 'the links are hidden');
  assert.equal(page.url(), link, 'the page writes back the same link');
  await page.click('[data-story-act]');
  await page.waitForSelector('[data-story-step="3"][data-acted="true"]');
  await page.click('[data-story-reset]');
  await page.waitForSelector('[data-story-step="3"][data-acted="false"]');
  // The same link again, with the pupil's results (their answer code) kept beside it.
  await page.waitForURL((url) => url.href.replace(/&code=CF-[0-9A-Z]{5}-[0-9A-Z]{2}/, '') === link && url.href.includes('code=CF-'));
  assert.equal(await page.getAttribute('[data-switch-id="aws/us-east-1/use1-az4"]', 'aria-checked'), 'true');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('the builder\'s start map and hidden numbers open as chosen, and Reset returns to the map the link opened', async () => {
  const { page, trouble } = await open('?page=teacher', '[data-class-link]');
  await page.selectOption('[data-builder="step"]', '');
  await page.waitForSelector('[data-builder="start"]:not([disabled])');
  const regions = await page.locator('[data-builder="start"] option').evaluateAll((options) => options.map((o) => o.value));
  assert.ok(regions.includes('incident:aws-2025-10-20') && regions.includes('off:aws') && regions.includes('off:aws/us-east-1'),
    `the model's incidents, providers and regions are offered: ${regions.join(' ')}`);
  await page.selectOption('[data-builder="start"]', 'off:aws/us-east-1');
  for (const box of ['builder-values', 'builder-labels']) await page.check(`#${box}`);
  const link = await waitFor(async () => {
    const value = await page.inputValue('[data-class-link]');
    assert.match(value, /\?off=aws\/us-east-1&hide=labels,values$/);
    return value;
  }, 'the link says the start map and what is hidden');
  await page.goto(link);
  await page.waitForSelector('.app.hide-labels [data-values-hidden]');
  await settled(page);
  assert.equal(page.url(), link, 'the page writes back the same link');
  const reset = page.locator('[data-action="reset"]');
  assert.equal(await reset.innerText(), 'Switch everything back on', 'at the link\'s map, Reset switches all on');
  await page.click('[data-switch-id="aws/us-east-1"]');
  await page.click('[data-switch-id="google"]');
  await page.waitForSelector('[data-action="reset"][data-reset-to="link"]');
  assert.equal(await reset.innerText(), 'Back to the map the link opened');
  await reset.click();
  await page.waitForURL((url) => url.href === link);
  assert.equal(await page.getAttribute('[data-switch-id="aws/us-east-1"]', 'aria-checked'), 'false');
  assert.equal(await page.getAttribute('[data-switch-id="google"]', 'aria-checked'), 'true');
  await page.waitForSelector('[data-action="reset"]:not([data-reset-to])');
  assert.deepEqual(trouble, []);
  await page.close();

  // A replayed outage in French: Reset returns to the replay, and says so in French.
  const french = await open('?off=aws/us-east-1/dynamodb&incident=aws-2025-10-20&lang=fr', 'html[lang="fr"] [data-action="reset"]');
  await settled(french.page);
  await french.page.click('[data-switch-id="aws/us-east-1/dynamodb"]');
  await french.page.waitForSelector('[data-action="reset"][data-reset-to="link"]');
  assert.equal(await french.page.locator('[data-action="reset"]').innerText(), 'Revenir à la carte du lien');
  await french.page.click('[data-action="reset"]');
  await french.page.waitForSelector('[data-switch-id="aws/us-east-1/dynamodb"][aria-checked="false"]');
  await french.page.waitForURL((url) => url.searchParams.get('incident') === 'aws-2025-10-20');
  assert.deepEqual(french.trouble, []);
  await french.page.close();
});

test('the worksheet prints on at most two A4 pages', async () => {
  for (const lang of ['en', 'fr']) {
    const { page, trouble } = await open(`?page=teacher&lang=${lang}`, '[data-section="worksheet"]');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('[data-section="builder"]').isVisible(), false, 'only the worksheet prints');
    assert.equal(await page.locator('[data-section="worksheet"] h2').isVisible(), true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `${lang}: the worksheet prints on ${pages} pages`);
    if (lang === 'fr') await page.screenshot({ path: join(shots, 'worksheet-fr-print.png'), fullPage: true });
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

test('the teacher page says no personal data is collected and has no serious or critical accessibility violation', async () => {
  for (const [lang, privacy] of [['en', /No personal data is collected/], ['fr', /Aucune donnée personnelle n'est collectée/]]) {
    const { page, trouble } = await open(`?page=teacher&lang=${lang}`, `html[lang="${lang}"] [data-section="goals"]`);
    assert.match(await page.locator('[data-privacy]').innerText(), privacy);
    await page.fill('[data-tally-input]', 'CF-00000-00');
    await page.waitForSelector('[data-tally-unread]');
    const problems = await accessibilityProblems(page);
    assert.equal(problems.length, 0, `axe on the teacher page (${lang}):\n${problems.join('\n')}`);
    if (lang === 'en') await page.screenshot({ path: join(shots, 'teacher-en.png'), fullPage: true });
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

test('on a 320 px phone the teacher page reflows without sideways scrolling', async () => {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.setViewportSize({ width: 320, height: 780 });
  await page.goto(`${site.server.url}?page=teacher&lang=fr`);
  await page.waitForSelector('[data-section="worksheet"]');
  await waitFor(async () => assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320),
    'the page is no wider than the phone');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('the teacher page and its printed worksheet give the dataset version and date the lesson uses', async () => {
  const shipped = JSON.parse(await readFile(join(dist, 'data', 'cloudfall.json'), 'utf8')).dataset;
  for (const [lang, words] of [['en', `Dataset ${shipped.version}, facts checked up to ${shipped.as_of}.`], ['fr', shipped.version]]) {
    const { page, trouble } = await open(`?page=teacher&lang=${lang}`, `html[lang="${lang}"] [data-section="worksheet"]`);
    const head = await page.locator('.teacher-head').innerText();
    assert.ok(head.includes(words) && head.includes(shipped.as_of), `${lang}: ${head}`);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('[data-section="worksheet"] .worksheet-version');
    assert.equal(await sheet.isVisible(), true, 'the version prints with the worksheet');
    const printed = await sheet.innerText();
    assert.ok(printed.includes(shipped.version) && printed.includes(shipped.as_of), `${lang}: ${printed}`);
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

// Issue 19's weight: the teacher's page is a binary of its own. The explorer's button opens it as a page (the boot
// script starts the teacher's binary, and the explorer's first load never fetched it), its "back" opens the explorer
// in the same language, and the browser's Back button returns to the page before.
test('the explorer\'s teacher button opens the teacher\'s own binary, and back returns to the explorer', async () => {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  const binaries = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) binaries.push(name.replace(/-[0-9a-f]+_bg\.wasm$/, ''));
  });
  await page.goto(`${site.server.url}?lang=fr&off=aws`);
  await page.waitForSelector('html[lang="fr"] [data-node-id="aws"][data-state="down"]');
  await settled(page);
  assert.deepEqual(binaries, ['cloudfall-app'], 'the explorer loads its own binary only');
  await page.click('[data-teacher-open]');
  await page.waitForSelector('html[lang="fr"] .app[data-binary="teacher"] [data-page="teacher"] [data-section="goals"]');
  assert.deepEqual(binaries, ['cloudfall-app', 'cloudfall-teacher'], 'the teacher\'s page starts its own binary');
  assert.match(new URL(page.url()).search, /page=teacher/);
  assert.match(new URL(page.url()).search, /lang=fr/);
  await page.click('[data-teacher-back]');
  await page.waitForSelector('html[lang="fr"] [data-node-id="aws"][data-state="down"]');
  assert.doesNotMatch(new URL(page.url()).search, /page=teacher/);
  assert.deepEqual(binaries, ['cloudfall-app', 'cloudfall-teacher', 'cloudfall-app']);
  await page.goBack();
  await page.waitForSelector('html[lang="fr"] .app[data-binary="teacher"] [data-page="teacher"]');
  assert.deepEqual(trouble, []);
  await page.close();
});
