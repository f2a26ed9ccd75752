/**
 * The XSLT that turns any of the site's Atom feeds into a page a browser can show: what the feed is, how to follow
 * it, and its latest entries, in the site's style. A browser's own XML view needs inline scripts and styles the
 * security policy forbids; this one is a file of the site's own, and its page uses only the site's stylesheet.
 */

/** What the stylesheet needs from the site: its name, its home page and the feed page's stylesheet (hrefs). */
export interface FeedStyleSite {
  title: string;
  home: string;
  css: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// "2026-03-27T00:00:00.000Z" as "27 March 2026", the site's date form, in XSLT 1.0 (no date functions).
const DATE_TEMPLATE = `  <xsl:template name="date">
    <xsl:param name="iso"/>
    <xsl:value-of select="number(substring($iso, 9, 2))"/>
    <xsl:text> </xsl:text>
    <xsl:variable name="m" select="number(substring($iso, 6, 2))"/>
    <xsl:choose>
${MONTHS.map((name, i) => `      <xsl:when test="$m = ${i + 1}">${name}</xsl:when>`).join('\n')}
    </xsl:choose>
    <xsl:text> </xsl:text>
    <xsl:value-of select="substring($iso, 1, 4)"/>
  </xsl:template>`;

/** How many of a feed's entries its page lists: the newest, as a reader deciding whether to follow it needs. */
export const FEED_PAGE_ENTRIES = 20;

/** The XSLT 1.0 stylesheet every feed names in its `<?xml-stylesheet?>`. */
export function feedStylesheet(site: FeedStyleSite): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="atom:title"/> (feed)</title>
        <link rel="stylesheet" href="${escape(site.css)}"/>
      </head>
      <body>
        <header class="site-header"><div><a class="brand" href="${escape(site.home)}">${escape(site.title)}</a></div></header>
        <main class="page">
          <p><span class="badge">Feed</span></p>
          <h1><xsl:value-of select="atom:title"/></h1>
          <p class="lead"><xsl:value-of select="atom:subtitle"/></p>
          <section class="panel" aria-labelledby="follow">
            <h2 id="follow">How to follow it</h2>
            <p>This page is a feed: a feed reader (such as NetNewsWire, Feedly, Inoreader or Thunderbird) checks it and shows you each new entry, with no account here and no e-mail. Paste this address into your reader:</p>
            <p><code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
          </section>
          <p><a href="{atom:link[@rel='alternate']/@href}">Read them on the site instead →</a></p>
          <h2 id="latest">Latest entries</h2>
          <xsl:if test="not(atom:entry)"><p>Nothing here yet: follow it, and the first entry will reach you.</p></xsl:if>
          <ul class="entries">
            <xsl:for-each select="atom:entry[position() &lt;= ${FEED_PAGE_ENTRIES}]">
              <li class="card">
                <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
                <p><xsl:value-of select="atom:summary"/></p>
                <p class="meta">
                  <xsl:for-each select="atom:author"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="atom:name"/></xsl:for-each>
                  <xsl:text> · </xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="iso" select="(atom:published | atom:updated)[1]"/></xsl:call-template>
                </p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
${DATE_TEMPLATE}
</xsl:stylesheet>
`;
}
