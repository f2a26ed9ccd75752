import type { CheckReport } from './run.ts';
import { plural } from '../../view/dates-and-counts.ts';
import type { Finding } from '../types.ts';

// Control characters (a newline in a tag or a file name would start a line of its own, which GitHub
// Actions obeys as a workflow command such as `::stop-commands::`) and bidi or zero-width format
// characters (which reorder or hide what the reader sees), written as escapes.
const UNPRINTABLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2069\uFEFF]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text from a contributor made safe for one line of a terminal or a CI log: every control and bidi character escaped. */
export function printable(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (c) => NAMED[c] ?? `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
}

/** `path:line:column  rule  message`, the format editors and terminals turn into links. */
export function formatFinding(finding: Finding): string {
  const label = finding.severity === 'warning' ? `${finding.rule} (warning)` : finding.rule;
  return printable(
    `${finding.file}:${finding.line}:${finding.column}  ${label}  ${finding.message}`,
  );
}

// GitHub's workflow-command syntax needs these escaped in properties and messages.
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The same finding as a GitHub Actions annotation on the pull request's diff. */
export function formatAnnotation(finding: Finding): string {
  return printable(
    `::${finding.severity} file=${escapeProperty(finding.file)},line=${finding.line},col=${finding.column},title=${escapeProperty(finding.rule)}::${escapeData(finding.message)}`,
  );
}

/** The closing line: how many files, errors and warnings. */
export function formatSummary(report: CheckReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const silenced = report.silenced.length ? `, ${report.silenced.length} silenced` : '';
  return `${plural(report.files, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${silenced}.`;
}

/** Everything to print for a report, in the style the environment asks for. */
export function formatReport(report: CheckReport, env: NodeJS.ProcessEnv = process.env): string[] {
  const annotate = Boolean(env['CI'] && env['GITHUB_ACTIONS']);
  const lines = report.findings.map(formatFinding);
  if (annotate) lines.push(...report.findings.map(formatAnnotation));
  if (report.silenced.length) {
    lines.push(`Silenced by check-ignore (for the reviewer):`);
    lines.push(
      ...report.silenced.map(
        ({ finding, reason }) => `  ${formatFinding(finding)}  [ignored: ${printable(reason)}]`,
      ),
    );
  }
  lines.push(formatSummary(report));
  return lines;
}
