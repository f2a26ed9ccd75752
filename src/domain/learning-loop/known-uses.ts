import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * How many known uses a pattern documents: the items of the list under
 * `## Known uses`, or else its paragraphs that open with a bold name.
 */
export function countKnownUses(tree: Root): number {
  const start = tree.children.findIndex(
    (n) => n.type === 'heading' && n.depth === 2 && toString(n).trim() === 'Known uses',
  );
  if (start < 0) return 0;
  const section: RootContent[] = [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= 2) break;
    section.push(node);
  }
  const items = section.flatMap((n) => (n.type === 'list' ? n.children : []));
  if (items.length) return items.length;
  return section.filter((n) => n.type === 'paragraph' && n.children[0]?.type === 'strong').length;
}
