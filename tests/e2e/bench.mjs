// `make bench`: what a reader pays, measured in headless Chromium on the release dist/.
// Not a test: timings on a shared 2-core machine are noisy, so it prints numbers and asserts nothing.
//   - time to first rendered map (navigation start to the first map node in the DOM, then the next frame);
//   - click-to-repaint: from a switch's click to the frame that shows the change (a requestAnimationFrame
//     callback that sees the new state posts a MessageChannel message; its arrival is the paint time),
//     median and max over repeated toggles.

import { serveDist, startBrowser, openPage } from './harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return { median: median.toFixed(1), max: sorted[sorted.length - 1].toFixed(1), n: values.length };
}

const server = await serveDist();
const browser = await startBrowser();
try {
  const firstMap = [];
  for (let i = 0; i < LOADS; i++) {
    const { page } = await openPage(browser.context, new URL(server.url).origin);
    await page.goto(server.url);
    await page.waitForSelector('[data-node-id="fortnite"]');
    firstMap.push(await page.evaluate(() => new Promise((resolve) => {
      requestAnimationFrame(() => resolve(performance.now()));
    })));
    await page.close();
  }

  const { page } = await openPage(browser.context, new URL(server.url).origin);
  await page.goto(server.url);
  await page.waitForSelector('[data-node-id="fortnite"]');
  const cases = [
    ['aws (provider)', 'aws'],
    ['aws/us-east-1/dynamodb (service)', 'aws/us-east-1/dynamodb'],
  ];
  const rows = [];
  for (const [label, id] of cases) {
    const times = await page.evaluate(async ({ id, rounds }) => {
      const watched = document.querySelector('[data-node-id="fortnite"]');
      const toggle = (expected) => new Promise((resolve) => {
        let updated = null;
        const observer = new MutationObserver(() => {
          if (updated === null && watched.getAttribute('data-state') === expected) updated = performance.now() - start;
        });
        observer.observe(watched, { attributes: true });
        const start = performance.now();
        document.querySelector(`[data-switch-id="${id}"]`).click();
        const look = () => {
          if (watched.getAttribute('data-state') === expected) {
            observer.disconnect();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve([performance.now() - start, updated ?? 0]);
            channel.port2.postMessage(0);
          } else {
            requestAnimationFrame(look);
          }
        };
        requestAnimationFrame(look);
      });
      const times = [];
      for (let i = 0; i < rounds; i++) {
        times.push(await toggle('down'));
        times.push(await toggle('up'));
      }
      return times;
    }, { id, rounds: ROUNDS / 2 });
    rows.push([label, stats(times.map(([paint]) => paint)), stats(times.map(([, dom]) => dom))]);
  }
  await page.close();

  const date = new Date().toISOString().slice(0, 10);
  console.log(`\nCloudfall benchmark, ${date}, headless Chromium, shipped dataset`);
  const load = stats(firstMap);
  console.log(`first rendered map: median ${load.median} ms, max ${load.max} ms (${load.n} loads)`);
  console.log('toggle (ms)                      click-to-DOM median/max   click-to-paint median/max    n');
  for (const [label, paint, dom] of rows) {
    console.log(`${label.padEnd(34)} ${dom.median.padStart(9)} ${dom.max.padStart(8)}   ${paint.median.padStart(11)} ${paint.max.padStart(8)}  ${String(paint.n).padStart(3)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
