import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { site } from '../../site.config.ts';
import { ROOT } from '../helpers/build.ts';

const GITHUB = join(ROOT, '.github');
const yamlFiles = readdirSync(GITHUB, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();
const read = (file: string) =>
  parse(readFileSync(join(GITHUB, file), 'utf8')) as Record<string, unknown>;

type FormElement = {
  type: string;
  id?: string;
  attributes?: { label?: string; value?: string; options?: unknown[] };
};

describe('the repository’s GitHub files', () => {
  it('are all YAML that parses', () => {
    expect(yamlFiles).toEqual(
      expect.arrayContaining([
        'dependabot.yml',
        'ISSUE_TEMPLATE/config.yml',
        'workflows/ci.yml',
        'workflows/deploy.yml',
      ]),
    );
    for (const file of yamlFiles) expect(() => read(file), file).not.toThrow();
  });

  it('offer issue forms for a problem or take-down, a pattern proposal and a bug, each complete', () => {
    const forms = yamlFiles.filter(
      (f) => f.startsWith('ISSUE_TEMPLATE/') && f !== 'ISSUE_TEMPLATE/config.yml',
    );
    const names = forms.map((file) => String(read(file)['name']));
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/taken down/),
        expect.stringMatching(/pattern/i),
        expect.stringMatching(/bug/i),
      ]),
    );
    for (const file of forms) {
      const form = read(file);
      expect(typeof form['name'], file).toBe('string');
      expect(typeof form['description'], file).toBe('string');
      const body = form['body'] as FormElement[];
      expect(
        body.some((e) => e.type !== 'markdown' && e.attributes?.label),
        file,
      ).toBe(true);
      const ids = body.flatMap((e) => (e.id ? [e.id] : []));
      expect(new Set(ids).size, `${file}: ids are unique`).toBe(ids.length);
      for (const element of body) {
        expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'], file).toContain(
          element.type,
        );
        if (element.type === 'markdown') expect(element.attributes?.value, file).toBeTruthy();
        else expect(element.attributes?.label, file).toBeTruthy();
        if (element.type === 'dropdown' || element.type === 'checkboxes')
          expect(element.attributes?.options?.length, file).toBeGreaterThan(0);
      }
    }
  });

  it('send personal data to a private report, never to a public issue', () => {
    const config = read('ISSUE_TEMPLATE/config.yml');
    expect(config['blank_issues_enabled']).toBe(false);
    const links = config['contact_links'] as { name: string; url: string; about: string }[];
    expect(links.map((l) => l.url)).toContain(`${site.repository}/security/advisories/new`);
    const takedown = read('ISSUE_TEMPLATE/report-a-problem.yml');
    expect(JSON.stringify(takedown['body'])).toMatch(/personal data/);
    // Both point to the site's own policy page (src/content/pages/take-down-and-privacy.mdx).
    const policy = `${site.url}/take-down-and-privacy/`;
    expect(links.map((l) => l.url)).toContain(policy);
    expect(JSON.stringify(takedown['body'])).toContain(`(${policy})`);
    expect(existsSync(join(ROOT, site.pages, 'take-down-and-privacy.mdx'))).toBe(true);
  });

  it('keep npm packages and GitHub Actions up to date', () => {
    const updates = read('dependabot.yml')['updates'] as { 'package-ecosystem': string }[];
    expect(updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it('attach the built site to every pull request’s CI run', () => {
    const jobs = read('workflows/ci.yml')['jobs'] as Record<
      string,
      { steps: { uses?: string; if?: string; with?: { path?: string } }[] }
    >;
    const upload = Object.values(jobs)
      .flatMap((job) => job.steps)
      .find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
    expect(upload?.if).toContain('pull_request');
  });

  it('ask the reviewers CONTRIBUTING.md names for each part of the repository', () => {
    const owners = readFileSync(join(GITHUB, 'CODEOWNERS'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.trim().split(/\s+/));
    expect(owners.map(([pattern]) => pattern).slice(0, 2)).toEqual(['*', '/content/']);
    // public/, .github/ and the check are the maintainers': named after /content/, so no broader line wins over them.
    const last = (path: string) =>
      owners.filter(([pattern = '']) => pattern === '*' || path.startsWith(pattern)).at(-1)?.[1];
    for (const path of ['/public/favicon.svg', '/.github/CODEOWNERS', '/src/check/run.ts'])
      expect(last(path), path).toBe('@example-community/maintainers');
    expect(last('/content/lessons/x.mdx')).toBe('@example-community/library-editors');
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    for (const [, ...teams] of owners)
      for (const team of teams) expect(contributing, team).toContain(`\`${team}\``);
  });
});
