import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkRehype from 'remark-rehype';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitAtReferences } from '../../src/components/author/hast-renderers.ts';
import { parseBody } from '../../src/markdown/parse.ts';
import { renderBody } from '../../src/markdown/render.ts';
import remarkSmartPunctuation, { curlQuotes } from '../../src/markdown/smart-punctuation.ts';
import { ROOT } from '../helpers/build.ts';

// A folder per case: input.mdx, and the stored HTML and headings it renders to. UPDATE_FIXTURES=1 writes them anew.
const CASES = join(ROOT, 'tests/fixtures/render');

const render = (body: string) => {
  const parsed = parseBody(body);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return renderBody(parsed.tree, 'entry.mdx');
};

describe('entry bodies rendered for the content store', () => {
  for (const name of readdirSync(CASES).sort()) {
    it(`renders ${name} as its fixture says`, () => {
      const { html, headings } = render(readFileSync(join(CASES, name, 'input.mdx'), 'utf8'));
      const actual = `${html}\n\n<!-- headings -->\n${JSON.stringify(headings, null, 2)}\n`;
      const expectedFile = join(CASES, name, 'output.html');
      if (process.env['UPDATE_FIXTURES'] || !existsSync(expectedFile))
        writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  it('refuses to render a body that would run code, whether or not the check ran first', () => {
    expect(() => render('## Context\n\n<script>alert(1)</script>\n')).toThrow(/<script>/);
    expect(() => render('## Context\n\n{process.exit(1)}\n')).toThrow(/curly-brace expressions/);
  });

  it('keeps the entries a body names as placeholders, cut out for the page to fill with their current data', () => {
    const { html } = render(
      'Before.\n\n<PatternRef slug="pre-mortem" />\n\nAfter <TrapRef slug="hindsight-bias" /> and <ActionTable lesson="a-lesson" />.',
    );
    expect(splitAtReferences(html)).toEqual([
      '<p>Before.</p>\n',
      { collection: 'patterns', id: 'pre-mortem' },
      '\n<p>After ',
      { collection: 'traps', id: 'hindsight-bias' },
      ' and ',
      { collection: 'lessons', id: 'a-lesson' },
      '.</p>',
    ]);
  });
});

describe('smart punctuation', () => {
  // The library's own bodies and the bench's synthetic ones: quotes around links and emphasis, dashes, ellipses.
  const bodies = [
    ...readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.mdx'))
      .map((path) =>
        readFileSync(join(ROOT, 'content', path), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
      ),
    "He said \"it's *done*\" -- then... nothing. ``Old style'' quotes, a [linked \"word\"](/x/) and 'single' ones.",
    '## "Quoted heading"\n\n| "a" | it\'s |\n| --- | --- |\n| x -- y | z... |\n',
    // Quotes curled without a parse when every quote of a body is one whose reading no tokenisation changes.
    "'s at the start",
    "Ends here. 's as a sentence's start",
    'the teams\' plans "worked." Then "why" she asked, "no" (\'bracketed\') ["square"] rock\'n\'roll',
    // And beside them, quotes that need the parse: nested, decades, after punctuation, runs of one mark.
    '"\'Nested\' quotes," the \'80s, e.g."x", "" \'\' "s x',
  ];

  it('prints exactly what remark-smartypants prints, on every body of the library', () => {
    const withLibrary = (body: string) => {
      const parsed = parseBody(body);
      if ('error' in parsed) throw new Error(parsed.error.message);
      return toHtml(
        unified().use(remarkSmartypants).use(remarkRehype).runSync(parsed.tree) as HastRoot,
      );
    };
    const ours = (body: string) => {
      const parsed = parseBody(body);
      if ('error' in parsed) throw new Error(parsed.error.message);
      return toHtml(
        unified().use(remarkSmartPunctuation).use(remarkRehype).runSync(parsed.tree) as HastRoot,
      );
    };
    expect(bodies.length).toBeGreaterThan(40);
    for (const body of bodies) expect(ours(body)).toBe(withLibrary(body));
  });

  it('curls quotes as a retext parse would, on random text made of what surrounds quotes', () => {
    const retextQuotes = retext().use(retextSmartypants, {
      ellipses: false,
      dashes: false,
      backticks: false,
    });
    const parse = (text: string) => retextQuotes.processSync(text).toString();
    // Letters (a lone s, an accent), digits, spaces, brackets, terminal and inner-word marks, curly and straight quotes.
    const pieces = [
      'a',
      's',
      'S',
      'é',
      'x',
      '80s',
      '1',
      ' ',
      ' ',
      '\n',
      '.',
      ',',
      '?',
      ':',
      '(',
      ')',
      '[',
      '-',
      '&',
      '’',
      '“',
      '_',
      '"',
      '"',
      "'",
      "'",
      '\u0301',
      '\u00a0',
      'e.g.',
    ];
    let seed = 28;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let length = 1 + Math.floor(next() * 16); length > 0; length--)
        text += pieces[Math.floor(next() * pieces.length)];
      expect(curlQuotes(text, parse), JSON.stringify(text)).toBe(parse(text));
    }
  });
});
