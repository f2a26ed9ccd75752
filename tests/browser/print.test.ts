import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { addExtraLessons, addExtraPatterns, copyLibrary } from '../helpers/content.ts';
import { ROOT } from '../helpers/build.ts';
import { openPage, siteForTests } from './browser.ts';

// Published under a base path, as a GitHub Pages project site: the printed address must carry it.
const SITE_URL = 'https://example.org/library/';
const BASE = '/library/';
const DATE =
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

const served = siteForTests(
  () => {
    const content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
    // More than any list shows, so the portfolio's worst case is printed: ana-lopez gets the lessons, ben-okoro the patterns.
    addExtraLessons(content, 20);
    addExtraPatterns(content, 20);
    // A link in a lesson's body, whose address paper should show.
    appendFileSync(
      join(content, 'lessons/lesson-two.mdx'),
      '\n\nWe later read [the alpha pattern](/patterns/alpha-pattern/) again.\n',
    );
    // Lessons and traps whose text ends at every point of a sheet, so one of each ends just past a page break.
    addLongEntries(content);
    return content;
  },
  { siteUrl: SITE_URL, base: BASE },
);

/** A page printed to A4 as a reader's "Save as PDF" would: its page count and its text, spaces dropped (PDF text runs break anywhere). */
async function print(path: string): Promise<{ pages: number; text: string; compact: string }> {
  const { page, problems, close } = await openPage(served.browser);
  try {
    await page.goto(`${served.server.url}${BASE}${path.replace(/^\//, '')}`);
    const pdf = await page.pdf({ format: 'A4' });
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
      mergePages: true,
    });
    expect(problems).toEqual([]);
    return { pages: totalPages, text, compact: text.replace(/\s+/g, '') };
  } finally {
    await close();
  }
}

const compact = (text: string) => text.replace(/\s+/g, '');

// A paragraph of about four printed lines; LONG_SIZES of them make bodies from under one sheet to past two.
const PARAGRAPH =
  'The group read the release notes again on the following morning and agreed to keep the checklist short, so that the next review could start from the same facts. Each step was written as something a newcomer could do without asking, and each was tried once on a quiet day before it was trusted. ';
const LONG_SIZES = [9, 10, 11, 12, 13, 14, 15, 16];

function addLongEntries(contentDir: string): void {
  for (const [kind, from] of [
    ['lessons', 'lesson-one'],
    ['traps', 'first-trap'],
  ] as const) {
    const source = readFileSync(join(contentDir, `${kind}/${from}.mdx`), 'utf8');
    for (const size of LONG_SIZES) {
      const body = Array.from({ length: size }, () => PARAGRAPH).join('\n\n');
      const text = source.replace(/^title: .*$/m, `title: Long ${kind} ${size}`) + `\n${body}\n`;
      writeFileSync(join(contentDir, `${kind}/long-${kind}-${size}.mdx`), text);
    }
  }
}

/** Each printed A4 sheet's text, for a page whose last sheet must not be near-empty. */
async function sheets(path: string): Promise<string[]> {
  const { page, close } = await openPage(served.browser);
  try {
    await page.goto(`${served.server.url}${BASE}${path.replace(/^\//, '')}`);
    const pdf = await page.pdf({ format: 'A4' });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)));
    return text;
  } finally {
    await close();
  }
}

describe('printing', () => {
  for (const author of ['ana-lopez', 'ben-okoro']) {
    it(`prints ${author}'s portfolio on one A4 page with the site's name, the page's address and a date`, async () => {
      const printed = await print(`/authors/${author}/`);
      expect(printed.pages).toBe(1);
      expect(printed.compact).toContain(compact(site.title));
      expect(printed.compact).toContain(`${SITE_URL}authors/${author}/`);
      expect(printed.text).toMatch(DATE);
      // The strip prints; controls do not.
      expect(printed.text).toMatch(/actions? carried through/);
      expect(printed.text).not.toMatch(/Copy link|Cite this/);
    });
  }

  it('prints no heading for a kind the author has written none of', async () => {
    // ben-okoro analysed no event: neither the strip nor a heading mentions events.
    const printed = await print('/authors/ben-okoro/');
    expect(printed.compact).toContain('Patternsauthored');
    expect(printed.compact).not.toMatch(/eventsanalysed|Eventsanalysed|Noeventsyet/);
  });

  it("prints a lesson without the navigation, search or buttons, with its source and its links' addresses", async () => {
    const printed = await print('/lessons/lesson-two/');
    expect(printed.compact).toContain(compact(site.title));
    expect(printed.compact).toContain(`${SITE_URL}lessons/lesson-two/`);
    expect(printed.text).toMatch(DATE);
    expect(printed.compact).toContain(`${SITE_URL}patterns/alpha-pattern/`);
    expect(printed.text).not.toMatch(
      /Skip to content|Search the library|Decision traps\s+Lessons\s+Events|Copy|Dark theme/,
    );
  });

  it("prints an entry's text at the sheet's width, not in the screen's reading column", async () => {
    const { page, close } = await openPage(served.browser);
    try {
      for (const path of ['lessons/long-lessons-12/', 'traps/long-traps-12/']) {
        await page.goto(`${served.server.url}${BASE}${path}`);
        await page.emulateMedia({ media: 'print' });
        const [prose, main] = await page.evaluate(() =>
          ['.entry__main .prose:last-of-type', 'main'].map(
            (selector) => document.querySelector(selector)!.getBoundingClientRect().width,
          ),
        );
        expect(prose, path).toBeGreaterThan((main ?? 0) * 0.95);
      }
    } finally {
      await close();
    }
  });

  for (const kind of ['lessons', 'traps']) {
    it(`prints ${kind} of every length without a near-empty last sheet`, async () => {
      for (const size of LONG_SIZES) {
        const printed = await sheets(`/${kind}/long-${kind}-${size}/`);
        const last = printed.at(-1) ?? '';
        // Three lines of the entry's own text at least: never the tags or the source line alone.
        expect(
          compact(last).length,
          `${kind} with ${size} paragraphs on ${printed.length} sheets`,
        ).toBeGreaterThan(200);
        expect(last).not.toContain(site.title);
      }
    });
  }
});
