import type { Element, Root as HastRoot } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkRehype from 'remark-rehype';
import remarkSmartPunctuation from './smart-punctuation.ts';
import { unified, type Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { isAuthorComponent } from '../components/author/allowlist.ts';
import { renderers, type Props } from '../components/author/hast-renderers.ts';
import { headingAnchors, headingIds, remarkPlugins } from './index.ts';
import rehypePageIds from './page-ids.ts';

/** A heading of a rendered body, as Astro's content store keeps it for an entry's outline. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A body rendered once, kept in the content store: its HTML and its headings. */
export interface RenderedBody {
  html: string;
  headings: Heading[];
}

// Where an author component stands between the remark and rehype phases: its name and literal props.
const COMPONENT_TAG = 'ls-component';

// Author components become placeholder elements, so their Markdown children are rendered like the rest of the body;
// `{/* comments */}`, the only expressions the allowlist admits, are dropped.
const remarkComponentPlaceholders: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node, index, parent) => {
    if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      parent &&
      index !== undefined
    ) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const props: Record<string, string> = {};
    for (const attribute of element.attributes)
      if (attribute.type === 'mdxJsxAttribute')
        props[attribute.name] = typeof attribute.value === 'string' ? attribute.value : '';
    element.data = {
      ...element.data,
      hName: COMPONENT_TAG,
      hProperties: { name: element.name ?? '', props: JSON.stringify(props) },
    };
    return undefined;
  });
};

// After heading ids and anchors, so headings a component draws (FourQuestions) stay out of the outline, as they always were.
const rehypeComponents: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== COMPONENT_TAG || !parent || index === undefined) return;
    const name = String(node.properties['name']);
    if (!isAuthorComponent(name)) throw new Error(`\`<${name}>\` is not an author component`);
    const props = JSON.parse(String(node.properties['props'])) as Props;
    parent.children[index] = renderers[name](props, node.children);
    return [SKIP, index];
  });
};

// Every heading with its id, read before the anchors add their "#".
const rehypeCollectHeadings: Plugin<[], HastRoot> = () => (tree, file) => {
  const headings: Heading[] = [];
  visit(tree, 'element', (node: Element) => {
    const depth = headingRank(node);
    if (depth && typeof node.properties['id'] === 'string')
      headings.push({ depth, slug: node.properties['id'], text: toString(node) });
  });
  file.data['headings'] = headings;
};

const transforms = unified()
  .use(remarkPlugins)
  .use(remarkSmartPunctuation)
  .use(remarkComponentPlaceholders)
  .use(remarkRehype)
  .use([headingIds])
  .use(rehypePageIds)
  .use(rehypeCollectHeadings)
  .use([headingAnchors])
  .use(rehypeComponents);

/**
 * Renders a parsed body to HTML: the one place an entry's Markdown becomes a page's markup.
 * It mutates `tree`, so it runs after every rule that reads it. `path` names the file in errors.
 */
export function renderBody(tree: Root, path: string): RenderedBody {
  const file = new VFile({ path });
  const hast = transforms.runSync(tree, file) as HastRoot;
  return { html: toHtml(hast), headings: file.data['headings'] as Heading[] };
}
