import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { BodyLink } from '../types.ts';

/** Every link, link definition and image of a body, in document order; `bodyLine` is the file line the body starts on. */
export function linksIn(tree: Root, bodyLine: number): BodyLink[] {
  const links: BodyLink[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
    links.push({
      url: node.url,
      ...(node.type === 'image' && { image: true as const }),
      line: (node.position?.start.line ?? 1) + bodyLine - 1,
      column: node.position?.start.column ?? 1,
    });
  });
  return links;
}
