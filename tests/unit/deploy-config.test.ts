import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
// `>=22.18.0` → [22, 18, 0]
const version = (text: string) =>
  (/(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text) ?? []).slice(1, 4).map((n) => Number(n ?? 0));
const atLeast = (have: number[], need: number[]) => {
  for (const [i, n] of need.entries()) if ((have[i] ?? 0) !== n) return (have[i] ?? 0) > n;
  return true;
};

describe('the Node a build gets', () => {
  it('is the same major in .nvmrc and the `node` devDependency, and meets engines', () => {
    const nvmrc = version(read('.nvmrc').trim());
    expect(nvmrc[0]).toBe(version(pkg.devDependencies['node'] ?? '')[0]);
    // A major alone in .nvmrc installs its newest release: the major must clear engines' minimum.
    expect(nvmrc[0]).toBeGreaterThan(version(pkg.engines.node)[0] ?? 0);
    // The scripts are TypeScript run by Node's type stripping (unflagged from 22.18); Astro's undici needs 22.19.
    expect(atLeast(version(pkg.engines.node), [22, 19, 0])).toBe(true);
  });
});

describe('deploy configurations', () => {
  it('netlify.toml builds with npm run build into dist/, on the Node of .nvmrc', () => {
    const netlify = parseToml(read('netlify.toml')) as {
      build: { command: string; publish: string; environment: Record<string, string> };
    };
    expect(netlify.build.command).toBe('npm run build');
    expect(netlify.build.publish).toBe('dist');
    expect(netlify.build.environment['NODE_VERSION']).toBe(read('.nvmrc').trim());
  });

  it('the GitHub Pages workflow builds for the Pages address with the policy in <meta>, and publishes dist/', () => {
    type Step = {
      id?: string;
      name?: string;
      uses?: string;
      run?: string;
      env?: Record<string, string>;
      with?: Record<string, string>;
    };
    const workflow = parseYaml(read('.github/workflows/deploy.yml')) as {
      jobs: { build: { steps: Step[] } };
    };
    const steps = workflow.jobs.build.steps;
    const pages = steps.findIndex(
      (s) => s.uses?.startsWith('actions/configure-pages@') && s.id === 'pages',
    );
    const build = steps.findIndex((s) => s.run === 'npm run build');
    expect(pages).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(pages);
    expect(steps[build]?.env).toEqual({
      LESSON_SHARE_SITE_URL: '${{ steps.pages.outputs.base_url }}',
      LESSON_SHARE_CSP: 'meta',
    });
    expect(
      steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path'],
    ).toBe('dist/');
  });
});
