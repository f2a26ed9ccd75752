import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredInline } from '../../src/pipeline/inline-assets.ts';
import {
  hashSource,
  inlineElements,
  parseHeaders,
  siteHeaders,
} from '../../src/pipeline/security-headers.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';

// What a hostile contributor puts in every field: text that closes the element it lands in and opens a script.
const SCRIPT = '</script><script>alert(1)</script>';
const STYLE = '</style><style>*{display:none}</style>';
const HOSTILE = `Lesson ${SCRIPT}${STYLE}"><script>alert(2)</script>`;
const SITE = 'http://localhost/';

let build: BuildResult;
let content: string;

const htmlFiles = (dir: string) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));

beforeAll(() => {
  content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
  const lesson = join(content, 'lessons/lesson-one.mdx');
  const yamlString = JSON.stringify(HOSTILE);
  writeFileSync(
    lesson,
    readFileSync(lesson, 'utf8')
      .replace(/^title: .*$/m, `title: ${yamlString}`)
      .replace(/^summary: .*$/m, `summary: ${yamlString}`)
      .replace(/^ {2}intended: .*$/m, `  intended: ${yamlString}`)
      .replace(/^ {2}pattern: .*$/m, `  pattern: ${yamlString}`)
      .replace(/^ {2}- what: .*$/m, `  - what: ${yamlString}`),
  );
  const author = join(content, 'authors/ana-lopez.yaml');
  writeFileSync(
    author,
    readFileSync(author, 'utf8')
      .replace(/^name: .*$/m, `name: ${yamlString}`)
      .replace(/^role: .*$/m, `role: ${yamlString}`)
      .replace(/^bio: .*$/m, `bio: ${yamlString}`),
  );
  const tags = join(content, 'tags.yaml');
  writeFileSync(
    tags,
    readFileSync(tags, 'utf8')
      .replace('label: Retrospectives', `label: ${yamlString}`)
      .replace(
        'description: Looking back together at how the work went.',
        `description: ${yamlString}`,
      ),
  );
  build = buildSite(content, { siteUrl: SITE });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
});

afterAll(() => {
  if (content) rmSync(dirname(content), { recursive: true, force: true });
  if (build?.outDir) rmSync(build.outDir, { recursive: true, force: true });
});

describe('a library whose every field holds script and style text', () => {
  it('publishes a policy that allows exactly the inline scripts and styles the build declares', async () => {
    const policy =
      parseHeaders(readFileSync(join(build.outDir, '_headers'), 'utf8'))
        .find((rule) => rule.pattern === '/*')
        ?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
    const directive = (name: string) =>
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .find(([first]) => first === name)
        ?.slice(1)
        .filter((source) => source.startsWith("'sha256-")) ?? [];
    const declared = await declaredInline(SITE);
    expect(new Set(directive('script-src'))).toEqual(new Set(declared.scripts.map(hashSource)));
    expect(new Set(directive('style-src'))).toEqual(new Set(declared.styles.map(hashSource)));
    expect(policy).not.toContain(hashSource('alert(1)'));
  });

  it('carries on every page no inline script or style but the declared ones', async () => {
    const declared = await declaredInline(SITE);
    const allowed = new Set([...declared.scripts, ...declared.styles].map(hashSource));
    const pages = htmlFiles(build.outDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const { scripts, styles } = inlineElements(readFileSync(page, 'utf8'));
      for (const text of [...scripts, ...styles]) expect(allowed, page).toContain(hashSource(text));
    }
  });

  it('shows the hostile title as text on its page', () => {
    const html = readFileSync(join(build.outDir, 'lessons/lesson-one/index.html'), 'utf8');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
  });
});

describe('the published headers', () => {
  it('are exactly the generated ones: no weaker policy reaches dist/', async () => {
    const published = readFileSync(join(build.outDir, '_headers'), 'utf8');
    const generated = siteHeaders('/', await declaredInline(SITE));
    expect(parseHeaders(published)).toEqual(generated);
    const policy = generated[0]?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1];
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).toMatch(/base-uri 'self'/);
    expect(policy).not.toMatch(
      /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\s\*(\s|;|$)|https?:/,
    );
  });

  it('are not overridden by netlify.toml, which declares no headers of its own', () => {
    const netlify = parseToml(readFileSync(join(ROOT, 'netlify.toml'), 'utf8'));
    expect(Object.keys(netlify)).not.toContain('headers');
  });
});
