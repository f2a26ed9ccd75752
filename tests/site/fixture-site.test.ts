import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATTERN_SECTIONS } from '../../src/schemas/pattern.ts';
import { TRAP_KINDS } from '../../src/schemas/vocabulary.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { readFrontmatter } from '../helpers/content.ts';
import { allPages, cardTargets, page, section } from '../helpers/html.ts';
import { itHasNoW3cErrors } from '../helpers/w3c.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
let build: BuildResult;

beforeAll(() => {
  build = buildSite(FIXTURE);
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('pattern pages', () => {
  it('render the seven pattern sections in order, each with an id to link to', () => {
    const html = page(build.outDir, '/patterns/alpha-pattern/');
    const headings = html
      .querySelectorAll('.prose h2')
      .map((h) => ({ id: h.id, text: h.text.replace('#', '').trim() }));
    expect(headings.map((h) => h.text)).toEqual([...PATTERN_SECTIONS]);
    expect(headings.map((h) => h.id)).toEqual([
      'context',
      'problem',
      'solution',
      'implementation',
      'consequences',
      'known-uses',
      'vitality',
    ]);
  });

  it('show confidence as stars with its meaning for screen readers, and the aliases', () => {
    const html = page(build.outDir, '/patterns/alpha-pattern/');
    const confidence = html.querySelector('.confidence');
    expect(confidence?.querySelector('.stars')?.text).toBe('★★★');
    expect(confidence?.querySelector('.visually-hidden')?.text).toBe('Confidence 3 of 3:');
    expect(confidence?.text).toContain('Established');
    expect(html.text).toContain('Alpha Pattern alias');
  });

  it('list the lessons that cite them, the traps they counter (both directions) and related patterns', () => {
    const html = page(build.outDir, '/patterns/alpha-pattern/');
    expect(cardTargets(section(html, 'Lessons that cite it')).sort()).toEqual([
      '/lessons/lesson-one/',
      '/lessons/lesson-two/',
    ]);
    // first-trap through the pattern's own `counters`, second-trap through that trap's `counter_moves`.
    expect(cardTargets(section(html, 'Traps it counters')).sort()).toEqual([
      '/traps/first-trap/',
      '/traps/second-trap/',
    ]);
    expect(cardTargets(section(html, 'Related patterns'))).toEqual(['/patterns/beta-pattern/']);
  });

  it('show a relation declared by the other pattern', () => {
    const html = page(build.outDir, '/patterns/beta-pattern/');
    expect(cardTargets(section(html, 'Related patterns'))).toEqual(['/patterns/alpha-pattern/']);
  });

  it('say so when nothing links to them', () => {
    const html = page(build.outDir, '/patterns/gamma-pattern/');
    expect(cardTargets(section(html, 'Traps it counters'))).toEqual([]);
    expect(section(html, 'Traps it counters').querySelector('.empty')?.text).toMatch(/No trap/);
  });
});

describe('trap pages', () => {
  it('list warning signs, counter moves from both sides, and the lessons that fell in', () => {
    const html = page(build.outDir, '/traps/first-trap/');
    expect(section(html, 'Watch for').querySelectorAll('li')).toHaveLength(2);
    expect(cardTargets(section(html, 'Counter moves')).sort()).toEqual([
      '/patterns/alpha-pattern/',
      '/patterns/beta-pattern/',
    ]);
    expect(cardTargets(section(html, 'Lessons that fell into it')).sort()).toEqual([
      '/lessons/lesson-one/',
      '/lessons/lesson-three/',
    ]);
    // No fix against first-trap was ever verified: nothing came back.
    expect(html.querySelector('#came-back')).toBeNull();
  });

  it('say when the trap came back after a fix, linking the lesson caught again and the action', () => {
    const html = page(build.outDir, '/traps/second-trap/');
    const cameBack = section(html, 'Came back after a fix');
    // One lesson caught again, after one fix.
    const items = cameBack.querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]?.text.replace(/\s+/g, ' ')).toContain(
      'Lesson Four (published 20 May 2026) came after this fix:',
    );
    expect(items[1]?.text.replace(/\s+/g, ' ')).toBe(
      'Write the checklist for Lesson Two (from Lesson Two, verified done 10 April 2026)',
    );
    expect(cameBack.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/lessons/lesson-four/',
      '/lessons/lesson-two/#action-1',
      '/lessons/lesson-two/',
    ]);
    // The action's anchor exists on the lesson page.
    expect(page(build.outDir, '/lessons/lesson-two/').querySelector('#action-1')?.text).toContain(
      'Write the checklist for Lesson Two.',
    );
    expect(html.querySelectorAll('.outline a').map((a) => a.getAttribute('href'))).toContain(
      '#came-back',
    );
  });
});

describe('lesson pages', () => {
  const html = () => page(build.outDir, '/lessons/lesson-one/');

  it('answer the four questions in order', () => {
    const questions = html()
      .querySelectorAll('.questions h3')
      .map((h) => h.text);
    expect(questions).toEqual([
      'What we intended',
      'What actually happened',
      'The gap',
      'Why: avoidable',
    ]);
    expect(html().querySelector('.questions')?.text).toContain('What we intended in Lesson One');
  });

  it('state the personal lesson as one sentence', () => {
    expect(
      section(html(), 'The personal lesson').querySelector('p')?.text.replace(/\s+/g, ' ').trim(),
    ).toBe(
      'The pattern of rushing past doubts showed me I need to develop the habit of saying doubts aloud; my plan is to open each planning meeting with a round of doubts.',
    );
  });

  it('list actions with an owner role, a date and a way to verify', () => {
    const row = html().querySelectorAll('table tbody tr')[0];
    expect(row?.querySelectorAll('td').map((td) => td.text)).toEqual([
      'Write the checklist for Lesson One.',
      'facilitator',
      '1 April 2026',
      'The next review uses the checklist.',
      'Planned, overdue',
    ]);
  });

  it('put the actions right after the lesson, before the side column, in reading and tab order', () => {
    const h = html();
    // Every element in document order: a phone stacks them so, and Tab follows it.
    const order = h.querySelectorAll('*');
    const at = (selector: string) => {
      const found = h.querySelector(selector);
      if (!found) throw new Error(`no ${selector} on the lesson page`);
      return order.indexOf(found);
    };
    expect(at('#actions')).toBeGreaterThan(at('#personal-lesson'));
    expect(at('table')).toBeLessThan(at('.entry__related'));
    expect(at('table')).toBeLessThan(order.indexOf(section(h, 'Patterns it cites')));
  });

  it('show authors, date, event, cited patterns and traps', () => {
    const h = html();
    expect(h.querySelector('.meta a[rel=author]')?.getAttribute('href')).toBe(
      '/authors/ana-lopez/',
    );
    expect(h.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-01');
    expect(
      h.querySelectorAll('a').some((a) => a.getAttribute('href') === '/events/big-launch/'),
    ).toBe(true);
    expect(cardTargets(section(h, 'Patterns it cites'))).toEqual(['/patterns/alpha-pattern/']);
    expect(cardTargets(section(h, 'Traps it fell into'))).toEqual(['/traps/first-trap/']);
  });

  it('offer the outline at the top of the entry, folded, before its first section', () => {
    const folded = html().querySelector('details.outline--folded');
    expect(folded?.querySelector('summary')?.text).toBe('On this page');
    expect(folded?.hasAttribute('open')).toBe(false);
    // A lesson's short version comes first, before the four questions.
    expect(
      folded
        ?.querySelectorAll('a')
        .map((a) => a.getAttribute('href'))
        .slice(0, 2),
    ).toEqual(['#the-short-version', '#four-questions']);
    const source = html().toString();
    expect(source.indexOf('outline--folded')).toBeLessThan(source.indexOf('id="four-questions"'));
  });
});

describe('a body heading named like a part of the page', () => {
  // lesson-four's body has its own `## Actions`: the page's outline, skip link and action list keep their targets.
  const html = () => page(build.outDir, '/lessons/lesson-four/');

  it('gets an id of its own, so every id on the page is unique', () => {
    const ids = html()
      .querySelectorAll('[id]')
      .map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const bodyHeading = html()
      .querySelectorAll('.prose h2')
      .find((h) => h.text.replace('#', '').trim() === 'Actions');
    expect(bodyHeading?.id).toBe('actions-1');
  });

  it("leaves the page's own links landing on the page's own parts", () => {
    expect(html().querySelector('#actions')?.text.trim()).toBe('Actions');
    expect(html().querySelector('#actions')?.closest('.prose')).toBeNull();
    expect(html().querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(html().querySelector('#main')?.tagName).toBe('MAIN');
    const outline = html()
      .querySelectorAll('details.outline--folded a')
      .map((a) => a.getAttribute('href'));
    expect(outline).toContain('#actions');
    expect(outline).toContain('#actions-1');
  });
});

describe('event pages', () => {
  it('group their lessons by lens and count what came out of them', () => {
    const html = page(build.outDir, '/events/big-launch/');
    expect(cardTargets(section(html, 'User & assumptions'))).toEqual(['/lessons/lesson-one/']);
    expect(cardTargets(section(html, 'Execution & process'))).toEqual(['/lessons/lesson-two/']);
    const patterns = section(html, 'Patterns its lessons cite');
    expect(cardTargets(patterns)).toEqual(['/patterns/alpha-pattern/', '/patterns/beta-pattern/']);
    expect(patterns.text).toContain('cited by 2 lessons of this event');
  });

  it('show their lessons right after the summary, before the full account', () => {
    const headings = page(build.outDir, '/events/big-launch/')
      .querySelectorAll('.entry__main h2')
      .map((h) => h.id);
    expect(headings.slice(0, 2)).toEqual(['in-short', 'lessons']);
    expect(headings.length).toBeGreaterThan(2);
  });
});

describe('author pages', () => {
  it('list exactly what the author wrote, grouped by kind', () => {
    const html = page(build.outDir, '/authors/ana-lopez/');
    expect(cardTargets(section(html, 'Lessons written')).sort()).toEqual([
      '/lessons/lesson-one/',
      '/lessons/lesson-two/',
    ]);
    expect(cardTargets(section(html, 'Patterns authored'))).toEqual(['/patterns/alpha-pattern/']);
    expect(cardTargets(section(html, 'Decision traps authored'))).toEqual(['/traps/first-trap/']);
    expect(cardTargets(section(html, 'Events analysed'))).toEqual(['/events/big-launch/']);
    expect(html.querySelector('a[rel=me]')?.getAttribute('href')).toBe(
      'https://ana-lopez.example.org/',
    );
  });

  it('leave out a kind the author has written none of', () => {
    // ben-okoro analysed no event, cy-park wrote no trap.
    const ben = page(build.outDir, '/authors/ben-okoro/');
    const cy = page(build.outDir, '/authors/cy-park/');
    const headings = (html: typeof ben) =>
      html.querySelectorAll('main h2').map((h) => h.text.replace(/\(\d+\)/, '').trim());
    expect(headings(ben)).toContain('Patterns authored');
    expect(headings(ben)).not.toContain('Events analysed');
    expect(headings(cy)).toContain('Events analysed');
    expect(headings(cy)).not.toContain('Decision traps authored');
    for (const html of [ben, cy]) expect(html.querySelector('main .empty')).toBeNull();
  });
});

describe('author portfolios', () => {
  // The strip's figures as a reader reads them: "2 lessons", "1 action carried through".
  const strip = (id: string) =>
    page(build.outDir, `/authors/${id}/`)
      .querySelectorAll('.record div')
      .map((d) => `${d.querySelector('dd')?.text.trim()} ${d.querySelector('dt')?.text.trim()}`);

  it('count what each author has done, actions only when done and verified', () => {
    // ana-lopez wrote lesson-one (no action done) and lesson-two (one done); cy-park's lesson-four has one done.
    expect(strip('ana-lopez')).toEqual([
      '2 lessons',
      '1 pattern',
      '1 decision trap',
      '1 event analysed',
      '1 action carried through',
    ]);
    // A kind with none is left off: a CV lists what was done.
    expect(strip('ben-okoro')).toEqual([
      '1 lesson',
      '1 pattern',
      '1 decision trap',
      '1 action carried through',
    ]);
    expect(strip('cy-park')).toEqual([
      '2 lessons',
      '1 pattern',
      '1 event analysed',
      '1 action carried through',
    ]);
  });

  it('lead with the lessons the author features, once, and leave their name off their own cards', () => {
    // cy-park features lesson-four; lesson-three is the other lesson they wrote.
    const html = page(build.outDir, '/authors/cy-park/');
    expect(cardTargets(section(html, 'Featured lessons'))).toEqual(['/lessons/lesson-four/']);
    expect(cardTargets(section(html, 'More lessons written'))).toEqual(['/lessons/lesson-three/']);
    const bylines = html.querySelectorAll('main .card__meta').map((m) => m.text);
    expect(bylines.length).toBeGreaterThan(2);
    for (const byline of bylines) expect(byline).not.toContain('Cy Park');
  });

  it("share the portfolio with the author's bio, not only their name and role", () => {
    const html = page(build.outDir, '/authors/cy-park/');
    expect(html.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(
      'Cy Park, Engineering manager. A fictional member of the fixture library, used by the integration tests.',
    );
  });

  it("show the permalink as a link one can select, with a Copy link button the Cite block's script handles", () => {
    const html = page(build.outDir, '/authors/ana-lopez/');
    const canonical = html.querySelector('link[rel=canonical]')?.getAttribute('href');
    const link = html.querySelector('.copy-link a');
    expect(link?.getAttribute('href')).toBe(canonical);
    expect(link?.text).toBe(canonical);
    // The inline script copies the text of the element right after a [data-copy] button.
    const button = html.querySelector('.copy-link [data-copy]');
    expect(button?.text).toMatch(/^Copy link/);
    expect(button?.nextElementSibling).toBe(link);
  });

  it('offer a citation of the portfolio in plain text and BibTeX, with its permalink', () => {
    const html = page(build.outDir, '/authors/ana-lopez/');
    const canonical = html.querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
    const cite = section(html, 'Cite this portfolio');
    const [plain, bib] = cite.querySelectorAll('pre').map((p) => p.text);
    expect(plain).toContain('López, A. (');
    expect(plain).toContain('Ana López: portfolio of lessons');
    expect(plain).toContain(canonical);
    expect(bib).toMatch(/^@misc\{lopez\d{4}analopez,/);
    expect(bib).toContain(`url = {${canonical}}`);
  });

  it("show profile links with an icon and the kind's name, not as tag chips", () => {
    const html = page(build.outDir, '/authors/ana-lopez/');
    const profiles = html.querySelector('[aria-label=Profiles]');
    expect(profiles?.classList.contains('tags')).toBe(false);
    const links = profiles?.querySelectorAll('a[rel=me]') ?? [];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://ana-lopez.example.org/']);
    const icon = links[0]?.querySelector('svg');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(icon?.querySelector('path')?.getAttribute('d')).toBeTruthy();
    expect(links[0]?.querySelector('.profiles__label')?.text).toBe('Website');
  });
});

describe('tag pages', () => {
  it('list every entry carrying the tag and nothing else', () => {
    const frontmatter = readFrontmatter(FIXTURE);
    for (const tag of ['retro', 'metrics']) {
      const expected = [...frontmatter]
        .filter(([, data]) => (data['tags'] as string[]).includes(tag))
        .map(([key]) => `/${key}/`);
      expect(cardTargets(page(build.outDir, `/tags/${tag}/`)).sort()).toEqual(expected.sort());
    }
  });

  it("give an event's card the day it happened and how many lessons came out of it", () => {
    const cards = page(build.outDir, '/tags/retro/').querySelectorAll('.card[data-kind=events]');
    const eyebrow = (title: string) =>
      cards
        .find((card) => card.querySelector('.card__title')?.text === title)
        ?.querySelector('.eyebrow')
        ?.text.replace(/\s+/g, ' ')
        .trim();
    // big-launch (5 January 2026) has lesson-one and lesson-two; small-test (1 February 2026) lesson-three.
    expect(eyebrow('Big Launch')).toBe('Event happened 5 January 2026 · 2 lessons');
    expect(eyebrow('Small Test')).toBe('Event happened 1 February 2026 · 1 lesson');
  });

  it('are grouped on the tags index by dimension: system, root cause, impacted metric, then topics', () => {
    const html = page(build.outDir, '/tags/');
    const groups = html.querySelectorAll('main h2').map((h) => h.text.replace(/\s+/g, ' ').trim());
    expect(groups).toEqual(['System (1)', 'Root cause (1)', 'Impacted metric (1)', 'Topic (3)']);
    expect(
      section(html, 'System')
        .querySelectorAll('dt a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/tags/data-pipeline/']);
    expect(cardTargets(page(build.outDir, '/tags/data-pipeline/'))).toEqual([
      '/lessons/lesson-four/',
    ]);
  });

  it('show an empty state for a tag nobody uses', () => {
    expect(page(build.outDir, '/tags/unused/').querySelector('.empty')?.text).toMatch(
      /No entry carries this tag/,
    );
  });
});

describe('home page', () => {
  it('showcases featured lessons and lists the newest of the others, none of them twice', () => {
    const html = page(build.outDir, '/');
    expect(cardTargets(section(html, 'The Lesson Share showcase'))).toEqual([
      '/lessons/lesson-one/',
    ]);
    // Three others, of which the newest two show: a third card would sit alone on its row (card-rows.ts).
    expect(cardTargets(section(html, 'Newest lessons'))).toEqual([
      '/lessons/lesson-four/',
      '/lessons/lesson-three/',
    ]);
  });

  it('offers searching the library first, in the hero, with no second box in the header', () => {
    const html = page(build.outDir, '/');
    const forms = html.querySelectorAll('form[role=search]');
    expect(forms).toHaveLength(1);
    expect(forms[0]?.closest('.hero')).not.toBeNull();
    expect(forms[0]?.getAttribute('action')).toBe('/search/');
    expect(forms[0]?.querySelector('input[type=search]')?.getAttribute('name')).toBe('q');
    expect(forms[0]?.querySelector('label')?.text).toBe('Search the library');
    expect(forms[0]?.querySelector('p')?.text.replace(/\s+/g, ' ').trim()).toBe(
      'Or browse the patterns, the decision traps or the tags.',
    );
  });

  it('gathers the trap kinds of the catalogue under a Decision traps heading', () => {
    const traps = section(page(build.outDir, '/'), 'Decision traps');
    expect(traps.querySelectorAll('h4').map((h) => h.text.replace(/\(\d+\)/, '').trim())).toEqual(
      Object.values(TRAP_KINDS).map((k) => k.label),
    );
  });
});

describe('the 404 page', () => {
  it('offers a search box and a list for the nearest pages, filled from the sitemap', () => {
    const html = page(build.outDir, '/404.html');
    expect(html.querySelector('form[role=search]')?.getAttribute('action')).toBe('/search/');
    const near = html.querySelector('[data-sitemap]');
    expect(near?.getAttribute('data-sitemap')).toBe('/sitemap.xml');
    // Hidden until the browser has suggestions: without JavaScript there are none to show.
    expect(near?.closest('section')?.hasAttribute('hidden')).toBe(true);
    expect(html.querySelector('.not-found > p:last-child')?.text.replace(/\s+/g, ' ').trim()).toBe(
      'Or browse the patterns, the decision traps, the lessons or the tags, or go back to the home page.',
    );
  });
});

describe('every page', () => {
  it('has exactly one h1, a title and a canonical URL', () => {
    const urls = allPages(build.outDir);
    expect(urls.length).toBeGreaterThanOrEqual(25);
    for (const url of urls) {
      const html = page(build.outDir, url === '/404.html' ? '/404.html' : url);
      expect(html.querySelectorAll('h1'), url).toHaveLength(1);
      expect(html.querySelector('title')?.text, url).toMatch(/Lesson Share/);
    }
  });

  itHasNoW3cErrors(() => build.outDir);
});

describe('the learning loop', () => {
  const lessons = () =>
    [...readFrontmatter(FIXTURE)]
      .filter(([key]) => key.startsWith('lessons/'))
      .map(([, data]) => data);
  const rows = (table: ReturnType<typeof section>) =>
    table
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('th, td').map((td) => td.text.replace(/\s+/g, ' ').trim()));

  it('shows each pattern’s evidence, computed from the lessons that cite it', () => {
    const evidence = section(
      page(build.outDir, '/patterns/alpha-pattern/'),
      'At a glance',
    ).text.replace(/\s+/g, ' ');
    expect(evidence).toContain(
      'Cited by 2 lessons from 1 event, with 2 known uses: 3 independent instances in all.',
    );
  });

  it('shows typed relations from both ends', () => {
    const relation = (url: string) =>
      page(build.outDir, url)
        .querySelectorAll('.relations div')
        .map((d) => `${d.querySelector('dt')?.text} ${d.querySelector('dd')?.text}`);
    expect(relation('/patterns/gamma-pattern/')).toEqual(['Refines Alpha Pattern']);
    expect(relation('/patterns/alpha-pattern/')).toEqual(['Refined by Gamma Pattern']);
  });

  it('shows each action’s follow-through and the revisited notes on the lesson', () => {
    const html = page(build.outDir, '/lessons/lesson-two/');
    expect(
      html.querySelector('td[data-label="Follow-through"]')?.text.replace(/\s+/g, ' ').trim(),
    ).toBe('Done, on time 10 April 2026: verified: the next two reviews used the checklist');
    expect(section(html, 'Revisited').text).toContain(
      'Two months on, the checklist is still in use',
    );
  });

  it('lists actions past their date with no outcome, oldest first, linked to their lessons', () => {
    const html = page(build.outDir, '/follow-ups/');
    const overdue = lessons().flatMap((l) =>
      (l['actions'] as { status?: string; by: string }[]).filter(
        (a) => (a.status ?? 'planned') === 'planned' && new Date(a.by) < new Date(),
      ),
    );
    const actions = section(html, 'Actions past their date');
    expect(actions.querySelectorAll('tbody tr')).toHaveLength(overdue.length);
    expect(actions.querySelectorAll('tbody a').map((a) => a.getAttribute('href'))).toEqual([
      '/lessons/lesson-one/',
      '/lessons/lesson-three/',
    ]);
    // Both were due 1 April 2026: the day count is whole calendar days to the build's day.
    const due = Date.UTC(2026, 3, 1);
    const today = new Date();
    const days = Math.round(
      (Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - due) / 864e5,
    );
    expect(actions.querySelector('td[data-label="Due"]')?.text.replace(/\s+/g, ' ').trim()).toBe(
      `1 April 2026 (${days} days ago)`,
    );
  });

  it('lists lessons past 30 days without a revisit beside the overdue actions, longest waiting first', () => {
    const html = page(build.outDir, '/follow-ups/');
    const waiting = section(html, 'Lessons awaiting a look back');
    // Lesson Two was revisited; the other three were published months before the build.
    expect(waiting.querySelectorAll('tbody a').map((a) => a.getAttribute('href'))).toEqual([
      '/lessons/lesson-one/',
      '/lessons/lesson-three/',
      '/lessons/lesson-four/',
    ]);
    expect(waiting.querySelector('h2')?.text).toContain('(3)');
  });

  it('puts the content’s figures in the health page tables', () => {
    const html = page(build.outDir, '/health/');
    const cited = new Map<string, number>();
    for (const l of lessons())
      for (const p of (l['patterns'] as string[] | undefined) ?? [])
        cited.set(p, (cited.get(p) ?? 0) + 1);
    const citedRows = rows(section(html, 'Most-cited patterns'));
    expect(citedRows.map(([, n]) => Number(n))).toEqual([...cited.values()].sort((a, b) => b - a));
    expect(citedRows[0]).toEqual(['Alpha Pattern', '2']);
    const byKind = rows(section(html, 'Lessons by failure kind'));
    expect(byKind).toEqual([
      ['Avoidable', '2 lessons'],
      ['Inherent', '1 lesson'],
      ['Necessary experiment', '1 lesson'],
    ]);
    // Horizontal bars in a table: every label whole, each value with its unit, each event linked.
    const toLesson = section(html, 'Days from event to first lesson');
    expect(rows(toLesson)).toEqual([
      ['Small Test', '36 days'],
      ['Big Launch', '55 days'],
    ]);
    expect(toLesson.querySelectorAll('tbody th a').map((a) => a.getAttribute('href'))).toEqual([
      '/events/small-test/',
      '/events/big-launch/',
    ]);
    // The monthly chart runs from the first lesson's month to the build's, not to the last lesson's.
    const months = rows(section(html, 'Lessons per month'));
    expect(months[0]).toEqual(['March 2026', '3 lessons']);
    expect(months.at(-1)?.[0]).toBe(
      new Date().toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    );
    // Charts are drawn at build time: the page content ships no script.
    expect(html.querySelectorAll('main script')).toHaveLength(0);
  });

  it('shows the learning KPIs per quarter, with what each figure was counted from', () => {
    const html = page(build.outDir, '/health/');
    const trend = (title: string) => rows(section(html, title)).slice(0, 2);
    // Lesson Four fell into second-trap after Lesson Two's fix; the three Q1 failures came before it.
    expect(trend('Repeat rate')).toEqual([
      ['Q1 2026', '0% 0 of 3 lessons'],
      // One case is an anecdote, not a rate: the figure says so.
      ['Q2 2026', '100% 1 of 1 lesson too few to read as a trend'],
    ]);
    // Lesson Three, the one experiment, wrote its decision rule only after results came in.
    expect(trend('Experiments with a decision rule declared beforehand')).toEqual([
      ['Q1 2026', '0% 0 of 1 experiment too few to read as a trend'],
      ['Q2 2026', 'no data'],
    ]);
    // Big Launch: noticed in 2 days, contained in 2 more; Small Test: noticed in 2 days, never contained.
    expect(trend('Days to detect')).toEqual([
      ['Q1 2026', '2 days median of 2 events too few to read as a trend'],
      ['Q2 2026', 'no data'],
    ]);
    expect(trend('Days to contain')[0]).toEqual([
      'Q1 2026',
      '2 days median of 1 event too few to read as a trend',
    ]);
    // Due on 1 April: Lesson One's and Three's (still planned) and Two's (done 9 days late, within 30);
    // due 1 June: Four's, done within 30 days too.
    expect(trend('Actions done within 30 days of their date')).toEqual([
      ['Q1 2026', 'no data'],
      ['Q2 2026', '50% 2 of 4 actions'],
    ]);
    expect(trend('Days to the first lesson')[0]).toEqual([
      'Q1 2026',
      '45.5 days median of 2 events too few to read as a trend',
    ]);
    // A quarter with no data draws no bar.
    const detect = section(html, 'Days to detect').querySelectorAll('tbody tr');
    expect(detect[0]?.querySelectorAll('rect')).toHaveLength(1);
    expect(detect[1]?.querySelectorAll('rect')).toHaveLength(0);
  });

  it('publishes a monthly release with its new lessons and completed actions, and a feed of releases', () => {
    const html = page(build.outDir, '/digest/2026-03/');
    expect(cardTargets(section(html, 'New lessons')).sort()).toEqual([
      '/lessons/lesson-one/',
      '/lessons/lesson-three/',
      '/lessons/lesson-two/',
    ]);
    const april = page(build.outDir, '/digest/2026-04/');
    expect(section(april, 'Actions completed').text).toContain(
      'verified: the next two reviews used the checklist',
    );
    const feed = readFileSync(join(build.outDir, 'digest/feed.xml'), 'utf8');
    expect(
      parse(feed)
        .querySelectorAll('entry link')
        .map((l) => l.getAttribute('href')),
    ).toEqual(
      ['2026-06', '2026-05', '2026-04', '2026-03'].map(
        (month) => `https://lesson-share.example.org/digest/${month}/`,
      ),
    );
  });

  it('lists the month’s revisits and the traps that came back in its release', () => {
    const may = page(build.outDir, '/digest/2026-05/');
    const revisits = section(may, 'Lessons revisited');
    expect(revisits.querySelector('a')?.getAttribute('href')).toBe(
      '/lessons/lesson-two/#revisited',
    );
    expect(revisits.text).toContain('Two months on, the checklist is still in use and shorter.');
    const back = section(may, 'Traps that came back after a fix');
    expect(back.querySelectorAll('li')).toHaveLength(1);
    expect(back.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/traps/second-trap/#came-back',
      '/lessons/lesson-four/',
      '/lessons/lesson-two/#action-1',
    ]);
    const march = page(build.outDir, '/digest/2026-03/');
    expect(
      section(march, 'Traps that came back after a fix').querySelector('.empty'),
    ).not.toBeNull();
    expect(section(march, 'Lessons revisited').querySelector('.empty')).not.toBeNull();
  });
});

describe('author components in an entry', () => {
  it('render a callout, a timeline and a pattern reference with the pattern’s own title and summary', () => {
    const html = page(build.outDir, '/lessons/lesson-three/');
    expect(html.querySelector('.callout--warning')?.text).toContain(
      'The readout came before the data was checked.',
    );
    const ref = html.querySelector('.prose .entry-ref');
    expect(ref?.querySelector('a')?.getAttribute('href')).toBe('/patterns/gamma-pattern/');
    expect(ref?.text).toContain(
      'The Gamma Pattern pattern, in one sentence for the fixture library.',
    );
    expect(html.querySelectorAll('.timeline li')).toHaveLength(2);
  });
});
