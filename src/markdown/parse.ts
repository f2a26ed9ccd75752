import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

// The syntax an entry body is written in: MDX with GitHub's tables, strikethrough and autolinks.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** How deep a body's syntax tree may nest: deeper trees overflow the stack of every tree walker after the parse. */
const MAX_DEPTH = 64;

const tooDeepMessage = `the body nests more than ${MAX_DEPTH} levels deep from here (quotes, lists or components inside each other): flatten it`;
const DEEP_QUOTE = new RegExp(`^(?:[ \\t]*>){${MAX_DEPTH + 1}}`, 'm');

const lineColumnAt = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
};

/** Where a body cannot be read, and why. */
export interface ParseError {
  line: number;
  column: number;
  message: string;
}

/**
 * The MDX body as a syntax tree, or the place and reason it does not parse. The content
 * check and the renderer both start from this one parse, so they read the same document.
 */
export function parseBody(body: string): { tree: Root } | { error: ParseError } {
  // The parser recurses per level of block quote: a line of thousands of `>` overflows it before any check could run.
  const quotes = DEEP_QUOTE.exec(body);
  if (quotes) return { error: { ...lineColumnAt(body, quotes.index), message: tooDeepMessage } };
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (cause) {
    if (cause instanceof RangeError)
      return { error: { line: 1, column: 1, message: tooDeepMessage } };
    const error = cause as {
      line?: number;
      column?: number;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
      reason?: string;
      message: string;
    };
    const place = error.place && 'start' in error.place ? error.place.start : error.place;
    return {
      error: {
        line: place?.line ?? error.line ?? 1,
        column: place?.column ?? error.column ?? 1,
        message: error.reason ?? error.message,
      },
    };
  }
  const deep = tooDeep(tree);
  if (deep) return { error: deep };
  unravel(tree);
  return { tree };
}

// As @mdx-js/mdx reads a body (its remark-mark-and-unravel, which it does not export): a paragraph
// holding nothing but components and whitespace is those components, standing as blocks.
function unravel(tree: Root): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const blank = (child: PhrasingContent) => child.type === 'text' && child.value.trim() === '';
    const jsx = (child: PhrasingContent) =>
      child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression';
    if (!node.children.some(jsx) || !node.children.every((child) => jsx(child) || blank(child)))
      return;
    const blocks = node.children.filter(jsx).map(
      (child) =>
        ({
          ...child,
          type: child.type === 'mdxJsxTextElement' ? 'mdxJsxFlowElement' : 'mdxFlowExpression',
        }) as RootContent,
    );
    parent.children.splice(index, 1, ...(blocks as typeof parent.children));
    return index;
  });
}

// Walks without recursion, so the walk itself cannot overflow on the tree it guards against. A finding is placed
// where the too-deep block starts (its outermost node), which is where the contributor must flatten it.
function tooDeep(tree: Root): ParseError | undefined {
  type Walked = {
    children?: unknown[];
    position?: { start: { line: number; column: number } } | undefined;
  };
  const stack: [node: Walked, depth: number, outermost: Walked | undefined][] = [
    [tree, 0, undefined],
  ];
  while (stack.length) {
    const [node, depth, outermost] = stack.pop() as (typeof stack)[number];
    if (depth > MAX_DEPTH) {
      const at = outermost?.position?.start ?? node.position?.start ?? { line: 1, column: 1 };
      return { ...at, message: tooDeepMessage };
    }
    for (const child of node.children ?? [])
      stack.push([child as Walked, depth + 1, outermost ?? (child as Walked)]);
  }
  return undefined;
}
