// Publishing at a known address (`make dist PUBLIC_URL=https://example.org/cloudfall/`): writes dist/oembed.json,
// built by `cloudfall oembed` (which checks the address), and adds its discovery <link> to dist/index.html. oEmbed
// needs absolute URLs, which a build without PUBLIC_URL cannot know; everything else in dist/ stays relative.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [url] = process.argv.slice(2);
let json;
try {
  json = execFileSync('cargo', ['run', '-q', '-p', 'cloudfall-cli', '--', 'oembed', '--url', url ?? ''],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch {
  // The command has said what is wrong with the address.
  process.exit(2);
}
writeFileSync('dist/oembed.json', json);
// The address was checked by the command (no quote, angle bracket or space), so it is safe in an attribute.
const page = JSON.parse(json).provider_url;
const link = `<link rel="alternate" type="application/json+oembed" href="${page}oembed.json" title="Cloudfall" />`;
const index = readFileSync('dist/index.html', 'utf8');
if (!index.includes('application/json+oembed')) {
  writeFileSync('dist/index.html', index.replace('</head>', `  ${link}\n  </head>`));
}
console.log(`dist/oembed.json and its <link> written for ${page}`);
