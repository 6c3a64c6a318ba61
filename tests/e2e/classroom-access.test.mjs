// Every pupil (issue 17): axe-core on the sandbox and projector mode in both languages and both themes, with zero
// serious or critical findings; the dark theme kept in localStorage only (no cookie); projector mode's text at least
// 20 px at 1280x720 and "down" never black on black; the live sentence after a switch in the page's language; and
// the French page in French (title, infrastructure names, numbers). Screenshots go to target/e2e/ for a human.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedSite, openPage, shots, waitFor, settled, accessibilityProblems } from './harness.mjs';

const site = servedSite();

/**
 * Opens `path` at `width`x`height` and waits for the map. The stored theme is set to dark first when `dark` is
 * true, cleared when it is false, and left alone when it is undefined (so a reload keeps the reader's choice).
 */
async function open(path, { width = 1280, height = 900, dark } = {}) {
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.setViewportSize({ width, height });
  if (dark === true) await page.addInitScript(() => localStorage.setItem('cloudfall-theme', 'dark'));
  if (dark === false) await page.addInitScript(() => localStorage.removeItem('cloudfall-theme'));
  await page.goto(site.server.url + path);
  await page.waitForSelector('[data-node-id="snapchat"]');
  await settled(page);
  return { page, trouble };
}

async function expectNoSeriousProblems(page, where) {
  const problems = await accessibilityProblems(page);
  assert.equal(problems.length, 0, `axe found ${problems.length} serious or critical violations at ${where}:\n${problems.join('\n')}`);
}

for (const lang of ['en', 'fr']) {
  for (const dark of [false, true]) {
    for (const projector of [false, true]) {
      const name = `${projector ? 'projector mode' : 'the sandbox'} in ${lang === 'fr' ? 'French' : 'English'}, ${dark ? 'dark' : 'light'} theme`;
      test(`${name}, with us-east-1 off and details open, has no serious or critical accessibility violation`, async () => {
        const path = `?lang=${lang}&off=aws/us-east-1&sel=snapchat${projector ? '&projector=1' : ''}`;
        const { page, trouble } = await open(path, { width: 1280, height: 720, dark });
        await page.waitForSelector(`html[lang="${lang}"] [data-why="snapchat"]`);
        assert.equal(await page.getAttribute('html', 'data-theme'), dark ? 'dark' : 'auto');
        await expectNoSeriousProblems(page, path);
        if (lang === 'en' && dark && !projector) await page.screenshot({ path: join(shots, 'access-dark.png') });
        if (lang === 'fr' && !dark && projector) await page.screenshot({ path: join(shots, 'access-projector-fr.png') });
        // Nothing reaches another host; the projector's unknown-parameter notice is the only console-free trouble.
        assert.deepEqual(trouble, []);
        await page.close();
      });
    }
  }
}

test('the dark-theme switch changes the page and is kept in localStorage only, never in a cookie', async () => {
  const { page, trouble } = await open('');
  await page.evaluate(() => localStorage.removeItem('cloudfall-theme'));
  await page.reload();
  await page.waitForSelector('html[data-theme="auto"] [data-action="theme"][aria-checked="false"]');
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.map-scroll')).backgroundColor);
  const light = await background();
  await page.click('[data-action="theme"]');
  await page.waitForSelector('html[data-theme="dark"] [data-action="theme"][aria-checked="true"]');
  assert.notEqual(await background(), light);
  assert.equal(await page.evaluate(() => localStorage.getItem('cloudfall-theme')), 'dark');
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(await site.browser.context.cookies(), []);
  // The choice comes back on the next visit.
  await page.reload();
  await page.waitForSelector('html[data-theme="dark"] [data-action="theme"][aria-checked="true"]');
  await page.click('[data-action="theme"]');
  await page.waitForSelector('html[data-theme="light"]');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('projector mode at 1280x720: text at least 20 px, and a down box is grey and hatched under a black label', async () => {
  const { page, trouble } = await open('?off=aws/us-east-1&projector=1', { width: 1280, height: 720 });
  await page.waitForSelector('html[data-projector] [data-node-id="snapchat"][data-state="down"]');
  const smallest = await page.evaluate(() => {
    const sizes = [];
    for (const element of document.querySelectorAll('body *')) {
      const own = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim());
      // Decorative marks hidden from screen readers (the legend's swatches) are drawings, not text.
      if (!own || element.closest('.visually-hidden, [hidden], [aria-hidden="true"], details:not([open]) > :not(summary)')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // SVG text is scaled with its map or chart: measure it on screen through its box's height.
      const size = element instanceof SVGElement
        ? parseFloat(getComputedStyle(element).fontSize) * (element.ownerSVGElement?.getScreenCTM()?.a ?? 1)
        : parseFloat(getComputedStyle(element).fontSize);
      sizes.push([size, element.tagName, element.textContent.trim().slice(0, 30)]);
    }
    return sizes.sort((a, b) => a[0] - b[0]).slice(0, 5);
  });
  assert.ok(smallest[0][0] >= 19.5, `the smallest texts: ${JSON.stringify(smallest)}`);
  const down = await page.evaluate(() => {
    const node = document.querySelector('[data-node-id="snapchat"]');
    return {
      fill: getComputedStyle(node.querySelector('.node-box')).fill,
      label: getComputedStyle(node.querySelector('.node-label')).fill,
      hatched: Boolean(node.querySelector('.node-hatch')),
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  assert.deepEqual(down, { fill: 'rgb(138, 138, 138)', label: 'rgb(0, 0, 0)', hatched: true, background: 'rgb(255, 255, 255)' });
  await page.screenshot({ path: join(shots, 'access-projector.png') });
  assert.deepEqual(trouble, []);
  await page.close();
});

test('a switch gives one live sentence in the page language, with counts and the best-known services', async () => {
  for (const [lang, expected] of [
    ['en', /^AWS US East \(N\. Virginia\) region switched off\. \d+ web services down, including [^,]+, [^,]+ and [^,]+; \d+ degraded; \d+ up\.$/],
    ['fr', /^Région AWS US East \(Virginie du Nord\)\u00a0: éteint\. \d+ services web en panne, dont [^,]+, [^,]+ et [^,]+\u202f; \d+\u00a0dégradés?\u202f; \d+\u00a0intacts\.$/],
  ]) {
    const { page, trouble } = await open(`?lang=${lang}`);
    assert.equal(await page.locator('[data-live]').innerText(), '');
    await page.locator('[data-group="aws"] summary').click();
    await page.click('[data-switch-id="aws/us-east-1"]');
    const sentence = await waitFor(async () => {
      const text = await page.locator('[data-live]').textContent();
      assert.match(text, expected);
      return text;
    }, `the live sentence in ${lang}`);
    console.log(`# ${lang}: ${sentence}`);
    assert.equal(await page.getAttribute('[data-live]', 'aria-live'), 'polite');
    // Opening details announces nothing new.
    await page.click('[data-node-id="snapchat"]');
    await page.waitForSelector('[data-details="snapchat"]');
    assert.equal(await page.locator('[data-live]').textContent(), sentence);
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

test('the French page is in French: title, infrastructure names, numbers and the glossary', async () => {
  const { page, trouble } = await open('?lang=fr&off=aws/us-east-1&sel=aws/us-east-1');
  await page.waitForSelector('[data-details="aws/us-east-1"]');
  assert.equal(await page.title(), 'Cloudfall — le risque de concentration du cloud');
  assert.equal(await page.locator('#details-heading').innerText(), 'Région AWS US East (Virginie du Nord)');
  const summary = await page.locator('.summary').innerText();
  assert.doesNotMatch(summary, /\b1 dégradés|milliard\(s\)|\d\.\d milliard/, summary);
  assert.match(await page.locator('[data-glossary] summary').innerText(), /Les mots utilisés ici/);
  await page.locator('[data-glossary] summary').click();
  assert.match(await page.locator('[data-glossary]').innerText(), /Zone de disponibilité/);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(shots, 'access-phone-fr.png') });
  assert.deepEqual(trouble, []);
  await page.close();
});

test('the table of web services sorts by state, name and audience from its headers, and reflows at 320 px', async () => {
  const { page, trouble } = await open('?off=aws/us-east-1', { width: 320, height: 700 });
  await page.locator('[data-service-table] summary').click();
  await page.waitForSelector('[data-service-table] tbody tr');
  const rows = () => page.evaluate(() => [...document.querySelectorAll('[data-service-table] tbody tr')]
    .map((row) => [row.dataset.row, row.dataset.state, row.querySelector('th').textContent]));
  // By state: every down service before every degraded one, before every one up.
  let table = await rows();
  assert.ok(table.length >= 150, `${table.length} rows`);
  const order = { down: 0, degraded: 1, up: 2 };
  assert.ok(table.every((row, i) => i === 0 || order[table[i - 1][1]] <= order[row[1]]), 'sorted by state');
  assert.equal(await page.getAttribute('[data-service-table] th:has([data-sort="state"])', 'aria-sort'), 'ascending');
  // The state is in words and a mark in every row, not in colour alone.
  assert.match(await page.locator('[data-service-table] tbody tr td').first().innerText(), /✕ down/);
  // By name, A to Z, then Z to A.
  await page.click('[data-sort="name"]');
  await waitFor(async () => {
    table = await rows();
    // Compared as the app folds names: lower case, accents dropped.
    const names = table.map((row) => row[2].toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    assert.deepEqual(names, [...names].sort());
  }, 'sorted by name');
  assert.equal(await page.getAttribute('[data-service-table] th:has([data-sort="name"])', 'aria-sort'), 'ascending');
  await page.click('[data-sort="name"]');
  await page.waitForSelector('[data-service-table] th[aria-sort="descending"]:has([data-sort="name"])');
  // By audience: the largest first.
  await page.click('[data-sort="audience"]');
  await page.waitForSelector('[data-service-table] th[aria-sort="descending"]:has([data-sort="audience"])');
  table = await rows();
  assert.deepEqual(table.slice(0, 2).map((row) => row[0]), ['instagram', 'whatsapp']);
  // At 320 px the page does not scroll sideways.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no horizontal scroll at 320 px');
  assert.ok(await page.evaluate(() => {
    const box = document.querySelector('[data-service-table] .table-scroll');
    return box.scrollWidth <= box.clientWidth + 1;
  }), 'every column fits at 320 px, none hidden in a sideways scroll');
  await expectNoSeriousProblems(page, 'the table at 320 px');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('wave by wave, a switch waits at wave 0 and each "next wave" shows one more breadth-first wave', async () => {
  // The harness's browser prefers reduced motion: stepping still works, as the reader asks for each wave.
  const { page, trouble } = await open('');
  await page.click('[data-action="step-cascade"]');
  await page.waitForSelector('[data-action="step-cascade"][aria-checked="true"]');
  await page.locator('[data-group="aws"] summary').click();
  await page.click('[data-switch-id="aws/us-east-1"]');
  await page.waitForSelector('.dependency-map[data-cascade="running"]');
  await page.waitForSelector('[data-wave="0"]');
  // At wave 0 only the switched-off region is down; Snapchat, three links away, is still up.
  assert.equal(await page.getAttribute('[data-node-id="aws/us-east-1"]', 'data-state'), 'down');
  assert.equal(await page.getAttribute('[data-node-id="snapchat"]', 'data-state'), 'up');
  let downBefore = await page.locator('.dependency-map [data-state="down"]').count();
  let waves = 0;
  await page.focus('[data-action="next-wave"]');
  while (await page.getAttribute('[data-wave]', 'data-wave') !== 'done') {
    await page.keyboard.press('Enter');
    waves += 1;
    await waitFor(async () => {
      const down = await page.locator('.dependency-map [data-state="down"]').count();
      assert.ok(down > downBefore || await page.getAttribute('[data-wave]', 'data-wave') === 'done');
      downBefore = down;
    }, `wave ${waves} shown`);
    assert.ok(waves < 20, 'the cascade ends');
  }
  assert.ok(waves >= 2, `${waves} waves`);
  await page.waitForSelector('.dependency-map[data-cascade="done"] [data-node-id="snapchat"][data-state="down"]');
  // The focus stays on the button after the last wave.
  assert.ok(await page.evaluate(() => document.activeElement?.dataset.action === 'next-wave'));
  assert.deepEqual(trouble, []);
  await page.close();
});

test('the map as a keyboard tree: arrows walk and open it, the focused item is the map\'s selection, Space switches', async () => {
  const { page, trouble } = await open('');
  await page.locator('[data-dependency-tree] summary').click();
  await page.waitForSelector('[role="tree"] [role="treeitem"]');
  const focusedNode = () => page.evaluate(() => document.activeElement?.dataset.treeNode);
  await page.locator('[role="treeitem"]').first().click();
  assert.equal(await focusedNode(), 'aws');
  assert.equal(await page.locator('[role="treeitem"][tabindex="0"]').count(), 1);
  // The map highlights what the tree focuses.
  await page.waitForSelector('[data-node-id="aws"].is-selected');
  await page.keyboard.press('ArrowDown');
  await waitFor(async () => assert.equal(await focusedNode(), 'microsoft'), 'Down moves to the next provider');
  await page.waitForSelector('[data-node-id="microsoft"].is-selected');
  await page.keyboard.press('Home');
  await waitFor(async () => assert.equal(await focusedNode(), 'aws'), 'Home goes to the first');
  assert.equal(await page.getAttribute('[data-tree-node="aws"]', 'aria-expanded'), 'false');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-tree-node="aws"][aria-expanded="true"]');
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => assert.notEqual(await focusedNode(), 'aws'), 'Right goes into the group');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-level')), '2');
  for (let presses = 0; presses < 60 && await focusedNode() !== 'aws/us-east-1'; presses += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await focusedNode(), 'aws/us-east-1');
  await page.keyboard.press('Space');
  await page.waitForSelector('[data-tree-node="aws/us-east-1"][data-state="down"]');
  await page.waitForSelector('[data-node-id="snapchat"][data-state="down"]');
  assert.equal(await focusedNode(), 'aws/us-east-1', 'the focus stays on the item switched');
  // A node several others lead to says so.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => assert.match(await page.locator('[role="tree"]').innerText(), /junction: also under/), 'a junction');
  await page.keyboard.press('ArrowLeft');
  await waitFor(async () => assert.equal(await focusedNode(), 'aws/us-east-1'), 'Left goes back to the parent');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-details="aws/us-east-1"]');
  await waitFor(async () => assert.equal(await page.evaluate(() => document.activeElement?.id), 'details-heading'), 'Enter opens the details');
  await expectNoSeriousProblems(page, 'the tree open');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('every control outside running text is at least 24 by 24 px, on a laptop and on a 360 px phone', async () => {
  for (const width of [1280, 360]) {
    const { page, trouble } = await open('?off=aws/us-east-1&sel=snapchat', { width, height: 800 });
    await page.locator('[data-dependency-tree] summary').click();
    await page.waitForSelector('[role="treeitem"]');
    const small = await page.evaluate(() => {
      const found = [];
      // Links inside sentences are exempt (WCAG 2.5.8 "inline"); the map's boxes have equivalents of full size in
      // the tree, the table and the search box ("equivalent").
      const controls = document.querySelectorAll('button, summary, select, input, [role="switch"], [role="treeitem"], a:not(p a):not(li a):not(blockquote a):not(span a)');
      for (const element of controls) {
        if (element.closest('.dependency-map, .visually-hidden, [hidden]')) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        if (box.width < 23.5 || box.height < 23.5) found.push(`${element.outerHTML.slice(0, 90)} ${box.width.toFixed(0)}x${box.height.toFixed(0)}`);
      }
      return found;
    });
    assert.deepEqual(small, [], `at ${width} px`);
    assert.deepEqual(trouble, []);
    await page.close();
  }
});
