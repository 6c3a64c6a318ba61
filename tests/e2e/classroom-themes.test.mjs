// Every pupil (issue 17), the part classroom-access.test.mjs does not cover: axe-core on the guided story, a challenge
// and the teacher page in the dark theme, in English and French (the light theme is checked in story.test.mjs and
// teacher.test.mjs; the sandbox and projector mode in both themes in classroom-access.test.mjs). Zero serious or
// critical findings. The dark story step 3 in French is photographed for a human.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { servedSite, openPage, shots, settled, accessibilityProblems } from './harness.mjs';

const site = servedSite();

for (const lang of ['en', 'fr']) {
  test(`the story, a challenge and the teacher page in the dark theme (${lang}) have no serious or critical accessibility violation`, async () => {
    for (const [query, ready] of [
      [`?step=3&lang=${lang}`, `html[lang="${lang}"][data-theme="dark"] [data-story-step]`],
      [`?challenge=indirect&off=aws&lang=${lang}`, `html[lang="${lang}"][data-theme="dark"] [data-challenge="indirect"]`],
      [`?page=teacher&lang=${lang}`, `html[lang="${lang}"][data-theme="dark"] [data-section="goals"]`],
    ]) {
      const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
      await page.setViewportSize({ width: 1280, height: 720 });
      // The reader's own choice of theme, kept in this browser (the theme switch writes it).
      await page.addInitScript(() => localStorage.setItem('cloudfall-theme', 'dark'));
      await page.goto(site.server.url + query);
      await page.waitForSelector(ready);
      await settled(page);
      const problems = await accessibilityProblems(page);
      assert.equal(problems.length, 0, `axe at ${query}, dark theme:\n${problems.join('\n')}`);
      if (lang === 'fr' && query.startsWith('?step=3')) await page.screenshot({ path: join(shots, 'story-step3-fr-dark.png') });
      assert.deepEqual(trouble, []);
      await page.close();
    }
  });
}
