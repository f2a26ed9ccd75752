import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import {
  brokenPermalinks,
  parseEntryUrl,
  servedUrls,
  type PermalinkEntry,
} from '../../domain/permalinks.ts';
import type { Finding } from '../finding.ts';
import type { CheckedEntry } from '../read-entries.ts';
import { nearest } from '../nearest.ts';
import { locate } from '../source.ts';
import type { Library, RuleContext } from '../rule.ts';

/** The entries with URLs, and their former slugs, read from raw data so a broken field never hides a URL. */
export function permalinkEntries(entries: readonly CheckedEntry[]): PermalinkEntry[] {
  return entries
    .filter((e) => e.id)
    .map((e) => {
      const data = e.path.length ? undefined : (e.source.data as { aliases?: unknown } | undefined);
      const aliases = Array.isArray(data?.aliases)
        ? data.aliases.filter((a): a is string => typeof a === 'string')
        : [];
      return {
        collection: e.collection,
        id: e.id,
        aliases,
        file: e.source.file,
        aliasesAt: aliases.map((_, index) => locate(e.source, ['aliases', index])),
      };
    });
}

/** The published URLs recorded in the manifest (a JSON array, one URL per line). */
export function readManifest(path: string): string[] {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as string[]) : [];
}

/**
 * A published URL that no entry serves any more (an error naming the likely new
 * file and the alias to add), a former slug that clashes with a live one, and
 * live URLs not yet recorded (a warning).
 */
export function checkPermalinks(
  manifestPath: string,
  root: string,
  entries: readonly PermalinkEntry[],
): Finding[] {
  const file = relative(root, manifestPath).split(sep).join('/');
  const text = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : '';
  const published = readManifest(manifestPath);
  const served = servedUrls(entries);
  const lineOf = (url: string) =>
    Math.max(1, text.split('\n').findIndex((line) => line.includes(`"${url}"`)) + 1);
  const findings: Finding[] = [];
  for (const url of brokenPermalinks(published, served)) {
    const parsed = parseEntryUrl(url);
    const candidates = entries.filter((e) => e.collection === parsed?.collection);
    const guess =
      parsed &&
      nearest(
        parsed.id,
        candidates.map((e) => e.id),
      );
    const renamed = guess ? candidates.find((e) => e.id === guess) : undefined;
    const fix = renamed
      ? `If ${renamed.file} is its new name, add \`aliases: [${parsed?.id}]\` to its frontmatter.`
      : `If the entry was renamed, add \`aliases: [${parsed?.id ?? '…'}]\` to the renamed file's frontmatter.`;
    findings.push({
      file,
      line: lineOf(url),
      column: 1,
      rule: 'permalinks',
      severity: 'error',
      message: `${url} was published and would now break: no entry or former slug serves it. ${fix}`,
    });
  }
  for (const entry of entries) {
    entry.aliases.forEach((alias, index) => {
      const at = entry.aliasesAt?.[index] ?? { line: 1, column: 1 };
      const clash = entries.find(
        (e) =>
          e.collection === entry.collection &&
          (e.id === alias || (e !== entry && e.aliases.includes(alias))),
      );
      if (!clash) return;
      const message =
        clash === entry
          ? `former slug \`${alias}\` is this entry's own slug: remove it from \`aliases\`, which lists only the slugs it was published under before.`
          : `former slug \`${alias}\` is also used by ${clash.file}: a URL can lead to one entry only.`;
      findings.push({ file: entry.file, ...at, rule: 'permalinks', severity: 'error', message });
    });
  }
  const recorded = new Set(published);
  const unrecorded = [...served.keys()].filter((url) => !recorded.has(url));
  if (existsSync(manifestPath) && unrecorded.length) {
    findings.push({
      file,
      line: 1,
      column: 1,
      rule: 'permalinks',
      severity: 'warning',
      message: `${unrecorded.length} URL(s) not recorded yet (${unrecorded.slice(0, 3).join(', ')}${unrecorded.length > 3 ? ', …' : ''}): run \`npm run permalinks\` and commit permalinks.json so they are protected too.`,
    });
  }
  return findings;
}

/**
 * The `permalinks` rule, always on the whole library: a removed URL is a problem whichever file is named.
 * When only some files are checked, only its errors are reported.
 */
export default function permalinks(library: Library, context: RuleContext): void {
  context.report(
    ...checkPermalinks(library.manifest, library.root, permalinkEntries(library.all)).filter(
      (f) => f.severity === 'error' || !library.only,
    ),
  );
}
