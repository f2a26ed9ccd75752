import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { site } from '../../site.config.ts';
import { runCheck } from '../../src/check/runner/run.ts';
import { buildSite, ROOT } from '../helpers/build.ts';
import { copyLibrary } from '../helpers/content.ts';
import { siteForTests } from './browser.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const eventually = <T>(read: () => T | Promise<T>, message?: string) =>
  expect.poll(read, { timeout: 15_000, ...(message ? { message } : {}) });

// No console error, warning or CSP violation on any page a test opened.
const served = siteForTests(FIXTURE);
const scratch: string[] = [];

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/**
 * Adds an entry file (`<collection>/<slug>`) to a copy of the fixture library, expects the check to find
 * nothing and the build to pass, and returns the entry's published page, parsed.
 */
async function publish(entry: string, text: string) {
  const content = copyLibrary(FIXTURE);
  scratch.push(dirname(content));
  writeFileSync(join(content, `${entry}.mdx`), text);
  const report = await runCheck({ contentDir: content, root: dirname(content), cache: false });
  expect(report.findings).toEqual([]);
  const build = buildSite(content);
  scratch.push(build.outDir);
  expect(build.status, build.output).toBe(0);
  return parseHtml(readFileSync(join(build.outDir, entry, 'index.html'), 'utf8'));
}

async function open(options?: BrowserContextOptions, path = '/contribute/'): Promise<Page> {
  const { page } = await served.watch(options);
  // GitHub is not reachable from a test: its new-file page answers with a stand-in.
  await page
    .context()
    .route('https://github.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>GitHub</title>' }),
    );
  await page.goto(`${served.server.url}${path}`);
  if (options?.javaScriptEnabled !== false) await page.locator('.contribute[data-ready]').waitFor();
  return page;
}

const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
// What the page says beside a field: the list its control names in aria-describedby. Read in one step in the
// page: read in two, the list could go between them, and the second read would wait for it in vain.
const findingsOf = (control: Locator) =>
  control.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/);
    const id = ids.find((i) => i.endsWith('-findings'));
    return id ? ((document.getElementById(id) as HTMLElement | null)?.innerText ?? '') : '';
  });
// The file as the page shows it, under "The file" (read whether or not that is open).
const fileText = async (page: Page) =>
  (await page.locator('.contribute__file pre').textContent()) ?? '';

const STORY = `## The short version

The dashboard went quiet for two days and nobody noticed, because silence looked like calm.

## What it looked like from where I stood

We had moved the events pipeline on a Friday. On Monday the charts were flat, and flat was what a quiet week looked like.

## What I would tell another team

- Alert on missing data, not only on bad data.
`;

/** Fills the lesson form as a person would, by labels, leaving the title too short and then correcting it. */
async function fillLesson(page: Page, title: string) {
  const titleBox = page.getByLabel('Title', { exact: true });
  await titleBox.fill('Hi');
  await titleBox.press('Tab');
  await eventually(() => findingsOf(titleBox)).toContain('“Title” must be 3 characters or more');
  expect(await titleBox.getAttribute('aria-invalid')).toBe('true');
  await titleBox.fill(title);
  await eventually(() => findingsOf(titleBox)).toBe('');
  expect(await titleBox.getAttribute('aria-invalid')).toBeNull();

  await page
    .getByLabel('Summary', { exact: true })
    .fill('A pipeline move left the dashboard empty for two days, and the silence read as calm.');
  await group(page, 'Authors').getByLabel('Ana López').check();
  await group(page, 'Tags').getByLabel('Metrics').check();
  await page.getByLabel('The shared event it comes from (optional)').selectOption({
    label: 'Big Launch',
  });
  await group(page, 'The lens you looked through').getByLabel('Data & instrumentation').check();
  await group(page, 'What kind of failure it was').getByLabel('Inherent').check();
  const questions = group(page, 'The four questions');
  await questions
    .getByLabel('What we intended')
    .fill('Move the events pipeline to the new cluster on 6 March without losing a single event.');
  await questions
    .getByLabel('What actually happened')
    .fill(
      'For two days no event reached the dashboard, and the flat charts looked like a quiet week.',
    );
  await questions
    .getByLabel('The gap between the two')
    .fill('Two days of decisions were made on missing data instead of real numbers.');
  await questions
    .getByLabel('Why', { exact: true })
    .fill(
      'Nothing told an empty chart from a calm one; the pipeline had no check that data arrived.',
    );
  const personal = group(page, 'The personal lesson');
  await personal.getByLabel('The pattern of…').fill('trusting a quiet signal');
  await personal
    .getByLabel('…showed me I need to develop…')
    .fill('a habit of asking what silence means');
  await personal
    .getByLabel('…my plan is to…')
    .fill('add a freshness alert to every chart I own this quarter');
  const action = group(page, 'Action 1');
  await action
    .getByLabel('What will be done')
    .fill('Add a data-freshness alert to the events dashboard.');
  await action.getByLabel('Owner (a role)').fill('analytics lead');
  await action.getByLabel('By', { exact: true }).fill('2026-09-30');
  await action
    .getByLabel('How we will verify it')
    .fill('The alert fires in a drill where the pipeline is paused for an hour.');
  await group(page, 'Patterns the lesson cites (optional)').getByLabel('Alpha Pattern').check();
  await group(page, 'Traps it fell into (optional)').getByLabel('First Trap').check();
  await page.getByLabel('The story, in Markdown').fill(STORY);
}

describe('the contribute page', () => {
  it('turns a filled form into a lesson file that the check accepts and the build publishes', async () => {
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await fillLesson(page, 'The dashboard that went quiet');

    // An e-mail address typed into a question is flagged beside it and in the list before sending.
    const intended = group(page, 'The four questions').getByLabel('What we intended');
    const good = await intended.inputValue();
    await intended.fill(`${good} Questions went to ops.lead@acme-corp.io all week.`);
    await intended.press('Tab');
    await eventually(() => findingsOf(intended)).toContain(
      'e-mail address `ops.lead@acme-corp.io`',
    );
    // The send button is never greyed out: pressed with something left to do, it shows GOV.UK's error summary at
    // the top, focused, each problem a link to its field.
    const openPr = page.getByRole('button', { name: 'Open a pull request' });
    expect(await openPr.isDisabled()).toBe(false);
    await openPr.click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await eventually(() => summary.innerText()).toContain('ops.lead@acme-corp.io');
    await eventually(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: /checklist/ }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#checklist');
    await intended.fill(good);
    const send = page.getByRole('region', { name: 'Check and send' });
    await eventually(() => send.innerText()).toContain('The page finds nothing to fix.');

    // The preview shows the lesson with the site's styles: its questions and its rendered story.
    const preview = page.getByRole('region', { name: /^Preview/ });
    await eventually(() =>
      preview.getByRole('heading', { name: 'What it looked like from where I stood' }).count(),
    ).toBe(1);
    expect(await preview.locator('.questions').innerText()).toContain(
      'without losing a single event',
    );

    // Once the checklist is ticked, GitHub's new-file page gets the file.
    const boxes = group(page, 'Before you send: the pull request’s checklist').getByRole(
      'checkbox',
    );
    expect(await boxes.count()).toBeGreaterThan(5);
    for (const box of await boxes.all()) await box.check();
    const text = await fileText(page);
    const [github] = await Promise.all([page.context().waitForEvent('page'), openPr.click()]);
    const url = new URL(github.url());
    expect(`${url.origin}${url.pathname}`).toBe(`${site.repository}/new/${site.branch}`);
    expect(url.searchParams.get('filename')).toBe(
      'content/lessons/the-dashboard-that-went-quiet.mdx',
    );
    expect(url.searchParams.get('value')).toBe(text);
    await github.close();

    // Download gives the same file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('the-dashboard-that-went-quiet.mdx');
    const downloaded = readFileSync(await download.path(), 'utf8');
    expect(downloaded).toBe(text);

    // The check accepts the file as it is, and the build renders it as a lesson page.
    const html = await publish('lessons/the-dashboard-that-went-quiet', downloaded);
    expect(html.querySelector('h1')?.text.trim()).toBe('The dashboard that went quiet');
    expect(html.querySelector('.questions')?.text).toContain('without losing a single event');
    expect(html.querySelector('.personal-lesson')?.text).toContain(
      'The pattern of trusting a quiet signal showed me I need to develop a habit of asking what silence means',
    );
    expect(html.querySelector('a[href="/patterns/alpha-pattern/"]')).not.toBeNull();
  });

  it('keeps the draft through a reload, asks before leaving unsent changes, and discards it on request', async () => {
    const page = await open();
    await fillLesson(page, 'A draft that survives a reload');
    // The checks have written the file: only then does the page know the changes are unsent.
    await eventually(() => fileText(page)).toContain('A draft that survives a reload');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    await page.locator('.contribute[data-ready]').waitFor();
    expect(dialogs).toEqual(['beforeunload']);
    await eventually(() => page.getByLabel('Title', { exact: true }).inputValue()).toBe(
      'A draft that survives a reload',
    );
    expect(await page.getByLabel('The story, in Markdown').inputValue()).toBe(STORY);
    expect(
      await group(page, 'The lens you looked through')
        .getByLabel('Data & instrumentation')
        .isChecked(),
    ).toBe(true);
    expect(await page.getByText(/Your draft from .* is back/).count()).toBe(1);

    await page.getByRole('button', { name: 'Discard the draft' }).click();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('');
    await page.reload();
    await page.locator('.contribute[data-ready]').waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('');
    expect(await page.getByText(/Your draft from .* is back/).count()).toBe(0);
  });

  it('writes exactly the file `npm run new` writes for the same answers', async () => {
    const page = await open();
    await page
      .getByLabel('Title', { exact: true })
      .fill('Launch day: the "quiet" #1 & what it taught us');
    await group(page, 'Authors').getByLabel('Ana López').check();
    await group(page, 'Authors').getByLabel('Ben Okoro').check();
    await group(page, 'Tags').getByLabel('Retrospectives').check();
    await group(page, 'Tags').getByLabel('Metrics').check();
    await page.getByLabel('The shared event it comes from (optional)').selectOption('big-launch');
    await group(page, 'The lens you looked through').getByLabel('Data & instrumentation').check();
    await group(page, 'What kind of failure it was').getByLabel('Inherent').check();
    await eventually(() => fileText(page)).toContain('failure_kind: inherent');
    const fromPage = await fileText(page);

    const content = copyLibrary(FIXTURE);
    scratch.push(dirname(content));
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'scripts/new.ts'),
        ...['--kind', 'lesson', '--title', 'Launch day: the "quiet" #1 & what it taught us'],
        ...['--authors', 'ana-lopez,ben-okoro', '--tags', 'retro,metrics', '--event', 'big-launch'],
        ...['--lens', 'data-instrumentation', '--failure-kind', 'inherent'],
      ],
      { cwd: ROOT, env: { ...process.env, LESSON_SHARE_CONTENT: content }, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const fromNew = readFileSync(
      join(content, 'lessons/launch-day-the-quiet-1-and-what-it-taught-us.mdx'),
      'utf8',
    );
    expect(fromPage).toBe(fromNew);
  });

  it('copies a file too long for a link and opens GitHub without it', async () => {
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await fillLesson(page, 'A very long lesson');
    const long = `${STORY}\n${'The pipeline was quiet and the charts were flat. '.repeat(200)}\n`;
    await page.getByLabel('The story, in Markdown').fill(long);
    await eventually(() => fileText(page)).toContain('charts were flat. The pipeline');
    const text = await fileText(page);
    for (const box of await group(page, 'Before you send: the pull request’s checklist')
      .getByRole('checkbox')
      .all())
      await box.check();
    const [github] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Open a pull request' }).click(),
    ]);
    const url = new URL(github.url());
    expect(url.searchParams.get('filename')).toBe('content/lessons/a-very-long-lesson.mdx');
    expect(url.searchParams.has('value')).toBe(false);
    await github.close();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(await page.getByRole('status').allInnerTexts()).toContain(
      'The file is too long for a link: it is on your clipboard. Paste it into the editor GitHub opens.',
    );
  });

  it('turns a filled trap proposal into a trap file that the check accepts and the build publishes', async () => {
    const page = await open({}, '/contribute/trap/');
    await page.getByLabel('Title', { exact: true }).fill('Quiet means calm');
    await page
      .getByLabel('Summary', { exact: true })
      .fill('Reading a silent signal as good news, so that missing data passes for a calm week.');
    await group(page, 'Authors').getByLabel('Ana López').check();
    await group(page, 'Tags').getByLabel('Metrics').check();
    await group(page, 'What kind of trap it is').getByLabel('Cognitive bias').check();

    // One warning sign is one too few: said beside the field, then gone once a second is added.
    const signs = page.getByLabel('Warning signs');
    await signs.fill('The charts are flat and nobody asks why.');
    await signs.press('Tab');
    await eventually(() => findingsOf(signs)).toContain(
      'Write at least two warning signs, one a line',
    );
    expect(await signs.getAttribute('aria-invalid')).toBe('true');
    await signs.fill(
      'The charts are flat and nobody asks why.\nThe last alert anyone remembers is weeks old.',
    );
    await eventually(() => findingsOf(signs)).toBe('');
    expect(await signs.getAttribute('aria-invalid')).toBeNull();

    await group(page, 'Patterns that counter it').getByLabel('Alpha Pattern').check();
    await page.getByLabel('The trap, in Markdown').fill(`## How it works

A dashboard goes flat, and flat looks like a quiet week, so nobody checks that data still arrives.

## Why it is tempting

Silence asks for nothing, and a quiet week is what everyone hoped for.

## What it costs

Days of decisions made on missing numbers.

## How to get out

Alert on missing data, not only on bad data: see [Alpha Pattern](/patterns/alpha-pattern/).
`);
    const send = page.getByRole('region', { name: 'Check and send' });
    await eventually(() => send.innerText()).toContain('The page finds nothing to fix.');
    // The preview shows the signs and the rendered body.
    const preview = page.getByRole('region', { name: /^Preview/ });
    expect(await preview.getByRole('heading', { name: 'Preview: Quiet means calm' }).count()).toBe(
      1,
    );
    await eventually(() =>
      preview.getByRole('heading', { name: 'Why it is tempting' }).count(),
    ).toBe(1);
    expect(await preview.getByRole('listitem').allInnerTexts()).toContain(
      'The last alert anyone remembers is weeks old.',
    );

    // Kept as a trap's draft, apart from a lesson's.
    const drafts = await page.evaluate(() => Object.keys(localStorage));
    expect(drafts).toEqual(['lesson-share:contribute:trap']);

    for (const box of await group(page, 'Before you send: the pull request’s checklist')
      .getByRole('checkbox')
      .all())
      await box.check();
    const text = await fileText(page);
    const [github] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Open a pull request' }).click(),
    ]);
    const url = new URL(github.url());
    expect(url.searchParams.get('filename')).toBe('content/traps/quiet-means-calm.mdx');
    expect(url.searchParams.get('value')).toBe(text);
    await github.close();

    // The check accepts the file as it is, and the build renders it as a trap page.
    const html = await publish('traps/quiet-means-calm', text);
    expect(html.querySelector('h1')?.text.trim()).toBe('Quiet means calm');
    expect(html.querySelector('main')?.text).toContain(
      'The last alert anyone remembers is weeks old.',
    );
    expect(html.querySelector('main a[href="/patterns/alpha-pattern/"]')).not.toBeNull();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the lesson, pattern and trap forms, empty and with findings shown, in the ${colorScheme} theme`, async () => {
      for (const path of ['/contribute/', '/contribute/pattern/', '/contribute/trap/']) {
        const page = await open({ colorScheme }, path);
        const violations = async () =>
          (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
            (v) =>
              `${path} ${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')})`,
          );
        expect(await violations()).toEqual([]);
        const titleBox = page.getByLabel('Title', { exact: true });
        await titleBox.fill('Hi');
        await titleBox.press('Tab');
        await eventually(() => findingsOf(titleBox)).not.toBe('');
        await page.getByRole('button', { name: 'Open a pull request' }).click();
        await page.getByRole('link', { name: 'Write a one-sentence summary' }).click();
        expect(await violations()).toEqual([]);
      }
    });
  }

  // What a validator says, which a person filling in a form should never read.
  const SCHEMA_WORDING =
    /\(schema\)|expected (string|array|number|one of)|>=|<=|must be one of|Too (small|big)|Invalid (input|option)|`[a-z_]+(\.\d+)?(\.[a-z_]+)?`/;

  it('shows no error and no validator wording before anything is typed, even when tabbing through', async () => {
    for (const path of ['/contribute/', '/contribute/pattern/', '/contribute/trap/']) {
      const page = await open({}, path);
      // Starting loads the checks, which run on the empty form: the line by the send button counts what is left.
      await page.getByLabel('Title', { exact: true }).focus();
      for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
      await eventually(() => page.locator('#send-note').innerText()).toContain('Still to do');
      expect(await page.locator('[aria-invalid="true"]').count(), path).toBe(0);
      expect(await page.locator('.field__findings').count(), path).toBe(0);
      expect(await page.getByRole('alert').count(), path).toBe(0);
      expect(await page.locator('main').innerText(), path).not.toMatch(SCHEMA_WORDING);
    }
  });

  it('says what is missing in words written for each field once the form is sent, each linked to its field', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Open a pull request' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    const text = await summary.innerText();
    for (const message of [
      'Enter a title',
      'Write a one-sentence summary',
      'Choose the lens you looked through',
      'Say what you intended',
      'Name the role that owns the action',
      'Tick each item of the checklist once you have checked it yourself',
    ])
      expect(text).toContain(message);
    expect(text).not.toMatch(SCHEMA_WORDING);
    // Every field now says what it needs beside it, in the same words.
    expect(await page.locator('main').innerText()).not.toMatch(SCHEMA_WORDING);
    await summary.getByRole('link', { name: 'Choose the lens you looked through' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#field-lens');
    const title = page.getByLabel('Title', { exact: true });
    expect(await findingsOf(title)).toContain('Enter a title');
  });

  it('moves nothing once drawn: loading the page and then its checks shift no layout', async () => {
    for (const width of [375, 1280]) {
      const { page } = await served.watch({ viewport: { width, height: 900 } });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${served.server.url}/contribute/`);
      await page.locator('.contribute[data-ready]').waitFor();
      await page.getByLabel('Title', { exact: true }).focus();
      await eventually(() => page.locator('#send-note').innerText()).toContain('Still to do');
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts, `at ${width} px`).toEqual([]);
    }
  });

  it('takes a Markdown list typed into a one-a-line field without printing a second marker', async () => {
    const page = await open({}, '/contribute/trap/');
    await page
      .getByLabel('Warning signs')
      .fill('- The charts are flat and nobody asks why.\n* The last alert is weeks old.');
    const preview = page.getByRole('region', { name: /^Preview/ });
    await eventually(() => preview.getByRole('listitem').allInnerTexts()).toEqual([
      'The charts are flat and nobody asks why.',
      'The last alert is weeks old.',
    ]);
    await eventually(() => fileText(page)).toContain(
      '  - The charts are flat and nobody asks why.\n  - The last alert is weeks old.',
    );
  });

  it('explains the file route and links to CONTRIBUTING without JavaScript', async () => {
    const page = await open({ javaScriptEnabled: false });
    // Playwright's text and role engines skip <noscript>, so the note is found by its place instead.
    const note = page.locator('noscript .panel');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(
      'This form runs in your browser and needs JavaScript',
    );
    const links = await note
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      `${site.repository}/blob/${site.branch}/CONTRIBUTING.md`,
      `${site.repository}/new/${site.branch}?filename=content/lessons/my-lesson.mdx`,
    ]);
    expect(await page.getByRole('button', { name: 'Open a pull request' }).isVisible()).toBe(false);
  });
});
