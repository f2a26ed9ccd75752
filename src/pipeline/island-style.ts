/** The style Astro writes before a page's first island, which the HTML standard allows only in the head. */
const ISLAND_STYLE =
  /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

/**
 * Moves Astro's island style from the body into the head, where the W3C checker accepts it (Astro always writes
 * it beside the first island: withastro/astro#10308). A page without islands comes back unchanged.
 */
export function hoistIslandStyle(html: string): string {
  const bodyAt = html.indexOf('<body');
  const match = ISLAND_STYLE.exec(html);
  if (!match || bodyAt < 0 || match.index < bodyAt) return html;
  const style = match[0];
  const withoutStyle = html.slice(0, match.index) + html.slice(match.index + style.length);
  return withoutStyle.replace('</head>', `${style}</head>`);
}
