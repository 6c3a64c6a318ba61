// Every pupil (issue 17): axe-core on the sandbox and projector mode in both languages and both themes, with zero
// serious or critical findings; the dark theme kept in localStorage only (no cookie); projector mode's text at least
// 20 px at 1280x720 and "down" never black on black; the live sentence after a switch in the page's language; and
// the French page in French (title, infrastructure names, numbers). Screenshots go to target/e2e/ for a human.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedSite, openPage, shots, waitFor, settled, accessibilityProblems, mapMarks, accessibleName, labelsOverflowing } from './harness.mjs';

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
  // Its larger bold labels are cut or squeezed to their room: none runs under its box's ✕ or past the box.
  await waitFor(async () => assert.deepEqual(await labelsOverflowing(page), []), 'every projector label fits its box');
  const down = await page.evaluate(() => {
    const node = document.querySelector('[data-node-id="snapchat"]');
    return {
      fill: getComputedStyle(document.querySelector('#cf-hatch .hatch-bg')).fill,
      label: getComputedStyle(node.querySelector('.node-label')).fill,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  down.hatched = (await mapMarks(page.locator('[data-node-id="snapchat"]'))).hatched;
  assert.deepEqual(down, { fill: 'rgb(138, 138, 138)', label: 'rgb(0, 0, 0)', hatched: true, background: 'rgb(255, 255, 255)' });
  await page.screenshot({ path: join(shots, 'access-projector.png') });
  assert.deepEqual(trouble, []);
  await page.close();
});

/**
 * The sticky figures as shown: each on the bar's one line, with whether it is cut (its text wider than its box) or
 * runs past the bar (out of its side, or under its bottom edge); the figures that gave way (wrapped onto the hidden
 * second line) are left out.
 */
async function statusBarShown(page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.status-bar');
    const frame = bar.getBoundingClientRect();
    const inner = frame.top + bar.clientTop + bar.clientHeight;
    return [...bar.children].filter((item) => item.getBoundingClientRect().top < inner).map((item) => ({
      item: item.className || item.tagName.toLowerCase(),
      cut: item.scrollWidth > item.clientWidth + 1,
      past: item.getBoundingClientRect().right > frame.right + 0.5 || item.getBoundingClientRect().bottom > inner + 0.5,
    }));
  });
}

test('the sticky figures show whole figures only: in projector mode, on a phone and in French, what does not fit gives way', async () => {
  const cases = [
    ['?off=aws/us-east-1/dynamodb&projector=1', 1280, ['strong', 'status-degraded', 'status-how']],
    ['?off=aws/us-east-1/dynamodb&projector=1', 1024, ['strong', 'status-degraded']],
    ['?off=aws/us-east-1/dynamodb&projector=1&lang=fr', 1920, ['strong', 'status-degraded', 'status-how', 'status-hhi']],
    ['?off=aws/us-east-1/dynamodb&jurisdiction=us', 1280, ['strong', 'status-degraded', 'status-eu']],
    ['?off=aws/us-east-1/dynamodb&lang=fr', 390, ['strong']],
    ['?off=aws/us-east-1/dynamodb', 640, ['strong', 'status-degraded']],
  ];
  for (const [path, width, first] of cases) {
    const { page, trouble } = await open(path, { width, height: 720 });
    await page.waitForSelector('.status-bar.has-down');
    await waitFor(async () => {
      const shown = await statusBarShown(page);
      assert.deepEqual(shown.filter((item) => item.cut || item.past), [], `cut at ${width} px, ${path}`);
      // The most important figures stay, in the bar's order.
      assert.deepEqual(shown.map((item) => item.item).slice(0, first.length), first, `at ${width} px, ${path}`);
      const bar = await page.locator('.status-bar').boundingBox();
      assert.ok(bar.height <= 48, `the bar is one line: ${bar.height} px at ${width} px`);
    }, `the sticky figures at ${width} px, ${path}`);
    if (width === 1280 && path.includes('projector')) {
      await page.locator('.map-panel').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, 'status-bar-projector.png') });
    }
    assert.deepEqual(trouble, []);
    await page.close();
  }
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
  await waitFor(async () => assert.deepEqual(await labelsOverflowing(page), []), 'every French label fits its box');
  await page.setViewportSize({ width: 360, height: 780 });
  // The map turns top to bottom, its labels smaller: fitted again.
  await page.waitForSelector('.map-scroll.narrow .dependency-map');
  await waitFor(async () => assert.deepEqual(await labelsOverflowing(page), []), 'every label fits its box at 360 px');
  await page.screenshot({ path: join(shots, 'access-phone-fr.png') });
  assert.deepEqual(trouble, []);
  await page.close();
});

test('on a phone a name too long for one line of its box takes two, so the services of one provider read apart', async () => {
  for (const lang of ['en', 'fr']) {
    const { page, trouble } = await open(`?lang=${lang}&off=cloudflare/proxy`, { width: 390, height: 800 });
    await page.waitForSelector('.map-scroll.narrow [data-node-id="cloudflare/proxy"][data-state="down"]');
    const labels = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.dependency-map .node')]
      .map((node) => [node.dataset.nodeId, [...node.querySelectorAll('.node-label tspan')].map((line) => line.textContent)])));
    // One line cut each of these to "Cloudflare…"; two tell them apart, every word whole.
    const cloudflare = ['cloudflare/proxy', 'cloudflare/dns', 'cloudflare/access'].map((id) => labels[id]);
    assert.deepEqual(cloudflare.map((lines) => lines.length), [2, 2, 2], JSON.stringify(cloudflare));
    assert.equal(new Set(cloudflare.map((lines) => lines.join(' '))).size, 3, JSON.stringify(cloudflare));
    assert.ok(cloudflare.flat().every((line) => !line.endsWith('…')), JSON.stringify(cloudflare));
    // Both lines sit inside the box, clear of its mark, the down box's ✕ included.
    await waitFor(async () => assert.deepEqual(await labelsOverflowing(page), []), `every label fits its box at 390 px (${lang})`);
    // Few names are still cut to their first word: one-word names too long for a line ("data.gouv.fr") and asides.
    const oneWord = await page.evaluate(() => [...document.querySelectorAll('.dependency-map .node-label')]
      .map((label) => label.textContent).filter((text) => text.endsWith('…') && !text.includes(' ')));
    assert.ok(oneWord.length <= 12, `${oneWord.length} labels cut to one word: ${oneWord.join(', ')}`);
    await page.locator('[data-node-id="cloudflare/proxy"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, `phone-two-lines-${lang}.png`) });
    assert.deepEqual(trouble, []);
    await page.close();
  }
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

test('the tree "by service" goes from each web service down to what it needs, with the same keys, and stays in the link', async () => {
  const { page, trouble } = await open('');
  await page.locator('[data-dependency-tree] summary').click();
  await page.waitForSelector('[role="tree"] [role="treeitem"]');
  await page.click('[data-tree-viewpoint="service"]');
  await page.waitForSelector('[data-dependency-tree="service"] [data-tree-viewpoint="service"][aria-pressed="true"]');
  await page.waitForURL(/[?&]tree=service\b/);
  const focusedNode = () => page.evaluate(() => document.activeElement?.dataset.treeNode);
  // The best-known web services first (WhatsApp and Instagram, the largest audiences), every top item a web service.
  await waitFor(async () => assert.match(await page.locator('[role="treeitem"]').first().getAttribute('data-tree-node'), /^(whatsapp|instagram)$/), 'the largest audience first');
  const tops = await page.evaluate(() => [...document.querySelectorAll('[role="treeitem"][aria-level="1"]')].map((item) => item.dataset.treeNode));
  assert.ok(tops.length > 300, `${tops.length} web services`);
  assert.ok(await page.evaluate((ids) => ids.every((id) => document.querySelector(`[data-node-id="${CSS.escape(id)}"]`)?.classList.contains('kind-web_service')), tops), 'every top item is a web service');
  assert.equal(await page.getAttribute('[role="treeitem"][aria-level="1"]:nth-child(2)', 'aria-posinset'), '2');
  assert.equal(await page.getAttribute('[role="treeitem"][aria-level="1"]:nth-child(2)', 'aria-setsize'), String(tops.length));
  // Snapchat: Right opens it, Right again goes to what it needs, where DynamoDB is a junction of many services.
  await page.click('[role="treeitem"][data-tree-node="snapchat"]');
  assert.equal(await focusedNode(), 'snapchat');
  await page.waitForSelector('[data-node-id="snapchat"].is-selected');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-tree-node="snapchat"][aria-expanded="true"]');
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => assert.notEqual(await focusedNode(), 'snapchat'), 'Right goes into what Snapchat needs');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-level')), '2');
  for (let presses = 0; presses < 10 && await focusedNode() !== 'aws/us-east-1/dynamodb'; presses += 1) await page.keyboard.press('ArrowDown');
  assert.equal(await focusedNode(), 'aws/us-east-1/dynamodb');
  assert.match(await page.locator('[data-tree-node="aws/us-east-1/dynamodb"][aria-level="2"]').innerText(), /junction: also under .+ and \d+ more/);
  // Down to the provider: DynamoDB in us-east-1 needs the region, which needs AWS.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitFor(async () => assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-level')), '3'), 'into what DynamoDB needs');
  // Space switches DynamoDB off from the tree, on its own item; Snapchat goes down on the map and in the tree.
  await page.keyboard.press('ArrowLeft');
  await waitFor(async () => assert.equal(await focusedNode(), 'aws/us-east-1/dynamodb'), 'Left goes back to the parent');
  await page.keyboard.press('Space');
  await page.waitForSelector('[data-node-id="snapchat"][data-state="down"]');
  await page.waitForSelector('[data-tree-node="snapchat"][data-state="down"]');
  assert.equal(await focusedNode(), 'aws/us-east-1/dynamodb', 'the focus stays on the item switched');
  await expectNoSeriousProblems(page, 'the tree by service');
  // The viewpoint is in the link: a reload opens the tree by service.
  await page.reload();
  await page.waitForSelector('[data-node-id="snapchat"][data-state="down"]');
  await page.locator('[data-dependency-tree] summary').click();
  await page.waitForSelector('[data-tree-viewpoint="service"][aria-pressed="true"]');
  await waitFor(async () => assert.match(await page.locator('[role="treeitem"]').first().getAttribute('data-tree-node'), /^(whatsapp|instagram)$/), 'by service after a reload');
  // And back to "by provider": the providers at the top again, and the default leaves the link.
  await page.click('[data-tree-viewpoint="provider"]');
  await waitFor(async () => assert.equal(await page.locator('[role="treeitem"]').first().getAttribute('data-tree-node'), 'aws'), 'AWS first by provider');
  await waitFor(() => !page.url().includes('tree='), 'the default viewpoint is not written in the link');
  assert.deepEqual(trouble, []);
  await page.close();
});

test('a failed box\'s tooltip says what it takes down: every service up to 20, the count and the three best known past that', async () => {
  for (const [lang, many, few] of [
    ['en', /(\d+) web services go dark(?: and \d+ degraded)?, among them ([^,]+), ([^,]+) and ([^.]+)\.$/, / (?:go dark|degraded): (?:Downdetector and GitLab|GitLab and Downdetector)\.$/],
    ['fr', /(\d+)\u00a0services web tombent en panne(?: et \d+\u00a0dégradés?)?, dont ([^,]+), ([^,]+) et ([^.]+)\.$/, / (?:en panne|dégradés?)\u00a0: (?:Downdetector et GitLab|GitLab et Downdetector)\.$/],
  ]) {
    const { page, trouble } = await open(`?off=aws/us-east-1/dynamodb&lang=${lang}`);
    const box = '[data-node-id="aws/us-east-1/dynamodb"]';
    const title = await page.locator(`${box} > title`).textContent();
    const found = title.match(many);
    assert.ok(found, `${lang}: ${title}`);
    // The count is the page's own: every web service down here depends on DynamoDB, the one thing off.
    const down = await page.locator('.dependency-map [data-state="down"].kind-web_service').count();
    assert.equal(Number(found[1]), down, title);
    assert.ok(down > 20, `${down} down: past the threshold, the tooltip summarises`);
    // The three named are down, and focusing the box says the same as hovering it.
    const names = found.slice(2, 5);
    assert.equal(new Set(names).size, 3);
    assert.equal(await accessibleName(page, box), title);
    // The box says it was switched off, beyond "down"; a box the failure reached does not.
    assert.match(title, lang === 'en' ? /, down(?:, [^,.]+)?, switched off\. / : /, en panne(?:, [^,.]+)?, éteint\. /);
    assert.doesNotMatch(await page.locator('[data-node-id="snapchat"] > title').textContent(), /switched off|éteint/);
    // A box that takes a few services down names them all: Cloudflare's DNS, on which GitLab and Downdetector rely.
    await page.goto(`${site.server.url}?off=cloudflare/dns&lang=${lang}`);
    await page.waitForSelector('[data-node-id="gitlab"]:not([data-state="up"])');
    await settled(page);
    assert.match(await page.locator('[data-node-id="cloudflare/dns"] > title').textContent(), few);
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

/** What overflows in the page: the document's sideways scroll, and elements that clip their content. */
async function overflow(page) {
  return page.evaluate(() => {
    const found = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      // Name the innermost elements that stick out, so the report says what to fix.
      const out = [...document.querySelectorAll('body *')].filter((element) => !element.closest('.map-scroll, .visually-hidden')
        && element.getBoundingClientRect().right > root.clientWidth + 1
        && ![...element.children].some((child) => child.getBoundingClientRect().right > root.clientWidth + 1));
      found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}, past the edge: ${out.slice(0, 3).map((element) => element.outerHTML.slice(0, 100)).join(' | ')}`);
    }
    for (const element of document.querySelectorAll('body *')) {
      // The sticky figures bar (aria-hidden) stays on one line so it never covers the page at 320 px or 200 %: what
      // does not fit is cut there on purpose, and the full figures are in the summary, checked below like the rest.
      if (element.closest('.visually-hidden, [hidden], .map-scroll, svg, noscript, .snapshot, .status-bar')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const clips = (axis) => ['hidden', 'clip'].includes(style[`overflow${axis}`]);
      if (clips('X') && element.scrollWidth > element.clientWidth + 1) found.push(`clipped sideways: ${element.outerHTML.slice(0, 100)}`);
      if (clips('Y') && element.scrollHeight > element.clientHeight + 1) found.push(`clipped below: ${element.outerHTML.slice(0, 100)}`);
      if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1) found.push(`cut with an ellipsis: ${element.outerHTML.slice(0, 100)}`);
      // Buttons and headings fully visible across: nothing pushed past either side of the window.
      if (element.matches('button, h1, h2, h3, summary, [role="switch"]') && (box.left < -1 || box.right > root.clientWidth + 1)) {
        found.push(`outside the window (${box.left.toFixed(0)} to ${box.right.toFixed(0)}): ${element.outerHTML.slice(0, 100)}`);
      }
    }
    return found;
  });
}

test('the explorer reflows at 320 px without sideways scroll, and at 200 % zoom nothing is clipped', async () => {
  for (const path of ['', '?off=aws/us-east-1&sel=snapchat', '?step=3', '?lang=fr&off=aws/us-east-1&sel=fortnite']) {
    // 320 CSS px wide (WCAG 1.4.10): only the map may scroll, inside its own panel.
    const { page, trouble } = await open(path, { width: 320, height: 640 });
    // The tree and the table open too (the details sheet may cover their headings at this width: opened directly).
    await page.evaluate(() => document.querySelectorAll('[data-dependency-tree], [data-service-table]').forEach((part) => { part.open = true; }));
    if (await page.locator('[data-dependency-tree]').count()) await page.waitForSelector('[role="tree"] [role="treeitem"]');
    await settled(page);
    assert.deepEqual(await overflow(page), [], `at 320 px: ${path}`);
    await page.screenshot({ path: join(shots, `reflow-320${path ? '-' + path.replace(/\W+/g, '_') : ''}.png`), fullPage: true });
    // 200 % zoom of a 1280x720 window (WCAG 1.4.4): 640x360 CSS px at two device pixels each (the viewport is set
    // first, so the screenshot keeps that size too).
    await page.setViewportSize({ width: 640, height: 360 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 360, deviceScaleFactor: 2, mobile: false });
    await page.waitForFunction(() => window.innerWidth === 640);
    await settled(page);
    assert.deepEqual(await overflow(page), [], `at 200 % zoom: ${path}`);
    await page.screenshot({ path: join(shots, `zoom-200${path ? '-' + path.replace(/\W+/g, '_') : ''}.png`) });
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
    assert.deepEqual(trouble, []);
    await page.close();
  }
});

/**
 * The mean colour of a PNG screenshot, read in the page through a canvas (a `data:` image, which the CSP allows),
 * so no image library is needed.
 */
async function meanColour(page, png) {
  return page.evaluate(async (source) => {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const sum = [0, 0, 0];
    for (let at = 0; at < data.length; at += 4) for (let c = 0; c < 3; c += 1) sum[c] += data[at + c];
    return sum.map((value) => value / (data.length / 4));
  }, `data:image/png;base64,${png.toString('base64')}`);
}

test('under a deuteranopia or protanopia filter, each state keeps its mark and a down box still stands out from an up one', async () => {
  // Machado et al. 2009, severity 1.0, as SVG colour matrices: SVG filters work in linear RGB, as the model does.
  const matrices = {
    deuteranopia: '0.367322 0.860646 -0.227968 0 0 0.280085 0.672501 0.047413 0 0 -0.011820 0.042940 0.968881 0 0 0 0 0 1 0',
    protanopia: '0.152286 1.052583 -0.204868 0 0 0.114503 0.786281 0.099216 0 0 -0.003882 -0.048116 1.051998 0 0 0 0 0 1 0',
  };
  for (const [vision, matrix] of Object.entries(matrices)) {
    const { page, trouble } = await open('?off=aws/us-east-1/dynamodb');
    // The filter is built through the DOM and applied through the CSSOM, both of which the strict CSP allows.
    await page.evaluate((values) => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.setAttribute('width', '0');
      svg.setAttribute('height', '0');
      svg.style.position = 'absolute';
      const filter = document.createElementNS('http://www.w3.org/2000/svg', 'filter');
      filter.id = 'cf-vision';
      filter.setAttribute('color-interpolation-filters', 'linearRGB');
      const colours = document.createElementNS('http://www.w3.org/2000/svg', 'feColorMatrix');
      colours.setAttribute('type', 'matrix');
      colours.setAttribute('values', values);
      filter.append(colours);
      svg.append(filter);
      document.body.append(svg);
      document.querySelector('.map-scroll').style.filter = 'url(#cf-vision)';
    }, matrix);
    const boxes = {};
    for (const state of ['up', 'degraded', 'down']) {
      const box = page.locator(`.dependency-map [data-state="${state}"].kind-web_service`).first();
      await box.scrollIntoViewIfNeeded();
      boxes[state] = { box, colour: await meanColour(page, await box.locator('.node-box').screenshot()) };
    }
    await page.locator('.map-scroll').screenshot({ path: join(shots, `colour-blind-${vision}.png`) });
    // The marks beyond colour are there: ✕ and the hatching when down, ! and a dashed outline when degraded.
    assert.deepEqual(await mapMarks(boxes.down.box), { hatched: true, dashed: false, cross: true, bang: false }, 'a down box is hatched and marked ✕');
    assert.deepEqual(await mapMarks(boxes.degraded.box), { hatched: false, dashed: true, cross: false, bang: true }, 'a degraded box is dashed and marked !');
    assert.deepEqual(await mapMarks(boxes.up.box), { hatched: false, dashed: false, cross: false, bang: false }, 'an up box is plain');
    // Seen through the filter, a down box is far from an up one (the largest distance is 441).
    const distance = (one, two) => Math.hypot(...one.map((value, c) => value - two[c]));
    const apart = distance(boxes.down.colour, boxes.up.colour);
    assert.ok(apart > 120, `${vision}: a down box is only ${apart.toFixed(0)} from an up one`);
    assert.deepEqual(trouble, []);
    await page.close();
  }
});
