import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { GeneratedLibrary } from './generate.ts';
import { linkNodeModules } from './measure.ts';

// The peer is the plain Astro site we measure ourselves against: @astrojs/mdx, unified with
// rehype-slug, one page per body in a minimal layout, and nothing of ours (no check, cards,
// search, lists or src/ code), so its cost is what Astro itself charges for the same bodies.

/** Where the peer keeps the bodies, relative to its root; one folder per collection, so ids read `lessons/<slug>`. */
export const PEER_BODIES = 'bodies';

const CONFIG = `// A plain Astro 7 site with the same Markdown pipeline as Lesson Share: MDX, unified, rehype-slug.
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';

export default defineConfig({
  markdown: { processor: unified({ rehypePlugins: [rehypeSlug] }) },
  integrations: [mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Silenced as in Lesson Share's config (withastro/astro#18087): printed once per body, it would bill the peer for logging alone.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Every entry body of the benchmark library, whatever its collection, as one glob collection.
export const collections = {
  bodies: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './${PEER_BODIES}' }), schema: z.object({ title: z.string() }) }),
};
`;

const LAYOUT = `---
interface Props {
  title: string;
}
---

<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{Astro.props.title}</title>
  </head>
  <body>
    <main>
      <h1>{Astro.props.title}</h1>
      <slot />
    </main>
  </body>
</html>
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
  return (await getCollection('bodies')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<Layout title={entry.data.title}><Content /></Layout>
`;

// `name="value"` or `name='value'`: author components take string attributes only.
const ATTRIBUTE = /([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// A capitalised JSX element, self-closing or with children; attributes may hold `>`.
const COMPONENT =
  /<([A-Z]\w*)((?:\s+[A-Za-z_][\w-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;

const attributesOf = (source: string) =>
  Object.fromEntries(
    [...source.matchAll(ATTRIBUTE)].map(([, name = '', double, single]) => [
      name,
      double ?? single ?? '',
    ]),
  );
// Children are often indented inside their component; Markdown would read four spaces as code.
const dedent = (text: string) => {
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0),
  );
  return Number.isFinite(indent)
    ? text.replace(new RegExp(`^[ \\t]{0,${indent}}`, 'gm'), '')
    : text;
};
const CALLOUT_LABELS: Record<string, string> = { note: 'Note', tip: 'Tip', warning: 'Warning' };

/**
 * A body with the library's author components replaced by the plain Markdown closest to
 * what they render, since the peer has no components: a Callout becomes a blockquote
 * headed by its title, a Timeline its bold title and its children, FourQuestions its four
 * h3 questions and answers, a PatternRef or TrapRef a link to the entry by slug (the peer
 * has no card data for its title and summary). An ActionTable is removed: it shows the
 * lesson's frontmatter actions, which the peer does not have. Any other component keeps
 * only its children.
 */
export function plainMarkdown(body: string): string {
  return body.replace(
    COMPONENT,
    (_, name: string, attributeSource: string, children: string | undefined) => {
      const a = attributesOf(attributeSource);
      const inner = dedent(plainMarkdown(children ?? '')).trim();
      switch (name) {
        case 'Callout': {
          const title = a['title'] ?? CALLOUT_LABELS[a['type'] ?? 'note'] ?? 'Note';
          return [`**${title}**`, ...(inner ? ['', ...inner.split('\n')] : [])]
            .map((line) => (line ? `> ${line}` : '>'))
            .join('\n');
        }
        case 'Timeline':
          return `**${a['title'] ?? 'Timeline'}**${inner ? `\n\n${inner}` : ''}`;
        case 'FourQuestions':
          return [
            ['What we intended', a['intended']],
            ['What actually happened', a['happened']],
            ['The gap', a['gap']],
            ['Why', a['why']],
          ]
            .map(([question, answer]) => `### ${question}\n\n${answer ?? ''}`)
            .join('\n\n');
        case 'PatternRef':
          return `[${a['slug']}](/patterns/${a['slug']}/)`;
        case 'TrapRef':
          return `[${a['slug']}](/traps/${a['slug']}/)`;
        case 'ActionTable':
          return '';
        default:
          return inner;
      }
    },
  );
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/;

/** The library's entry bodies (patterns, traps, lessons, events; authors are YAML) by path: what the peer renders, one page each. */
export function entryBodies(library: GeneratedLibrary): [string, string][] {
  return [...library.files].filter(([path]) => path.endsWith('.mdx'));
}

/** The peer project's files by path relative to its root: config, content config, layout, page, and one `.mdx` per entry body. */
export function peerFiles(library: GeneratedLibrary): Map<string, string> {
  const files = new Map<string, string>([
    [
      'package.json',
      `${JSON.stringify({ name: 'lesson-share-bench-peer', private: true, type: 'module' }, null, 2)}\n`,
    ],
    ['astro.config.mjs', CONFIG],
    ['src/content.config.ts', CONTENT_CONFIG],
    ['src/layouts/Layout.astro', LAYOUT],
    ['src/pages/[...slug].astro', PAGE],
  ]);
  for (const [path, text] of entryBodies(library)) {
    const match = FRONTMATTER.exec(text);
    const { title } = parse(match?.[1] ?? '') as { title: string };
    const body = plainMarkdown(text.slice(match?.[0].length ?? 0));
    // JSON is YAML, and quotes whatever a title holds.
    files.set(`${PEER_BODIES}/${path}`, `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`);
  }
  return files;
}

/** Writes the peer project into `into` (replacing what was there), with the project's packages linked in. */
export function writePeerProject(
  projectRoot: string,
  into: string,
  library: GeneratedLibrary,
): string {
  rmSync(into, { recursive: true, force: true });
  for (const [path, content] of peerFiles(library)) {
    mkdirSync(dirname(join(into, path)), { recursive: true });
    writeFileSync(join(into, path), content);
  }
  linkNodeModules(projectRoot, into);
  return into;
}
