import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { withoutControls } from '../../src/markdown/plain-text.ts';
import { atomFeed } from '../../src/view/atom.ts';

// Every control character, the separators, noncharacters, a lone surrogate, bidi controls and Unicode tags.
const HOSTILE = `A\u0000B\u0001\u0008\u000B\u000C\u000E\u001B\u007F\u0085\u009F\u2028\u2029\uFFFE\uFFFF\uD800\u202E\u{E0041}C\t\nD`;
// XML 1.0's Char production: what a well-formed document may hold at all.
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('text written into a feed or /library.json', () => {
  it('keeps letters, tabs and line breaks and drops every control and hidden character', () => {
    expect(withoutControls(HOSTILE)).toBe('ABC\t\nD');
    expect(withoutControls('Ünïcödé 👍🏽 ❤️ 🏴󠁧󠁢󠁥󠁮󠁧󠁿')).toBe('Ünïcödé 👍🏽 ❤️ 🏴');
  });

  it('makes a feed whose fields carry control characters well-formed XML that reads back without them', () => {
    const xml = atomFeed({
      self: `https://example.org/feed.xml${HOSTILE}`,
      page: 'https://example.org/',
      title: `Feed ${HOSTILE}`,
      subtitle: HOSTILE,
      licenseUrl: 'https://example.org/licence',
      rights: HOSTILE,
      entries: [
        {
          url: 'https://example.org/lessons/x/',
          title: `</title><script>${HOSTILE}`,
          summary: HOSTILE,
          updated: new Date('2026-01-01'),
          authors: [HOSTILE],
        },
      ],
    });
    expect(xml).toMatch(XML_CHARS);
    // The parser refuses a document that is not well-formed.
    new XMLParser().parse(xml, true);
    const feed = new XMLParser().parse(xml) as { feed: { entry: { title: string } } };
    expect(feed.feed.entry.title).toBe('</title><script>ABC\t\nD');
  });
});
