// Development helper: screenshots of the built dist/ at a few URLs, for a human to look at.
// usage: [FULL=0] [H=900] [SCROLL=selector] node tests/e2e/shoot.mjs OUT_DIR [width] [query...]
import { serveDist, startBrowser, settled } from './harness.mjs';

const [out, width = '1280', ...queries] = process.argv.slice(2);
const server = await serveDist();
const { context, close } = await startBrowser();
try {
  for (const [i, query] of (queries.length ? queries : ['']).entries()) {
    const page = await context.newPage();
    await page.setViewportSize({ width: Number(width), height: Number(process.env.H ?? 900) });
    const messages = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.goto(server.url + query);
    await page.waitForSelector(process.env.READY ?? '[data-node-id], canvas[data-drawn]:not([data-drawn="0"])', { timeout: 120000 });
    await settled(page);
    if (process.env.SCROLL) await page.locator(process.env.SCROLL).scrollIntoViewIfNeeded();
    if (process.env.SCROLL) await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'start' }), process.env.SCROLL);
    await page.screenshot({ path: `${out}/shot-${i}.png`, fullPage: process.env.FULL !== '0' });
    console.log(query, messages.join('\n'));
    await page.close();
  }
} finally {
  await close();
  await server.close();
}
