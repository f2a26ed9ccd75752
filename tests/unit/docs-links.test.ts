// The README sends a newcomer to docs/ for everything but the start: a link that leads nowhere, or to a heading
// that was renamed, strands them. Every relative link in README.md, CONTRIBUTING.md and docs/ must reach a file,
// and its #anchor a heading of that file (GitHub's own slugs, from github-slugger, which rehype-slug uses too).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Link, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs')).map((name) => `docs/${name}`),
].filter((file) => file.endsWith('.md'));
const tree = (file: string): Root =>
  unified()
    .use(remarkParse)
    .parse(readFileSync(join(ROOT, file), 'utf8'));

const anchorsOf = (file: string): Set<string> => {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(
    tree(file),
    'heading',
    (heading: Heading) => void anchors.add(slugger.slug(toString(heading))),
  );
  return anchors;
};

const brokenLinks = (file: string): string[] => {
  const broken: string[] = [];
  visit(tree(file), 'link', (link: Link) => {
    if (/^[a-z]+:/i.test(link.url)) return;
    const [path, anchor] = link.url.split('#');
    const target = path ? relative(ROOT, join(ROOT, dirname(file), path)) : file;
    const line = link.position?.start.line;
    if (!existsSync(join(ROOT, target)))
      broken.push(`${file}:${line} ${link.url}: no file ${target}`);
    else if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor))
      broken.push(`${file}:${line} ${link.url}: no heading #${anchor} in ${target}`);
  });
  return broken;
};

describe('links between the README and docs/', () => {
  it('finds the documents to read', () => expect(DOCS.length).toBeGreaterThan(5));
  for (const file of DOCS)
    it(`${file} links only to files and headings that exist`, () =>
      expect(brokenLinks(file)).toEqual([]));
});
