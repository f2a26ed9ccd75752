import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { PATTERN_SECTIONS } from '../../src/schemas/pattern.ts';
import {
  FAILURE_KINDS,
  FIELDS,
  LENSES,
  LINK_KINDS,
  SIGN_PLACES,
  TRAP_KINDS,
  keysOf,
} from '../../src/schemas/vocabulary.ts';
import { seeded } from './random.ts';
import * as text from './text.ts';

/** The collections a benchmark library is made of, in the order their counts are listed. */

// A profile on the site its kind names (the deceptive-links rule holds a `github` link to github.com), else a site of its own.
const PROFILE_HOSTS: Partial<Record<string, string>> = {
  github: 'https://github.com/',
  gitlab: 'https://gitlab.com/',
  linkedin: 'https://www.linkedin.com/in/',
  bluesky: 'https://bsky.app/profile/',
};
const profileLink = (kind: keyof typeof LINK_KINDS, id: string) => ({
  kind,
  url: PROFILE_HOSTS[kind] ? `${PROFILE_HOSTS[kind]}${id}` : `https://${id}.example.org/`,
});

export const KINDS = ['patterns', 'traps', 'lessons', 'events', 'authors'] as const;
/** One of the benchmark's collections. */
export type Kind = (typeof KINDS)[number];

/** What a synthetic library imitates: how many entries of each kind, and how long their bodies are. */
export interface LibraryProfile {
  /** Entries per collection in the library imitated; only the ratios matter. */
  counts: Record<Kind, number>;
  /** Mean body length in characters, per MDX collection. */
  bodyChars: Record<Exclude<Kind, 'authors'>, number>;
}

/** What to generate. */
export interface GenerateOptions {
  /** Total entries across the five collections. */
  entries: number;
  profile: LibraryProfile;
  /** The tag vocabulary (ids from tags.yaml). */
  tags: readonly string[];
  /** Same seed, same library. */
  seed?: number;
}

/** A generated library: file contents by path relative to the content folder. */
export interface GeneratedLibrary {
  files: Map<string, string>;
  /** Entries per collection. */
  counts: Record<Kind, number>;
}

/**
 * Splits `total` entries across the collections in the profile's proportions
 * (largest remainder, so the counts add up exactly), with at least one of each kind
 * because every entry needs an author and every trap a counter move.
 */
export function apportion(total: number, counts: Record<Kind, number>): Record<Kind, number> {
  const sum = KINDS.reduce((n, kind) => n + counts[kind], 0);
  const exact = KINDS.map((kind) => ({ kind, share: (total * counts[kind]) / sum }));
  const result = Object.fromEntries(
    exact.map(({ kind, share }) => [kind, Math.max(1, Math.floor(share))]),
  ) as Record<Kind, number>;
  let left = total - KINDS.reduce((n, kind) => n + result[kind], 0);
  for (const { kind } of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1))) {
    if (left <= 0) break;
    result[kind]++;
    left--;
  }
  return result;
}

interface Stub {
  id: string;
  title: string;
}

const DAY = 86_400_000;
const START = Date.UTC(2020, 0, 1);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Builds a whole library in memory: every entry valid, every reference resolving. */
export function generateLibrary({
  entries,
  profile,
  tags,
  seed = 7,
}: GenerateOptions): GeneratedLibrary {
  if (tags.length === 0) throw new Error('the tag vocabulary is empty');
  const random = seeded(seed);
  const writer: text.Writer = { random, names: [] };
  const counts = apportion(entries, profile.counts);
  const files = new Map<string, string>();
  // Titles first, so any entry can link to any other by slug and title; each title once, as the check asks.
  const titles = new Set<string>();
  const stubs = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      Array.from({ length: counts[kind] }, (_, i): Stub => {
        let name: string;
        do name = kind === 'authors' ? text.personName(writer) : text.title(writer, kind);
        while (titles.has(name));
        titles.add(name);
        return { id: `${text.slugify(name)}-${i + 1}`, title: name };
      }),
    ]),
  ) as Record<Kind, Stub[]>;
  const pickIds = (kind: Kind, min: number, max: number, exponent?: number) =>
    random
      .distinct(stubs[kind].length, random.int(min, max), exponent)
      .map((i) => stubs[kind][i] as Stub);
  const link = (kind: Kind, stub: Stub): text.InlineLink => ({
    text: stub.title,
    url: `/${kind}/${stub.id}/`,
  });
  const published = () => isoDay(START + random.int(0, 6 * 365) * DAY);
  const common = (stub: Stub) => ({
    title: stub.title,
    summary: text.summarySentence(writer),
    // Prolific authors write much of a real library: a skewed draw gives some authors long portfolios.
    authors: pickIds('authors', 1, 2).map((a) => a.id),
    tags: random.distinct(tags.length, random.int(2, 5), 0.6).map((i) => tags[i] as string),
    published: published(),
    ...(random.chance(0.2)
      ? { updated: isoDay(START + (6 * 365 + random.int(1, 200)) * DAY) }
      : {}),
  });
  const write = (
    kind: Exclude<Kind, 'authors'>,
    stub: Stub,
    data: Record<string, unknown>,
    body: string,
  ) => {
    files.set(
      `${kind}/${stub.id}.mdx`,
      `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`,
    );
  };
  const size = (kind: Exclude<Kind, 'authors'>) =>
    Math.round(profile.bodyChars[kind] * (0.6 + random.next() * 0.8));

  for (const stub of stubs.authors) {
    const data = {
      name: stub.title,
      role: text.jobTitle(random),
      bio: text.bio(random, stub.title),
      links: [profileLink(random.pick(keysOf(LINK_KINDS)), stub.id)],
    };
    files.set(`authors/${stub.id}.yaml`, stringify(data, { lineWidth: 0 }));
  }

  for (const stub of stubs.patterns) {
    const related = pickIds('patterns', 0, 3).filter((p) => p.id !== stub.id);
    const counters = pickIds('traps', 0, 4);
    const data = {
      ...common(stub),
      also_known_as: random.chance(0.5) ? [`${random.pick(writer.names)} practice`] : [],
      confidence: random.int(1, 3),
      draws_on: random
        .distinct(keysOf(FIELDS).length, random.int(1, 3), 0.5)
        .map((i) => keysOf(FIELDS)[i]),
      related: related.map((p) => p.id),
      counters: counters.map((t) => t.id),
    };
    const links = [
      ...related.map((p) => link('patterns', p)),
      ...counters.map((t) => link('traps', t)),
    ];
    const per = size('patterns') / PATTERN_SECTIONS.length;
    // Known uses as a list of three or four: enough instances for any confidence the check's `evidence` rule asks of.
    const section = (name: string, i: number) =>
      name === 'Known uses'
        ? Array.from(
            { length: random.int(3, 4) },
            () => `- **${random.pick(writer.names)}.** ${text.sentence(writer)}`,
          ).join('\n')
        : text.sectionBody(writer, per, i === 1 ? links : []);
    const body = PATTERN_SECTIONS.map((name, i) => `## ${name}\n\n${section(name, i)}`).join(
      '\n\n',
    );
    write('patterns', stub, data, body);
  }

  for (const stub of stubs.traps) {
    const counterMoves = pickIds('patterns', 1, 3);
    const data = {
      ...common(stub),
      kind: random.pick(keysOf(TRAP_KINDS)),
      shows_up_in: [random.pick(keysOf(SIGN_PLACES))],
      warning_signs: Array.from({ length: random.int(2, 4) }, () => text.warningSign(random)),
      counter_moves: counterMoves.map((p) => p.id),
    };
    const sections = ['How it works', 'Why it is tempting', 'What it costs', 'How to get out'];
    const per = size('traps') / sections.length;
    const body = sections
      .map(
        (name, i) =>
          `## ${name}\n\n${text.sectionBody(writer, per, i === 3 ? counterMoves.map((p) => link('patterns', p)) : [])}`,
      )
      .join('\n\n');
    write('traps', stub, data, body);
  }

  // Most lessons come from an event (12 of 14 in the starting library).
  const lessonEvents = stubs.lessons.map(() =>
    random.chance(0.85)
      ? (stubs.events[random.skewed(stubs.events.length, 0.5)] as Stub)
      : undefined,
  );
  stubs.lessons.forEach((stub, index) => {
    const event = lessonEvents[index];
    const patterns = pickIds('patterns', 1, 4);
    const traps = pickIds('traps', 0, 3);
    const data = {
      ...common(stub),
      ...(event ? { event: event.id } : {}),
      lens: random.pick(keysOf(LENSES)),
      failure_kind: random.pick(keysOf(FAILURE_KINDS)),
      questions: {
        intended: text.summarySentence(writer),
        happened: text.summarySentence(writer),
        gap: text.summarySentence(writer),
        why: text.summarySentence(writer),
      },
      personal_lesson: {
        pattern: `treating ${random.pick(writer.names)} as a single group`,
        develop: 'the habit of naming who a change could hurt',
        plan: text.plan(random),
      },
      actions: Array.from({ length: random.int(0, 3) }, () => ({
        what: text.summarySentence(writer),
        owner: text.ownerRole(random),
        by: published(),
        verify: text.summarySentence(writer),
      })),
      patterns: patterns.map((p) => p.id),
      traps: traps.map((t) => t.id),
      featured: random.chance(0.02),
    };
    const links = [
      ...patterns.map((p) => link('patterns', p)),
      ...traps.map((t) => link('traps', t)),
      ...(event ? [link('events', event)] : []),
    ];
    const sections = [
      'The short version',
      'What it looked like from where I stood',
      'What I would tell another team',
    ];
    const per = size('lessons') / sections.length;
    const body = sections
      .map((name, i) => `## ${name}\n\n${text.sectionBody(writer, per, i === 1 ? links : [])}`)
      .join('\n\n');
    write('lessons', stub, data, body);
  });

  const lessonsOf = new Map<string, Stub[]>();
  stubs.lessons.forEach((lesson, i) => {
    const event = lessonEvents[i];
    if (event) lessonsOf.set(event.id, [...(lessonsOf.get(event.id) ?? []), lesson]);
  });
  for (const stub of stubs.events) {
    // Written up within 90 days, and before any `updated` date (which starts after six years).
    const date = START + random.int(0, 6 * 365 - 90) * DAY;
    const data = {
      ...common(stub),
      published: isoDay(date + random.int(10, 90) * DAY),
      date: isoDay(date),
      tried: text.summarySentence(writer),
      happened: text.summarySentence(writer),
      lenses: random
        .distinct(keysOf(LENSES).length, random.int(1, 3), 0.5)
        .map((i) => keysOf(LENSES)[i]),
    };
    const sections = [
      'Background',
      'Timeline',
      'How the community responded',
      'What came out of it',
    ];
    const per = size('events') / sections.length;
    const links = (lessonsOf.get(stub.id) ?? []).slice(0, 6).map((l) => link('lessons', l));
    const body = sections
      .map((name, i) => `## ${name}\n\n${text.sectionBody(writer, per, i === 3 ? links : [])}`)
      .join('\n\n');
    write('events', stub, data, body);
  }
  return { files, counts };
}

/** Writes a generated library into a content folder, with the tag vocabulary it was made from. */
export function writeLibrary(dir: string, library: GeneratedLibrary, tagsYaml: string): void {
  for (const kind of KINDS) mkdirSync(join(dir, kind), { recursive: true });
  writeFileSync(join(dir, 'tags.yaml'), tagsYaml);
  for (const [path, content] of library.files) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
