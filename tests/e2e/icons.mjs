// Development helper: writes the installable app's PNG icons (static/icons/icon-192.png and icon-512.png) from
// static/icons/icon.svg (the favicon's cloud on a white square with room around it, so a launcher that crops the
// icon to a circle keeps the whole cloud), rendered by Debian's Chromium: no image tool to install.
// usage: node tests/e2e/icons.mjs   (run again after changing the SVG, and commit the PNGs)
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repo, startBrowser } from './harness.mjs';

const svg = await readFile(join(repo, 'static', 'icons', 'icon.svg'), 'utf8');
const { context, close } = await startBrowser();
try {
  for (const size of [192, 512]) {
    const page = await context.newPage();
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(join(repo, 'static', 'icons', `icon-${size}.png`), png);
    console.log(`static/icons/icon-${size}.png: ${png.length} bytes`);
    await page.close();
  }
} finally {
  await close();
}
