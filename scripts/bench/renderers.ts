#!/usr/bin/env node
// node scripts/bench/renderers.ts [--entries 2000] [--rounds 3]
// The processor spike: per body, what the build pays to render the check's parse with unified
// (ours) against Sätteri rendering the text itself, on the bench's synthetic bodies.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { parseBody } from '../../src/markdown/parse.ts';
import { renderBody } from '../../src/markdown/render.ts';
import { generateLibrary } from './generate.ts';
import { profileOf, tagIds } from './profile.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
  },
  strict: true,
});
const library = generateLibrary({
  entries: Number(values.entries),
  profile: profileOf(join(ROOT, 'content')),
  tags: tagIds(readFileSync(join(ROOT, 'content/tags.yaml'), 'utf8')),
});
const bodies = [...library.files]
  .filter(([path]) => path.endsWith('.mdx'))
  .map(([, text]) => text.replace(/^---\n[\s\S]*?\n---\n/, ''));

// The best of a few rounds, in ms per body: the machine is shared.
function time(label: string, each: (body: string) => void): number {
  let best = Infinity;
  for (let round = 0; round < Number(values.rounds); round++) {
    const start = performance.now();
    for (const body of bodies) each(body);
    best = Math.min(best, (performance.now() - start) / bodies.length);
  }
  process.stdout.write(`${label.padEnd(58)} ${best.toFixed(3)} ms a body\n`);
  return best;
}

const treeOf = (body: string) => {
  const parsed = parseBody(body);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.tree;
};
process.stdout.write(
  `${bodies.length} bodies, ${Math.round(bodies.reduce((n, b) => n + b.length, 0) / bodies.length)} characters on average\n`,
);
const parse = time('unified parse (the check needs it whatever renders)', (body) => treeOf(body));
const both = time('unified parse + render (ours)', (body) => renderBody(treeOf(body), 'bench.mdx'));
// As Astro's Sätteri processor renders Markdown: GFM, smart punctuation, and its heading-id plugin (github-slugger, like rehype-slug).
const sätteri = (body: string) =>
  (
    markdownToHtml(body, {
      features: { gfm: true, smartPunctuation: true },
      hastPlugins: [satteriHeadingIdsPlugin()],
      data: {
        astro: {
          headings: [],
          frontmatter: {},
          localImagePaths: new Set(),
          remoteImagePaths: new Set(),
        },
      },
    }) as { html: string }
  ).html;
const satteri = time('Sätteri markdownToHtml (gfm, smart punctuation, heading ids)', sätteri);
process.stdout.write(
  `render on top of the check's parse: ${(both - parse).toFixed(3)} ms a body, against Sätteri's ${satteri.toFixed(3)}\n`,
);
// Heading ids are the anchors people link to: they must not change with the processor.
const ids = (html: string) =>
  [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((m) => m[1]).join(' ');
const differing = bodies.filter(
  (body) => ids(renderBody(treeOf(body), 'bench.mdx').html) !== ids(sätteri(body)),
);
process.stdout.write(`bodies whose heading ids differ between the two: ${differing.length}\n`);
