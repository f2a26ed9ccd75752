// remark-smartypants 3.0.3 (MIT, github.com/silvenon/remark-smartypants), with two changes: each of its
// passes, a whole retext parse, runs only on text that has something for it to change. Smart punctuation was
// 87% of rendering a body; the output is the same, byte for byte (tests/unit/render.test.ts).
import type { Node, Parent } from 'unist';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

type Literal = Node & { value: string };

const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);
// A quote at the start of these always opens, so each is joined to the text before it by a space.
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);
// What the second pass can change: ellipses, dashes and double backticks or apostrophes.
const SECOND_PASS = /\.\s?\.|--|``|''/;
// Quotes that no parse can read otherwise, whatever the tokens around them (retext-smartypants's rules): a quote
// closes before a space or the end (“done.” then), or after a letter unless another quote follows (don’t, “no”,);
// it opens after a space, a bracket or the start and before a word, unless that word could be a lone "s", which
// closes at a sentence's start ('s). A run of one quote mark ("") is not a quote to retext, so never matched.
const CLOSING = /(?<=\p{L})["'](?!["'])|(?<!")"(?=[ \t\n]|$)|(?<!')'(?=[ \t\n]|$)/gu;
const OPENING = /(?<=^|[ \t\n([])["'](?=\p{L})(?!s(?!\p{L}))/gu;
const QUOTE = /["']/;

/** The first pass's output: the quotes above curled directly, a retext parse only if other quotes remain. */
export function curlQuotes(text: string, parse: (text: string) => string): string {
  const curled = text
    .replace(CLOSING, (quote) => (quote === '"' ? '”' : '’'))
    .replace(OPENING, (quote) => (quote === '"' ? '“' : '‘'));
  return QUOTE.test(curled) ? parse(text) : curled;
}

const isLiteral = (node: Node): node is Literal =>
  'value' in node && typeof node.value === 'string';
const isBlock = (node: Node) => BLOCK_NODES.has(node.type);
const visited = (node: Node, _index: number | undefined, parent: Parent | undefined) =>
  parent !== undefined &&
  (parent.type !== 'mdxJsxTextElement' ||
    ('name' in parent &&
      typeof parent.name === 'string' &&
      !IGNORED_HTML_ELEMENTS.has(parent.name))) &&
  VISITED_NODES.has(node.type) &&
  (isLiteral(node) || isBlock(node));

/** Curly quotes, dashes and ellipses in an entry's text, as Astro's MDX pipeline printed them. */
const remarkSmartPunctuation: Plugin<[], Node> = () => {
  // Quotes first, over the whole text, so quotes around links and bold text pair up.
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { quotes: false });
  return (tree) => {
    let allText = '';
    const nodes: Node[] = [];
    visit(tree, visited, (node: Node) => {
      if (isLiteral(node))
        allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else allText += ' ';
      nodes.push(node);
    });
    allText = curlQuotes(allText, (text) => quotes.processSync(text).toString());
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        node.value = SECOND_PASS.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
};

export default remarkSmartPunctuation;
