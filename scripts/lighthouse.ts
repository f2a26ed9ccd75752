#!/usr/bin/env node
// npm run lighthouse [-- --preset mobile|desktop|both] [-- --json file] [-- --dir dist] [-- /path/ …]: Lighthouse
// scores of the built site, served with its real headers, in @sparticuz/chromium's Chromium (or CHROMIUM_PATH's). A report, not a test: it never fails on a score.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { parseArgsOrExit } from './args.ts';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';
import { findChromium } from './chromium.ts';
import { baseOfBuild, startServer, type PreviewServer } from './serve.ts';
import { withBase } from '../src/view/urls.ts';

/** The four categories the issue asks for, in the order they are printed. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One of the four Lighthouse categories reported. */
export type Category = (typeof CATEGORIES)[number];

/** A Lighthouse form factor: mobile is Lighthouse's default, desktop its desktop preset. */
export type Preset = 'mobile' | 'desktop';

/** An audit that cost points in a category, or a performance hint worth reading. */
export interface Finding {
  /** Lighthouse's audit id, e.g. `color-contrast`. */
  id: string;
  /** Lighthouse's title for the audit. */
  title: string;
  /** 0–1, or null for an audit that errored. */
  score: number | null;
  /** Lighthouse's short measurement, e.g. `2.9 s`, when it gives one. */
  displayValue?: string;
  /** True when the audit carries weight in the category score; false for a performance insight that only hints. */
  weighted: boolean;
}

/** One Lighthouse run: a page in one preset. */
export interface PageReport {
  /** The path on the site, e.g. `/patterns/pre-mortem/`. */
  page: string;
  /** The form factor Lighthouse emulated. */
  preset: Preset;
  /** Category scores 0–100, null when Lighthouse could not score one. */
  scores: Record<Category, number | null>;
  /** For each category under 100, what cost the points. */
  findings: Partial<Record<Category, Finding[]>>;
  /** Lighthouse's own error for the run (e.g. the page did not load), when it had one. */
  runtimeError?: string;
  /** Lighthouse's warnings for the run, e.g. that the page redirected. */
  warnings: string[];
}

/** Pages of every kind the issue names; each exists in content/ (the search query matches several entries). */
export const DEFAULT_PAGES = [
  '/',
  '/patterns/pre-mortem/',
  '/lessons/event-that-fired-twice/',
  '/authors/diego-alvarez/',
  '/search/?q=rollback',
];

/** How many times a run that Lighthouse could not complete (a runtime error, not a low score) is tried again. */
export const RETRIES = 2;

/** The category scores of a Lighthouse result as 0–100, and for each category under 100 the audits behind the gap. */
export function summarize(lhr: Result, page: string, preset: Preset): PageReport {
  const scores = {} as Record<Category, number | null>;
  const findings: Partial<Record<Category, Finding[]>> = {};
  // The legacy audits that Lighthouse's newer insights stand in for; listing both would say everything twice.
  const replaced = new Set(
    Object.values(lhr.audits).flatMap((audit) => audit.replacesAudits ?? []),
  );
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const score = category?.score ?? null;
    scores[id] = score === null ? null : Math.round(score * 100);
    // After a runtime error every audit has errored too; the error alone says what happened.
    if (!category || scores[id] === 100 || lhr.runtimeError) continue;
    const list: Finding[] = [];
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (
        !audit ||
        replaced.has(ref.id) ||
        ['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)
      )
        continue;
      // Weighted audits are what the score is made of; an unweighted performance audit is worth naming only when Lighthouse
      // estimates it would save time on a metric (as its report's "opportunities" do).
      const weighted = ref.weight > 0;
      const saves = Object.values(audit.metricSavings ?? {}).some((ms) => (ms ?? 0) > 0);
      const failing =
        audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1);
      if (!failing || (!weighted && !(id === 'performance' && saves))) continue;
      list.push({
        id: audit.id,
        title: audit.title,
        score: audit.score,
        weighted,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
    findings[id] = list.sort(
      (a, b) => Number(b.weighted) - Number(a.weighted) || (a.score ?? 0) - (b.score ?? 0),
    );
  }
  return {
    page,
    preset,
    scores,
    findings,
    ...(lhr.runtimeError
      ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` }
      : {}),
    warnings: lhr.runWarnings.map(String),
  };
}

/** The reports as one plain-text table: a row per page and preset, a column per category. */
export function formatTable(reports: readonly PageReport[]): string {
  const header = ['page', 'preset', 'performance', 'accessibility', 'best practices', 'SEO'];
  const rows = reports.map((r) => [
    r.page,
    r.preset,
    ...CATEGORIES.map((c) => (r.scores[c] === null ? '–' : String(r.scores[c]))),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i < 2 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The findings of every category under 100, grouped by page and category, one audit a line. */
export function formatFindings(reports: readonly PageReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    const label = `${report.page} (${report.preset})`;
    if (report.runtimeError) out.push(`${label}: Lighthouse error ${report.runtimeError}`);
    for (const warning of report.warnings) out.push(`${label}: warning: ${warning}`);
    for (const category of CATEGORIES) {
      const list = report.findings[category];
      if (!list) continue;
      out.push(`${label} ${category} ${report.scores[category] ?? '–'}:`);
      for (const f of list) {
        const score = f.score === null ? 'error' : `score ${f.score.toFixed(2)}`;
        out.push(
          `  ${f.weighted ? '-' : '·'} ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''} [${f.id}, ${score}]`,
        );
      }
    }
  }
  return out.join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgsOrExit(
    {
      allowPositionals: true,
      options: {
        preset: { type: 'string', default: 'both' },
        json: { type: 'string' },
        dir: { type: 'string', default: 'dist' },
      },
    },
    'usage: npm run lighthouse -- [--preset mobile|desktop|both] [--json file] [--dir dist] [/path/ …]',
  );
  const presets: Preset[] =
    values.preset === 'both'
      ? ['mobile', 'desktop']
      : values.preset === 'mobile' || values.preset === 'desktop'
        ? [values.preset]
        : [];
  if (!presets.length) {
    console.error(`--preset ${values.preset}: use mobile, desktop or both.`);
    process.exit(2);
  }
  if (!existsSync(join(values.dir, 'index.html'))) {
    console.error(`No built site in ${values.dir}/: run \`npm run build\` first.`);
    process.exit(1);
  }
  let found: Awaited<ReturnType<typeof findChromium>>;
  try {
    found = await findChromium();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const { executablePath: chromePath, args: chromeFlags, env: envVars } = found;
  const pages = positionals.length ? positionals : DEFAULT_PAGES;
  const reports: PageReport[] = [];
  let server: PreviewServer | undefined;
  let chrome: LaunchedChrome | undefined;
  let browser: string;
  let lighthouseVersion = 'unknown';
  try {
    // A site built under a base (`/library/`) is served under it; pages are named by their site paths.
    const base = baseOfBuild(values.dir);
    server = await startServer({ root: values.dir, base });
    // chrome-launcher picks a free remote-debugging port and gives Lighthouse a fresh profile; no browser is downloaded.
    chrome = await launch({ chromePath, chromeFlags, envVars, logLevel: 'silent' });
    // The user agent Lighthouse records is frozen at Chrome/NNN.0.0.0; the DevTools endpoint has the full version.
    const about = (await fetch(`http://127.0.0.1:${chrome.port}/json/version`).then(
      (r) => r.json(),
      () => ({}),
    )) as { Browser?: string };
    browser = about.Browser ?? 'unknown';
    for (const preset of presets) {
      for (const page of pages) {
        const flags: Flags = {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        };
        const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
        process.stderr.write(`lighthouse ${preset} ${page} …\n`);
        let result = await lighthouse(
          new URL(withBase(page, base), server.url).href,
          flags,
          config,
        );
        // A trace lost under load (NO_NAVSTART, NO_FCP…) is not a measurement; Lighthouse's own advice is to run again.
        for (let retry = 1; retry <= RETRIES && result?.lhr.runtimeError; retry++) {
          process.stderr.write(
            `  ${result.lhr.runtimeError.code}: running ${page} again (${retry}/${RETRIES})\n`,
          );
          result = await lighthouse(new URL(withBase(page, base), server.url).href, flags, config);
        }
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        lighthouseVersion = result.lhr.lighthouseVersion;
        const report = summarize(result.lhr, page, preset);
        if (report.runtimeError) process.exitCode = 1;
        reports.push(report);
      }
    }
  } finally {
    chrome?.kill();
    await server?.close();
  }

  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  console.log(
    `\nLighthouse ${lighthouseVersion}, ${browser} (${chromePath}); each page run once (again only if Lighthouse could not finish the run),`,
  );
  console.log(
    `with Lighthouse's default simulated throttling: mobile is a mid-range phone on slow 4G, desktop a fast connection.`,
  );
  console.log(
    `Load average ${load} on ${navigator.hardwareConcurrency} cores: the performance score varies from run to run on a busy machine.\n`,
  );
  console.log(formatTable(reports));
  const findings = formatFindings(reports);
  if (findings)
    console.log(
      `\nWhat cost points ('-' counts in the score; '·' is an unweighted audit with Lighthouse's estimate of time it would save):\n${findings}`,
    );
  if (values.json) {
    mkdirSync(dirname(values.json), { recursive: true });
    const data = {
      date: new Date().toISOString(),
      lighthouse: lighthouseVersion,
      browser,
      chromium: chromePath,
      throttling: 'simulated (Lighthouse default)',
      loadAverage: loadavg(),
      reports,
    };
    writeFileSync(values.json, `${JSON.stringify(data, null, 2)}\n`);
    console.log(`\nfigures in ${values.json}`);
  }
}
