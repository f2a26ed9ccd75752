import { withoutControls } from '../markdown/plain-text.ts';
/** One entry of an Atom feed. */
export interface FeedEntry {
  /** Absolute URL of the page: also the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  updated: Date;
  published?: Date | undefined;
  authors: string[];
}

/** What a feed says about itself. */
export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  page: string;
  /** The licence of the entries' text, as Atom's `<rights>`. */
  rights: string;
  /** The licence's own URL. */
  licenseUrl: string;
  /** The href of the XSLT a browser shows the feed with (feed readers ignore it). */
  stylesheet?: string | undefined;
  entries: FeedEntry[];
}

const escape = (text: string) =>
  withoutControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** An Atom 1.0 document (RFC 4287); the feed is as new as its newest entry, so rebuilds do not change it. */
export function atomFeed(feed: Feed): string {
  const newest = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escape(e.url)}</id>
    <title>${escape(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>
    <updated>${e.updated.toISOString()}</updated>${e.published ? `\n    <published>${e.published.toISOString()}</published>` : ''}
${e.authors.map((name) => `    <author><name>${escape(name)}</name></author>`).join('\n')}
    <summary>${escape(e.summary)}</summary>
  </entry>`,
  );
  const style = feed.stylesheet
    ? `<?xml-stylesheet type="text/xsl" href="${escape(feed.stylesheet)}"?>\n`
    : '';
  return `<?xml version="1.0" encoding="utf-8"?>
${style}<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escape(feed.self)}</id>
  <title>${escape(feed.title)}</title>
  <subtitle>${escape(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escape(feed.page)}"/>
  <link rel="license" href="${escape(feed.licenseUrl)}"/>
  <rights>${escape(feed.rights)}</rights>
  <updated>${newest.toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
}
