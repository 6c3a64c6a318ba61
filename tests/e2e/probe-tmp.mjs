import { serveDist, startBrowser, openPage } from './harness.mjs';
const server = await serveDist();
const browser = await startBrowser();
for (const n of [10000, 100000]) {
  const { page, trouble } = await openPage(browser.context, new URL(server.url).origin);
  const t0 = Date.now();
  await page.goto(`${server.url}?data=bench/generated-${n}.json`);
  await page.waitForSelector('canvas[data-drawn]:not([data-drawn="0"])', { timeout: 120000 });
  console.log(n, 'first map', Date.now() - t0, 'ms', trouble);
  await page.screenshot({ path: `/tmp/cf/shots/gen-${n}.png` });
  const t1 = Date.now();
  await page.click('[data-switch-id="p0"]');
  await page.waitForFunction(() => document.querySelector('.summary').dataset.down !== '0', null, { timeout: 60000 });
  console.log(n, 'click to DOM (incl. playwright)', Date.now() - t1);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/cf/shots/gen-${n}-off.png` });
  await page.close();
}
await browser.close(); await server.close();
