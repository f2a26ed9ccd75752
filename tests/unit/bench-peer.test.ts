import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateLibrary, type GeneratedLibrary } from '../../scripts/bench/generate.ts';
import { clearCaches } from '../../scripts/bench/measure.ts';
import {
  PEER_BODIES,
  entryBodies,
  plainMarkdown,
  writePeerProject,
} from '../../scripts/bench/peer.ts';
import { profileOf, tagIds } from '../../scripts/bench/profile.ts';
import { ratio, table, type BenchResult, type SizeResult } from '../../scripts/bench/report.ts';
import { ROOT } from '../helpers/build.ts';

const CONTENT = join(ROOT, 'content');

const frontmatter = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('plainMarkdown', () => {
  const cases: [string, string, string][] = [
    [
      'leaves a body without components as it is',
      '## Why\n\nA paragraph with [a link](/patterns/x/).\n',
      '## Why\n\nA paragraph with [a link](/patterns/x/).\n',
    ],
    [
      'turns a Callout into a blockquote headed by its title',
      '<Callout type="tip" title="Try this">\n  Write it **down**.\n\n  Then read it.\n</Callout>\n',
      '> **Try this**\n>\n> Write it **down**.\n>\n> Then read it.\n',
    ],
    [
      'heads a Callout without a title by its type',
      '<Callout type="warning">Mind the gap.</Callout>',
      '> **Warning**\n>\n> Mind the gap.',
    ],
    [
      'turns a PatternRef and a TrapRef into links by slug',
      '<PatternRef slug="pre-mortem" />\n\n<TrapRef slug=\'hindsight\'/>',
      '[pre-mortem](/patterns/pre-mortem/)\n\n[hindsight](/traps/hindsight/)',
    ],
    [
      'removes an ActionTable, whose data the peer lacks',
      'Before.\n\n<ActionTable lesson="x" />\n\nAfter.',
      'Before.\n\n\n\nAfter.',
    ],
    [
      'turns FourQuestions into its four h3 questions and answers',
      '<FourQuestions intended="A" happened="B" gap="C" why="D > E" />',
      '### What we intended\n\nA\n\n### What actually happened\n\nB\n\n### The gap\n\nC\n\n### Why\n\nD > E',
    ],
    [
      'keeps a Timeline as its bold title and its children, components inside replaced',
      '<Timeline title="Week one">\n- Monday\n<PatternRef slug="p" />\n</Timeline>',
      '**Week one**\n\n- Monday\n[p](/patterns/p/)',
    ],
  ];
  for (const [title, input, output] of cases)
    it(title, () => expect(plainMarkdown(input)).toBe(output));
});

describe('writePeerProject', () => {
  let library: GeneratedLibrary;
  let dir: string;
  let peer: string;

  beforeAll(() => {
    library = generateLibrary({
      entries: 40,
      profile: profileOf(CONTENT),
      tags: tagIds(readFileSync(join(CONTENT, 'tags.yaml'), 'utf8')),
    });
    dir = mkdtempSync(join(tmpdir(), 'lesson-share-bench-peer-test-'));
    peer = writePeerProject(ROOT, join(dir, 'peer'), library);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one .mdx per entry body, with only a title, and the body as generated', () => {
    const bodies = entryBodies(library);
    const written = readdirSync(join(peer, PEER_BODIES), {
      recursive: true,
      encoding: 'utf8',
    }).filter((path) => path.endsWith('.mdx'));
    expect(written.sort()).toEqual(bodies.map(([path]) => path).sort());
    expect(bodies.length).toBe(
      library.counts.patterns +
        library.counts.traps +
        library.counts.lessons +
        library.counts.events,
    );
    for (const [path, text] of bodies) {
      const copy = readFileSync(join(peer, PEER_BODIES, path), 'utf8');
      expect(frontmatter(copy), path).toEqual({ title: frontmatter(text)['title'] });
      expect(body(copy).trim(), path).toBe(body(text).trim());
    }
  });

  it('configures Astro with MDX and the unified processor carrying rehype-slug', async () => {
    const { default: config } = (await import(
      pathToFileURL(join(peer, 'astro.config.mjs')).href
    )) as {
      default: {
        integrations: { name: string }[];
        markdown: { processor: { name: string; options?: { rehypePlugins: unknown[] } } };
      };
    };
    const { default: rehypeSlug } = await import('rehype-slug');
    const { isUnifiedProcessor } = await import('@astrojs/markdown-remark');
    expect(config.integrations.map((integration) => integration.name)).toEqual(['@astrojs/mdx']);
    expect(isUnifiedProcessor(config.markdown.processor)).toBe(true);
    expect(config.markdown.processor.options?.rehypePlugins).toEqual([rehypeSlug]);
  });

  it('routes every body through one page and one collection, and imports nothing from the project', () => {
    const sources = [
      'astro.config.mjs',
      'src/content.config.ts',
      'src/pages/[...slug].astro',
      'src/layouts/Layout.astro',
    ];
    for (const file of sources) expect(existsSync(join(peer, file)), file).toBe(true);
    const pages = readdirSync(join(peer, 'src/pages'), { recursive: true, encoding: 'utf8' });
    expect(pages).toEqual(['[...slug].astro']);
    const imports = sources.flatMap((file) =>
      [...readFileSync(join(peer, file), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map(
        (m) => m[1] as string,
      ),
    );
    // Packages and the peer's own layout only: never the project's src/, which is being rewritten.
    expect(
      imports.filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/')),
    ).toEqual(['../layouts/Layout.astro']);
    expect(imports).toContain('astro:content');
  });

  it('links the project packages one by one, so clearing its caches leaves the project caches alone', () => {
    const modules = join(peer, 'node_modules');
    expect(lstatSync(modules).isSymbolicLink()).toBe(false);
    expect(lstatSync(join(modules, 'astro')).isSymbolicLink()).toBe(true);
    for (const cache of ['.astro', '.vite', '.cache'])
      expect(existsSync(join(modules, cache)), cache).toBe(false);
    clearCaches(peer);
    expect(existsSync(join(modules, 'astro', 'package.json'))).toBe(true);
  });
});

describe('the report table', () => {
  const row = (over: Partial<SizeResult>): SizeResult => ({
    entries: 100,
    counts: {},
    checkAlone: null,
    phases: {
      check: 1,
      sync: 1,
      bundle: 1,
      render: 1,
      search: 1,
      images: null,
      other: 1,
      total: 12,
    },
    peakRss: 900e6,
    dist: null,
    rebuild: null,
    ...over,
  });
  const result = (sizes: SizeResult[]): BenchResult => ({
    date: '',
    machine: '',
    node: '',
    command: '',
    check: { library: 0, oneFile: 0 },
    sizes,
  });
  const cells = (markdown: string) => {
    const [head, , ...rows] = markdown.split('\n').map((line) => line.slice(2, -2).split(' | '));
    return rows.map((r) => Object.fromEntries((head as string[]).map((name, i) => [name, r[i]])));
  };

  it('prints the peer time, memory and both ratios of ours to the peer', () => {
    const [printed] = cells(
      table(result([row({ peer: { wall: 4, peakRss: 300e6, pages: 85, load: 2 } })])),
    );
    expect(printed).toMatchObject({
      'total s': '12.0',
      'peer s': '4.0',
      'peer peak RSS': '300 MB',
      'time ÷ peer': '3.0×',
      'RSS ÷ peer': '3.0×',
    });
  });

  it('prints dashes where the peer was skipped, and a lower bound when our build was stopped', () => {
    const [skipped, stopped] = cells(
      table(
        result([
          row({ peer: null }),
          row({ stopped: true, peer: { wall: 5, peakRss: 450e6, pages: 85, load: 2 } }),
        ]),
      ),
    );
    expect(skipped).toMatchObject({
      'peer s': '—',
      'peer peak RSS': '—',
      'time ÷ peer': '—',
      'RSS ÷ peer': '—',
    });
    expect(stopped).toMatchObject({ 'time ÷ peer': '> 2.4×', 'RSS ÷ peer': '> 2.0×' });
  });

  it('gives no ratio against a peer that measured nothing', () => {
    expect(ratio(10, 0)).toBe('—');
    expect(ratio(10, 4)).toBe('2.5×');
  });
});
