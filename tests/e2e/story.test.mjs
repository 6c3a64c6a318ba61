// The guided story and the challenges (issue 17), end to end on the release dist/: each step by its link into its
// state, the whole story by keyboard alone, predictions that reveal nothing before they are locked in, each challenge
// accepting a right answer and explaining a wrong one, and axe-core on the story in both languages. Also what was
// left of issue 17: no peeking at a prediction from the switches, hidden links and names absent from the page, the
// screen summary's counts, French for a French browser, and the services table as CSV. Every assertion on something
// the app does after a key or a click waits for it; nothing sleeps.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedSite, openPage, shots, waitFor, settled, accessibilityProblems, addressWritten, accessibleName } from './harness.mjs';

const site = servedSite();

/** Opens `query` and waits for `ready`. */
async function open(query, ready) {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.goto(site.server.url + query);
  await page.waitForSelector(ready);
  return { page, trouble };
}

async function states(page, ids) {
  return page.evaluate((ids) => ids.map((id) => document.querySelector(`[data-node-id="${id}"]`)?.getAttribute('data-state')), ids);
}

/** Waits until the map shows each id of `expected` in its state. */
async function expectStates(page, expected) {
  const ids = Object.keys(expected);
  await waitFor(async () => assert.deepEqual(await states(page, ids), Object.values(expected)), `the states of ${ids.join(', ')}`);
}

// What each step shows when its link opens it, and after its one action (from the shipped data 1.1.0).
const STEPS = [
  { step: 1, before: { snapchat: 'up', netflix: 'up' }, after: { snapchat: 'down', fortnite: 'down', roblox: 'down', netflix: 'up', doctolib: 'up' } },
  { step: 2, before: { snapchat: 'down', 'aws/us-east-1/dynamodb': 'down' }, after: { snapchat: 'down' }, details: 'aws/us-east-1/dynamodb' },
  { step: 3, before: { snapchat: 'up' }, after: { 'aws/us-east-1/use1-az4': 'down', snapchat: 'up', fortnite: 'up', netflix: 'up' } },
  { step: 4, before: { 'aws/us-east-1/dynamodb': 'down' }, after: { 'aws/us-east-1/ec2': 'degraded' }, details: 'aws/us-east-1/ec2' },
  { step: 5, before: { 'fall-guys': 'up', lydia: 'up' }, after: { 'fall-guys': 'down', lydia: 'down', doctolib: 'down', spotify: 'degraded', 'le-monde': 'degraded' } },
  { step: 6, before: { roblox: 'down' }, after: { roblox: 'degraded', snapchat: 'down' } },
  { step: 7, before: { netflix: 'up' }, after: { netflix: 'down', snapchat: 'down', leboncoin: 'up', lydia: 'up' } },
];

test('each story step opens by its link into its state, and its one action changes the map as the story says', async () => {
  for (const { step, before, after, details } of STEPS) {
    const { page, trouble } = await open(`?step=${step}`, `[data-story-step="${step}"][data-acted="false"]`);
    await settled(page);
    await expectStates(page, before);
    assert.equal(await page.locator('[data-reveal]').count(), 0, `step ${step}: nothing revealed yet`);
    await page.click('[data-story-act]');
    await page.waitForSelector(`[data-story-step="${step}"][data-acted="true"]`);
    await expectStates(page, after);
    if (details) await page.waitForSelector(`[data-details="${details}"]`);
    await page.waitForSelector('.story-question');
    // The link now says the state after the action; opened again, it reads back as done.
    await addressWritten(page);
    const url = page.url();
    await page.goto(url);
    await page.waitForSelector(`[data-story-step="${step}"][data-acted="true"]`);
    await expectStates(page, after);
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

/** Presses Tab (or Shift+Tab when the target comes before the focus) until `selector` has the focus. */
async function tabTo(page, selector, counter) {
  for (let presses = 0; presses < 40; presses += 1) {
    const where = await page.evaluate((selector) => {
      const target = document.querySelector(selector);
      if (!target) return 'missing';
      const active = document.activeElement;
      if (active === target) return 'here';
      if (!active || active === document.body) return 'after';
      return active.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    }, selector);
    if (where === 'here') return;
    if (where === 'missing') {
      await page.waitForSelector(selector);
      continue;
    }
    await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
    counter.presses += 1;
  }
  throw new Error(`${selector} was not reached with 40 presses of Tab`);
}

async function press(page, key, counter) {
  await page.keyboard.press(key);
  counter.presses += 1;
}

test('the whole story can be done by keyboard alone, from the first page to the challenges', async () => {
  const { page, trouble } = await open('', '[data-story-start]');
  await settled(page);
  const counter = { presses: 0 };
  await tabTo(page, '[data-story-start]', counter);
  await press(page, 'Enter', counter);
  for (const { step, after } of STEPS) {
    await page.waitForSelector(`[data-story-step="${step}"][data-acted="false"]`);
    if (await page.locator('[data-guess]').count()) {
      const first = await page.locator('[data-guess]').first().getAttribute('data-guess');
      await tabTo(page, `[data-guess="${first}"]`, counter);
      await press(page, 'Space', counter);
      await page.waitForSelector(`[data-guess="${first}"][aria-pressed="true"]`);
    }
    await tabTo(page, '[data-story-act]', counter);
    await press(page, 'Enter', counter);
    await page.waitForSelector(`[data-story-step="${step}"][data-acted="true"]`);
    await expectStates(page, after);
    assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute('data-story-act')), true,
      `step ${step}: the focus stays on the button just pressed`);
    await tabTo(page, step < STEPS.length ? '[data-story-next]' : '[data-story-challenges]', counter);
    await press(page, 'Enter', counter);
  }
  await page.waitForSelector('[data-challenge="most"]');
  console.log(`the whole story took ${counter.presses} key presses`);
  assert.ok(counter.presses < 120, `${counter.presses} key presses`);
  assert.deepEqual(trouble, []);
  await page.close();
});

test('a prediction reveals nothing until the pupil locks it in, then marks each hit and miss in words', async () => {
  const { page, trouble } = await open('?step=1', '[data-guess="snapchat"]');
  await settled(page);
  await page.click('[data-guess="snapchat"]');
  await page.click('[data-guess="netflix"]');
  await page.waitForURL((url) => url.href.includes('guess=netflix,snapchat'));
  assert.equal(await page.locator('[data-reveal]').count(), 0, 'no reveal before the prediction is locked in');
  await expectStates(page, { snapchat: 'up', fortnite: 'up', netflix: 'up' });
  assert.equal(await page.getAttribute('[data-switch-id="aws/us-east-1/dynamodb"]', 'aria-checked'), 'true');
  // No peeking: while the prediction waits, the switches say so and do nothing.
  await page.waitForSelector('[data-switches-wait]');
  assert.equal(await page.getAttribute('[data-switch-id="aws"]', 'aria-disabled'), 'true');
  await page.click('[data-switch-id="aws"]', { force: true });
  await page.click('[data-guess="roblox"]');
  await page.waitForURL((url) => url.href.includes('guess=netflix,roblox,snapchat'));
  assert.ok(!page.url().includes('off='), `a switch acted before the prediction was locked in: ${page.url()}`);
  await expectStates(page, { snapchat: 'up', fortnite: 'up', netflix: 'up' });
  await page.click('[data-guess="roblox"]');
  await page.waitForURL((url) => url.href.includes('guess=netflix,snapchat'));
  await page.click('[data-story-act]');
  await page.waitForSelector('[data-reveal]');
  const marks = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-reveal-id]')]
    .map((item) => [item.getAttribute('data-reveal-id'), [item.getAttribute('data-hit'), item.textContent]])));
  assert.equal(marks.snapchat[0], 'true');
  assert.match(marks.snapchat[1], /✓ right/);
  assert.equal(marks.netflix[0], 'false');
  assert.match(marks.netflix[1], /✗ wrong.*you said dark; it is up/);
  assert.equal(marks.fortnite[0], 'false', 'a dark service not predicted is a miss');
  assert.equal(await page.locator('[data-guess]').count(), 0, 'no change of mind after the reveal');
  await expectStates(page, { snapchat: 'down', fortnite: 'down', netflix: 'up' });
  assert.deepEqual(trouble, []);
  await page.close();
});

/** Opens a challenge in a given state, answers, checks, and resolves to the verdict's kind and words. */
async function answer(query, { guess } = {}) {
  const { page, trouble } = await open(query, '[data-challenge-check]');
  await settled(page);
  if (guess !== undefined) await page.check(`[data-zone-guess="${guess}"]`);
  await page.click('[data-challenge-check]');
  const verdict = await page.waitForSelector('[data-verdict]');
  const result = { kind: await verdict.getAttribute('data-verdict'), words: await verdict.innerText(), code: await page.locator('[data-answer-code]').innerText() };
  assert.deepEqual(trouble, []);
  await page.close();
  return result;
}

test('each challenge accepts a right answer and explains a wrong one', async () => {
  const cases = [
    ['?off=aws/us-east-1&challenge=most', {}, 'right', /us-east-1.*79 web services/],
    ['?off=aws/us-east-1/dynamodb&challenge=most', {}, 'wrong', /darkens 47 web services on its own, but one switch darkens 79/],
    ['?off=aws&challenge=most', {}, 'wrong', /whole provider/],
    ['?off=aws/us-east-1&backup=roblox:google&challenge=survive', {}, 'right', /Roblox is only degraded/],
    ['?challenge=survive', {}, 'wrong', /Roblox has no backup yet/],
    ['?off=aws/us-east-1&backup=roblox:aws/us-east-1/use1-az4&challenge=survive', {}, 'wrong', /fails with us-east-1/],
    ['?off=aws&sel=lydia&challenge=indirect', {}, 'right', /does not use AWS directly, but it needs Treezor/],
    ['?off=aws&sel=roblox&challenge=indirect', {}, 'wrong', /Roblox uses .*DynamoDB.* directly/],
    ['?off=aws&sel=spotify&challenge=indirect', {}, 'wrong', /Spotify is degraded, not down/],
    ['?off=aws/us-east-1/use1-az4&challenge=zone', { guess: 0 }, 'right', /nothing goes dark/],
    ['?off=aws/us-east-1/use1-az4&challenge=zone', { guess: 2 }, 'wrong', /no web service is down/],
    ['?challenge=zone', { guess: 0 }, 'wrong', /exactly one availability zone/],
  ];
  const codes = new Set();
  for (const [query, options, kind, words] of cases) {
    const verdict = await answer(query, options);
    assert.equal(verdict.kind, kind, `${query}: ${verdict.words}`);
    assert.match(verdict.words, words, query);
    assert.match(verdict.words, kind === 'right' ? /^✓/ : /^✗/, 'right and wrong are said by a mark and words, not colour alone');
    assert.match(verdict.code, /^CF-[0-9A-Z]{5}-[0-9A-Z]{2}$/);
    codes.add(verdict.code);
  }
  assert.ok(codes.size >= 4, 'the answer code carries the results');
});

test('in a challenge that starts with a region lost, Reset returns to that start and says so, and never brings the region back', async () => {
  for (const [lang, words] of [['', "Back to the challenge's start"], ['lang=fr&', 'Revenir au début du défi']]) {
    const { page, trouble } = await open(`?${lang}off=aws/us-east-1&challenge=survive`, '[data-challenge="survive"]');
    await settled(page);
    const reset = page.locator('[data-action="reset"]');
    await page.waitForSelector('[data-action="reset"][data-reset-to="challenge"][aria-disabled="true"]');
    assert.equal(await reset.innerText(), words);
    await page.click('[data-switch-id="google"]');
    await page.waitForSelector('[data-switch-id="google"][aria-checked="false"]');
    await page.waitForSelector('[data-action="reset"][aria-disabled="false"]');
    await reset.click();
    await page.waitForSelector('[data-switch-id="google"][aria-checked="true"]');
    assert.equal(await page.getAttribute('[data-switch-id="aws/us-east-1"]', 'aria-checked'), 'false', 'the lost region stays lost');
    await expectStates(page, { 'aws/us-east-1': 'down', snapchat: 'down' });
    await page.waitForSelector('[data-challenge="survive"]');
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

test('in French the story and the challenges speak French', async () => {
  const { page, trouble } = await open('?step=3&lang=fr', 'html[lang="fr"] [data-story-step="3"]');
  await settled(page);
  assert.match(await page.locator('.story-panel h2').innerText(), /Pourquoi trois centres de données/);
  await page.screenshot({ path: join(shots, 'story-step3-fr.png') });
  await page.click('[data-story-act]');
  await page.waitForSelector('[data-reveal]');
  assert.match(await page.locator('[data-reveal]').innerText(), /juste/);
  assert.deepEqual(trouble, []);
  await page.close();
});

test('the story and the challenges have no serious or critical accessibility violation, in English and French', async () => {
  for (const [query, ready] of [
    ['?step=1', '[data-guess="snapchat"]'],
    ['?step=1&lang=fr&off=aws/us-east-1/dynamodb&guess=snapchat', 'html[lang="fr"] [data-reveal]'],
    ['?step=6&off=aws/us-east-1/dynamodb&backup=roblox:google', '[data-acted="true"]'],
    ['?off=aws&sel=lydia&challenge=indirect', '[data-challenge="indirect"]'],
    ['?challenge=zone&lang=fr', 'html[lang="fr"] [data-challenge="zone"]'],
  ]) {
    const { page, trouble } = await open(query, ready);
    await settled(page);
    if (await page.locator('[data-challenge-check]').count()) {
      await page.click('[data-challenge-check]');
      await page.waitForSelector('[data-verdict]');
    }
    const problems = await accessibilityProblems(page);
    assert.equal(problems.length, 0, `axe at ${query}:\n${problems.join('\n')}`);
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

test('a class link that hides the links or the names leaves them out of the page and of the accessible names', async () => {
  // Both hidden: no link drawn, no name in the map's markup or in any box's accessible name, no tree or table.
  const { page, trouble } = await open('?hide=edges,labels&off=aws/us-east-1/dynamodb', '[data-hidden-views]');
  await settled(page);
  // The boxes carry opaque ids (`box-N`): `data-node-id="snapchat"` would give the name away.
  await page.waitForSelector('.dependency-map [data-node-id^="box-"][data-state="down"]');
  assert.equal(await page.locator('[data-node-id="snapchat"]').count(), 0, 'no real id in the DOM');
  assert.equal(await page.locator('.dependency-map path.edge:not(.whatif)').count(), 0, 'no link in the DOM');
  const map = await page.locator('.map-panel').evaluate((panel) => panel.outerHTML);
  for (const name of ['Snapchat', 'DynamoDB', 'Fortnite', 'snapchat']) assert.ok(!map.includes(name), `"${name}" is in the map's markup`);
  assert.match(await accessibleName(page, '.dependency-map [data-node-id^="box-"][data-state="down"]'), /^Box \d+/);
  const labels = await page.locator('.dependency-map .node-label').allTextContents();
  assert.ok(labels.length > 100 && labels.every((label) => label === ''), 'no name drawn in any box');
  assert.equal(await page.locator('[data-dependency-tree], [data-service-table]').count(), 0);
  const problems = await accessibilityProblems(page);
  assert.equal(problems.length, 0, `axe with hidden information:\n${problems.join('\n')}`);
  await page.screenshot({ path: join(shots, 'hidden-edges-labels.png') });
  assert.deepEqual(trouble, []);
  await page.close();

  // Links hidden, names shown (in French, from the data's French short names): a failure draws no link either.
  const second = await open('?hide=edges&lang=fr&off=aws/us-east-1', 'html[lang="fr"] [data-hidden-views]');
  await settled(second.page);
  await second.page.waitForSelector('[data-node-id="snapchat"][data-state="down"]');
  assert.equal(await second.page.locator('.dependency-map path.edge:not(.whatif)').count(), 0, 'no link in the DOM');
  assert.equal(await second.page.locator('[data-node-id="aws/us-east-1/internal-network"] .node-label').textContent(), 'Réseau interne');
  assert.match(await accessibleName(second.page, '[data-node-id="snapchat"]'), /Snapchat/);
  assert.deepEqual(second.trouble, []);
  await second.page.close();
});

test('the screen summary above the map says what the map holds and, currently, the model\'s counts in the page language', async () => {
  for (const [lang, currently, heading] of [['en', /^1 thing switched off: 79 web services down, \d+ degraded, \d+ up\.$/, 'Screen summary'],
    ['fr', /^1\u00a0élément éteint\u00a0: 79\u00a0services web en panne, \d+\u00a0dégradés?, \d+\u00a0intacts?\.$/, 'Résumé de l\'écran']]) {
    const { page, trouble } = await open(`?off=aws/us-east-1&lang=${lang}`, `html[lang="${lang}"] [data-screen-summary]`);
    await settled(page);
    const summary = page.locator('[data-screen-summary]');
    assert.equal(await summary.locator('h3').textContent(), heading);
    // Its counts are the model's: the same as the figures' summary (role=status) and the map's dark boxes.
    const figures = page.locator('[role="status"][data-down]');
    for (const key of ['data-down', 'data-degraded']) assert.equal(await summary.getAttribute(key), await figures.getAttribute(key), key);
    const text = await summary.locator('[data-summary="currently"]').textContent();
    assert.match(text, currently);
    assert.match(await summary.locator('[data-summary="play"]').textContent(), /\d+/);
    assert.deepEqual(trouble, []);
    await page.close();
  }
  // In the story it says the step.
  const { page } = await open('?step=3', '[data-screen-summary]');
  assert.match(await page.locator('[data-summary="currently"]').textContent(), /Everything is running: 0 web services down, 0 degraded, \d+ up\. Story step 3 of 7\./);
  await page.close();
});

test('a browser set to French opens in French without lang= in the link, and a link\'s lang= still wins', async () => {
  for (const [query, lang] of [['?step=1', 'fr'], ['?step=1&lang=en', 'en']]) {
    const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
    await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['fr-CA', 'en-US'] }));
    await page.goto(site.server.url + query);
    await page.waitForSelector(`html[lang="${lang}"] [data-story-step="1"]`);
    if (lang === 'fr') await page.waitForURL((url) => url.searchParams.get('lang') === 'fr');
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

test('the services table downloads as a CSV file with the rows it shows, in the page language', async () => {
  const { page, trouble } = await open('?off=aws/us-east-1&lang=fr', 'html[lang="fr"] [data-service-table]');
  await settled(page);
  await page.click('[data-service-table] summary');
  await page.waitForSelector('[data-service-table] [data-row]');
  const rows = await page.locator('[data-service-table] [data-row]').count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-csv"]')]);
  assert.equal(download.suggestedFilename(), 'cloudfall-services.csv');
  const stream = await download.createReadStream();
  let csv = '';
  for await (const chunk of stream) csv += chunk;
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'Service,État,Audience (millions)');
  assert.equal(lines.length, rows + 1, 'one line per row of the table, after the header');
  assert.match(lines[1], /,en panne,/, 'down first, as the table sorts by state');
  assert.ok(lines.some((line) => /^Snapchat,en panne,\d+/.test(line)), lines.slice(0, 5).join('\n'));
  assert.deepEqual(trouble, []);
  await page.close();
});

test('stepping the cascade shows the breadth-first queue: the boxes the next wave reaches, which it then reaches', async () => {
  const { page, trouble } = await open('', '[data-action="step-cascade"]');
  await settled(page);
  await page.click('[data-action="step-cascade"]');
  await page.waitForSelector('[data-action="step-cascade"][aria-checked="true"]');
  await page.locator('[data-group="aws"] summary').click();
  await page.click('[data-switch-id="aws/us-east-1"]');
  await page.waitForSelector('[data-wave="0"]');
  const affected = () => page.locator('.dependency-map [data-state="down"], .dependency-map [data-state="degraded"]').count();
  const queued = Number(await page.getAttribute('[data-queue]', 'data-queue'));
  assert.ok(queued > 0);
  assert.match(await page.locator('[data-queue]').textContent(), /^Queue: the next wave reaches \d+ boxes: \S/);
  const before = await affected();
  await page.click('[data-action="next-wave"]');
  await page.waitForSelector('[data-wave="1"]');
  await waitFor(async () => assert.equal(await affected(), before + queued), 'the next wave reaches exactly the queue');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('short announcements give what was switched and the counts without names, and the choice is kept in localStorage', async () => {
  const { page, trouble } = await open('', '[data-action="short-announcements"][aria-checked="false"]');
  await settled(page);
  await page.click('[data-action="short-announcements"]');
  await page.waitForSelector('[data-action="short-announcements"][aria-checked="true"]');
  await page.locator('[data-group="aws"] summary').click();
  await page.click('[data-switch-id="aws/us-east-1"]');
  await waitFor(async () => assert.match(await page.locator('[data-live]').textContent(),
    /^AWS US East \(N\. Virginia\) region switched off\. 79 web services down; \d+ degraded; \d+ up\.$/), 'the short sentence');
  assert.equal(await page.evaluate(() => localStorage.getItem('cloudfall-announcements')), 'short');
  assert.equal(await page.evaluate(() => document.cookie), '');
  await page.reload();
  await page.waitForSelector('[data-action="short-announcements"][aria-checked="true"]');
  // Back to long ones for the other tests of this browser.
  await page.click('[data-action="short-announcements"]');
  await page.waitForSelector('[data-action="short-announcements"][aria-checked="false"]');
  assert.deepEqual(trouble, []);
  await page.close();
});
