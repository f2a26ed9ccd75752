// The pages that look across the library (the tags index, the map, "what is happening", a month's release) from
// their builders, on a library built in memory: what a reader reads on them, without a build.
import { describe, expect, it } from 'vitest';
import { digestIndexPage, digestPage, digestPaths } from '../../src/page-data/digest.ts';
import { mapPage, whatIsHappeningPage } from '../../src/page-data/map.ts';
import { tagsIndexPage } from '../../src/page-data/tag.ts';
import type { DigestProps } from '../../src/page-data/types.ts';
import {
  author,
  day,
  inputsFrom,
  lesson,
  pattern,
  tag,
  trap,
  type EntrySource,
} from '../helpers/library.ts';

const LIBRARY: EntrySource[] = [
  author('ana', 'Ana López'),
  tag('retro', 'Retrospectives'),
  {
    ...tag('billing', 'Billing'),
    frontmatter: { ...tag('billing', 'Billing').frontmatter, dimension: 'system' },
  },
  tag('unused', 'Unused'),
  pattern('pre-mortem', 'Pre-Mortem'),
  pattern('cooling-off', 'Cooling-Off Window'),
  trap('sunk-cost', 'Sunk-Cost Escalation', {
    counter_moves: ['pre-mortem'],
    shows_up_in: ['decisions'],
  }),
  trap('silent-dissent', 'Silent Dissent', {
    kind: 'collaboration-breakdown',
    counter_moves: ['cooling-off', 'pre-mortem'],
    shows_up_in: ['reviews'],
  }),
  trap('no-place', 'Trap Without a Place', { counter_moves: ['cooling-off'] }),
  lesson('kept-funding', 'We Kept Funding It', {
    traps: ['sunk-cost'],
    patterns: ['pre-mortem'],
    tags: ['retro', 'billing'],
    published: '2026-03-04',
  }),
  lesson('quiet-room', 'The Quiet Room', {
    traps: ['silent-dissent'],
    patterns: ['cooling-off'],
    published: '2026-04-10',
  }),
];

const inputs = () => inputsFrom(LIBRARY, day('2026-05-01'));

describe('the tags index', () => {
  it("lists the guide's dimensions before the topics, each tag with how many entries carry it", async () => {
    const { groups } = tagsIndexPage(await inputs());
    expect(
      groups.map((g) => [g.label, g.tags.map(({ tag, count }) => `${tag.data.label} ${count}`)]),
    ).toEqual([
      ['System', ['Billing 1']],
      ['Topic', ['Retrospectives 7', 'Unused 0']],
    ]);
  });
});

describe('the map of the library', () => {
  it('shows each trap under its kind with the patterns that counter it and the lessons behind each link', async () => {
    const { kinds } = mapPage(await inputs());
    expect(kinds.map((k) => k.label)).toEqual(['Cognitive bias', 'Collaboration breakdown']);
    const silent = kinds[1]!.rows[0]!;
    expect(silent.trap).toEqual({ href: '/traps/silent-dissent/', title: 'Silent Dissent' });
    expect(silent.lessons).toBe(1);
    expect(silent.counters.map((c) => `${c.title} ${c.lessons}`)).toEqual([
      'Cooling-Off Window 1',
      'Pre-Mortem 0',
    ]);
  });
});

describe('what is happening', () => {
  it('groups warning signs by where they show up, each leading to its trap, its counters and the lessons that lived it', async () => {
    const { groups } = whatIsHappeningPage(await inputs());
    const labels = groups.map((g) => g.label);
    expect(labels).toContain('Elsewhere');
    const reviews = groups.find((g) => g.anchor === 'reviews')!;
    const [silent] = reviews.traps;
    expect(silent).toMatchObject({
      title: 'Silent Dissent',
      href: '/traps/silent-dissent/',
      kind: 'collaboration breakdown',
      lessons: [{ href: '/lessons/quiet-room/', title: 'The Quiet Room' }],
    });
    expect(silent!.warningSigns.length).toBe(2);
    expect(silent!.counters.map((c) => c.title)).toEqual(['Cooling-Off Window', 'Pre-Mortem']);
    expect(groups.find((g) => g.anchor === 'elsewhere')!.traps.map((t) => t.title)).toEqual([
      'Trap Without a Place',
    ]);
  });
});

describe("a month's learning release", () => {
  it("links each month to the releases before and after it and names the month's new lessons and traps", async () => {
    const all = await inputs();
    const paths = digestPaths(all) as { params: { month: string }; props: DigestProps }[];
    const march = paths.find((p) => p.params.month === '2026-03')!;
    const april = paths.find((p) => p.params.month === '2026-04')!;
    expect(march.props.next).toBe('2026-04');
    expect(april.props.previous).toBe('2026-03');
    const page = digestPage(all, march.props);
    expect(page.title).toBe('Learning release, March 2026');
    expect(page.newLessons.map((card) => card.title)).toEqual(['We Kept Funding It']);
    expect(page.traps['sunk-cost']).toBe('Sunk-Cost Escalation');
  });

  it('lists the releases newest first, each linked to its page with a line of its figures', async () => {
    const { releases } = digestIndexPage(await inputs());
    expect(releases.map((r) => r.label)).toEqual(['April 2026', 'March 2026']);
    expect(releases[1]).toMatchObject({ href: '/digest/2026-03/' });
    expect(releases[1]!.figures).toMatch(/^1 new lesson · \d+ actions? completed · /);
  });
});
