import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx);

/** The MDX body as a syntax tree, or the place and reason it does not parse. */
export function parseBody(body: string): { tree: Root } | { error: { line: number; column: number; message: string } } {
  try {
    return { tree: parser.parse(body) };
  } catch (cause) {
    const error = cause as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string; message: string };
    const place = error.place && 'start' in error.place ? error.place.start : error.place;
    return { error: { line: place?.line ?? error.line ?? 1, column: place?.column ?? error.column ?? 1, message: error.reason ?? error.message } };
  }
}
