import { getCollection } from 'astro:content';
import { withBase } from '../view/urls.ts';

/** Every page's footer links to the site pages, in their frontmatter's order. */
export async function sitePageLinks(): Promise<{ href: string; label: string }[]> {
  const pages = await getCollection('pages');
  return pages
    .sort((a, b) => a.data.footer.order - b.data.footer.order || a.id.localeCompare(b.id))
    .map((page) => ({ href: withBase(`/${page.id}/`), label: page.data.footer.label }));
}
