// What a reader sees of the data's provenance (issue 15), on the built site: the licence the data file states,
// linked, with the citation and the version, at the foot of the page in both languages; and a source more than five
// years older than the data marked "dated" in words, with its age, in a service's details.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { servedSite, openPage, shots, settled, accessibilityProblems, dist, CSP } from './harness.mjs';

const site = servedSite();
const shipped = JSON.parse(readFileSync(join(dist, 'data', 'cloudfall.json'), 'utf8'));

/** The year of a date `YYYY[-MM[-DD]]`. */
const year = (date) => Number(date.slice(0, 4));

test('the foot of the page gives the licence the data states, linked, with the citation and version', async () => {
  // The shipped file gets a licence and a citation in data 2.0.0; until then the test serves it with one added, so
  // what is checked is that the page shows whatever the file states.
  const data = structuredClone(shipped);
  data.dataset.licence ??= { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
  data.dataset.citation ??= 'Cloudfall contributors. Cloudfall: who runs on whom.';
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  await page.route('**/data/cloudfall.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', headers: { 'content-security-policy': CSP }, body: JSON.stringify(data),
  }));
  for (const [lang, licenceWord, citeWord] of [['en', 'Licence: ', 'Cite as: '], ['fr', 'Licence\u00a0: ', 'Citer ainsi\u00a0: ']]) {
    await page.goto(`${site.server.url}${lang === 'fr' ? '?lang=fr' : ''}`);
    const footer = page.locator(`footer.data-credit[data-version="${data.dataset.version}"]`);
    await footer.waitFor();
    const link = footer.locator('[data-licence] a[rel~="license"]');
    assert.equal(await link.getAttribute('href'), data.dataset.licence.url);
    const text = await footer.textContent();
    assert.ok(text.includes(`${licenceWord}${data.dataset.licence.name}`), `${lang}: ${text}`);
    assert.ok(text.includes(`${citeWord}${data.dataset.citation}`), `${lang}: ${text}`);
    assert.ok(text.includes(data.dataset.as_of), `${lang}: ${text}`);
  }
  await settled(page);
  const problems = await accessibilityProblems(page);
  assert.equal(problems.length, 0, `axe: ${problems.join('\n')}`);
  await page.locator('footer.data-credit').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'provenance-footer-fr.png') });
  assert.deepEqual(trouble, []);
  await page.close();
});

test('a source more than five years older than the data is marked dated, in words, with its age', async () => {
  const services = new Set(shipped.nodes.filter((node) => node.kind === 'web_service').map((node) => node.id));
  // A web service with a source at least seven years older than the data: dated whatever month it names.
  const old = shipped.dependencies.find((dependency) => services.has(dependency.dependent)
    && dependency.evidence.some((evidence) => year(shipped.dataset.as_of) - year(evidence.date) >= 7));
  assert.ok(old, 'the shipped data has an old source to show');
  const { page, trouble } = await openPage(site.browser.context, new URL(site.server.url).origin);
  for (const [lang, words] of [['en', /^dated: \d+ years old$/], ['fr', /^ancienne\u00a0: \d+\u00a0ans$/]]) {
    await page.goto(`${site.server.url}?sel=${old.dependent}${lang === 'fr' ? '&lang=fr' : ''}`);
    const dated = page.locator(`[data-details="${old.dependent}"] .evidence-dated`).first();
    await dated.waitFor();
    assert.match(await dated.textContent(), words);
    assert.ok(Number(await dated.getAttribute('data-dated')) >= 6, 'its age in whole years');
    // Each dependency says when its newest evidence was published.
    await page.locator(`[data-details="${old.dependent}"] .dependency-date[data-newest]`).first().waitFor();
  }
  await settled(page);
  await page.locator(`[data-details="${old.dependent}"] .evidence-dated`).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'provenance-dated-fr.png') });
  assert.deepEqual(trouble, []);
  await page.close();
});
