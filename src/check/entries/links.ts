import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { BodyLink } from '../types.ts';

/** Every link and link definition of a body, in document order; `bodyLine` is the file line the body starts on. */
export function linksIn(tree: Root, bodyLine: number): BodyLink[] {
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    links.push({
      url: node.url,
      line: (node.position?.start.line ?? 1) + bodyLine - 1,
      column: node.position?.start.column ?? 1,
    });
  });
  return links;
}
