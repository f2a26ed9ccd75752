import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import type { Pluggable, PluggableList } from 'unified';
import remarkMdxAllowlist from './remark-mdx-allowlist.ts';

/** The remark plugins every entry body goes through (site and tests alike): first, refuse unsafe MDX. */
export const remarkPlugins: PluggableList = [remarkMdxAllowlist];

/** Heading ids, from the same slugger GitHub uses: an entry's anchors, which people link to. */
export const headingIds: Pluggable = rehypeSlug;

/** A visible "#" link after each heading with an id. */
export const headingAnchors: Pluggable = [
  rehypeAutolinkHeadings,
  {
    behavior: 'append',
    properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
    content: { type: 'text', value: '#' },
  } satisfies AutolinkOptions,
];
