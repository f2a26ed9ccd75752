import { chromium } from 'playwright-core';
import { findChromium } from './chromium.ts';
import { startServer } from './serve.ts';
const [dir, ...terms] = process.argv.slice(2);
const server = await startServer({ root: dir! });
const { executablePath, args, env } = await findChromium();
const browser = await chromium.launch({ executablePath, args, env });
const page = await browser.newPage();
await page.goto(`${server.url}/search/`);
const out = await page.evaluate(async (terms) => {
  const shards = (await (await fetch('/pagefind/shards.json')).json()).shards as number;
  const lines: string[] = [];
  for (let k = 0; k < shards; k++) {
    const pf = await import(`/pagefind/${k === 0 ? '' : `shard-${k}/`}pagefind.js`.replace(/shard-\d+\/pagefind.js/, 'pagefind.js')).catch(() => null);
  }
  const pf: any = await import('/pagefind/pagefind.js');
  await pf.options({ mergeFilter: { shard: '0' } });
  await pf.init();
  for (let k = 1; k < shards; k++) await pf.mergeIndex(`/pagefind/shard-${k}/`, { mergeFilter: { shard: `${k}` } });
  for (const t of terms) {
    const r = await pf.search(t);
    const e = await pf.search(`"${t}"`);
    const urls = await Promise.all(r.results.map(async (h: any) => (await h.data()).url));
    lines.push(`${t}: ${r.results.length} results, per shard ${JSON.stringify(r.filters.shard)}; exact per shard ${JSON.stringify(e.filters.shard)}; ${urls.join(' ')}`);
  }
  return lines.join('\n');
}, terms);
console.log(out);
await browser.close(); await server.close();
