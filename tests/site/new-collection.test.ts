import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { page } from '../helpers/html.ts';

// Adding a collection is a registry row, its schema, its pages and its content: this test makes exactly
// those four changes to a copy of the project and builds it.
const ROW = `  experiments: {
    source: { extension: 'mdx' },
    singular: 'experiment',
    label: { one: 'Experiment', many: 'Experiments' },
    entryKind: true,
    nav: true,
    lists: false,
    sharingCard: false,
    search: true,
    aliases: true,
    order: 'newest',
  },
`;

const SCHEMA = `import { z } from 'astro/zod';
import { entryBase } from './common.ts';

/** A test run to decide something, with the rule that decides it. */
export const experimentSchema = entryBase.extend({
  /** Written before the experiment ran. */
  decision_rule: z.string().trim().min(10),
});
`;

const ENTRY_PAGE = `---
import EntryBody from '../../components/EntryBody.astro';
import EntryLayout from '../../layouts/EntryLayout.astro';
import { entryPage } from '../../page-data/entry.ts';
import { entryPaths, pageInputs } from '../../pipeline/page-data.ts';

export const getStaticPaths = () => entryPaths('experiments');

const page = entryPage(await pageInputs(), 'experiments', Astro.props.id);
---

<EntryLayout page={page}>
  <p slot="facts">Decision rule: {page.entry.data.decision_rule}</p>
  <EntryBody parts={page.body} />
</EntryLayout>
`;

const INDEX_PAGE = `---
import BaseLayout from '../../layouts/BaseLayout.astro';
import CardList from '../../components/CardList.astro';
import { listPage, listPaths } from '../../page-data/list.ts';
import { pageInputs } from '../../pipeline/page-data.ts';

export const getStaticPaths = async ({ paginate }) => listPaths(await pageInputs(), 'experiments', paginate);
const { cards } = listPage(await pageInputs(), 'experiments', Astro.props);
---

<BaseLayout title="Experiments" description="Tests run to decide something.">
  <h1>Experiments</h1>
  <CardList cards={cards} level={2} empty="No experiment yet." />
</BaseLayout>
`;

const ENTRY = `---
title: Pricing Page Split Test
summary: A two-week split test of the pricing page, decided by a rule written before it started.
decision_rule: Ship the new page only if sign-ups rise by five per cent or more.
authors: [ana-lopez]
tags: [retro]
published: 2026-03-02
---

## What we tried

Two versions of the pricing page, shown to alternate visitors.
`;

// A copy of the project's code (not its content, tests or build output), sharing this checkout's packages.
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'lesson-share-project-'));
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.split('\n');
  for (const file of files.filter(
    (f) => f && !/^(content|tests)\//.test(f) && existsSync(join(ROOT, f)),
  )) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    cpSync(join(ROOT, file), join(root, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

function addCollection(root: string, content: string): void {
  const registry = join(root, 'src/schemas/collections.ts');
  writeFileSync(
    registry,
    readFileSync(registry, 'utf8').replace('  authors: {', `${ROW}  authors: {`),
  );
  writeFileSync(join(root, 'src/schemas/experiment.ts'), SCHEMA);
  const index = join(root, 'src/schemas/index.ts');
  writeFileSync(
    index,
    readFileSync(index, 'utf8')
      .replace(
        "import { eventSchema } from './event.ts';",
        "import { eventSchema } from './event.ts';\nimport { experimentSchema } from './experiment.ts';",
      )
      .replace(
        '  events: eventSchema,',
        '  events: eventSchema,\n  experiments: experimentSchema,',
      ),
  );
  mkdirSync(join(root, 'src/pages/experiments'));
  writeFileSync(join(root, 'src/pages/experiments/[slug].astro'), ENTRY_PAGE);
  writeFileSync(join(root, 'src/pages/experiments/[...page].astro'), INDEX_PAGE);
  mkdirSync(join(content, 'experiments'));
  writeFileSync(join(content, 'experiments/pricing-split-test.mdx'), ENTRY);
}

describe('a collection added to the registry', () => {
  let root: string;
  let content: string;
  let build: BuildResult;
  beforeAll(() => {
    root = copyProject();
    content = copyLibrary(join(ROOT, 'tests/fixtures/library'));
    addCollection(root, content);
    build = buildSite(content, { root });
  }, 600_000);

  it('builds, with a page for each entry and an index linked from the navigation', () => {
    expect(build.status, build.output).toBe(0);
    const entry = page(build.outDir, '/experiments/pricing-split-test/');
    expect(entry.querySelector('h1')?.text).toBe('Pricing Page Split Test');
    expect(entry.text).toContain('Ship the new page only if sign-ups rise');
    expect(entry.querySelector('h2#what-we-tried')).not.toBeNull();
    const home = page(build.outDir, '/');
    const nav = home.querySelectorAll('header nav a').map((a) => a.getAttribute('href'));
    expect(nav).toContain('/experiments/');
    const index = page(build.outDir, '/experiments/');
    expect(index.querySelector('a[href="/experiments/pricing-split-test/"]')).not.toBeNull();
  });

  it('lists the entry on its tag and author pages, in search and in library.json', () => {
    const tag = page(build.outDir, '/tags/retro/');
    const card = tag
      .querySelectorAll('a[href="/experiments/pricing-split-test/"]')[0]
      ?.closest('article, li');
    expect(card?.querySelector('.badge')?.text).toBe('Experiment');
    const author = page(build.outDir, '/authors/ana-lopez/');
    expect(author.querySelector('a[href="/experiments/pricing-split-test/"]')).not.toBeNull();
    const body = page(build.outDir, '/experiments/pricing-split-test/').querySelector(
      '[data-pagefind-body]',
    );
    expect(body?.getAttribute('data-filter-type-0')).toBe('experiment');
    const library = JSON.parse(readFileSync(join(build.outDir, 'library.json'), 'utf8')) as {
      entries: { collection: string; id: string }[];
    };
    expect(library.entries).toContainEqual(
      expect.objectContaining({ collection: 'experiments', id: 'pricing-split-test' }),
    );
  });

  it('checks the new collection against its schema, naming the file and line', () => {
    const bad = join(content, 'experiments/no-rule.mdx');
    writeFileSync(bad, ENTRY.replace(/^decision_rule:.*\n/m, ''));
    const check = spawnSync(process.execPath, [join(root, 'scripts/check.ts')], {
      cwd: root,
      env: { ...process.env, LESSON_SHARE_CONTENT: content, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(check.status).not.toBe(0);
    expect(check.stdout + check.stderr).toMatch(
      /experiments\/no-rule\.mdx:\d+:\d+\s+schema\s+.*decision_rule/,
    );
    expect(existsSync(bad)).toBe(true);
  });
});
