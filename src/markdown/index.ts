import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkMdxAllowlist from './remark-mdx-allowlist.ts';

/** The remark plugins every entry body goes through (site and tests alike): first, refuse unsafe MDX. */
export const remarkPlugins: RemarkPlugins = [remarkMdxAllowlist];

/** The rehype plugins every entry body goes through: heading ids, then a visible anchor link. */
export const rehypePlugins: RehypePlugins = [
  rehypeSlug,
  [
    rehypeAutolinkHeadings,
    {
      behavior: 'append',
      properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
      content: { type: 'text', value: '#' },
    },
  ],
];
