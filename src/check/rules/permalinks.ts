import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import {
  brokenPermalinks,
  parseEntryUrl,
  servedUrls,
  type PermalinkEntry,
} from '../../domain/permalinks.ts';
import { nearest } from '../text/nearest.ts';
import type { Finding, Library, RuleContext } from '../types.ts';
import { permalinkEntries, readManifestOrProblem } from '../entries/permalinks.ts';

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
  const { urls: published, problem } = readManifestOrProblem(manifestPath);
  const served = servedUrls(entries);
  const lineOf = (url: string) =>
    Math.max(1, text.split('\n').findIndex((line) => line.includes(`"${url}"`)) + 1);
  const findings: Finding[] = [];
  // A manifest that does not read protects nothing: its problem is the finding, and no URL is compared.
  if (problem) findings.push({ file, ...problem, rule: 'permalinks', severity: 'error' });
  for (const url of problem ? [] : brokenPermalinks(published, served)) {
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
      if (entry.aliases.indexOf(alias) !== index) {
        findings.push({
          file: entry.file,
          ...at,
          rule: 'permalinks',
          severity: 'error',
          message: `former slug \`${alias}\` is listed twice in \`aliases\`: one redirect page per former slug; remove this one.`,
        });
        return;
      }
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
  if (existsSync(manifestPath) && !problem && unrecorded.length) {
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
