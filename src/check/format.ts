import type { Finding } from './finding.ts';
import type { CheckReport } from './run.ts';

/** `path:line:column  rule  message`, the format editors and terminals turn into links. */
export function formatFinding(finding: Finding): string {
  const label = finding.severity === 'warning' ? `${finding.rule} (warning)` : finding.rule;
  return `${finding.file}:${finding.line}:${finding.column}  ${label}  ${finding.message}`;
}

// GitHub's workflow-command syntax needs these escaped in properties and messages.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The same finding as a GitHub Actions annotation on the pull request's diff. */
export function formatAnnotation(finding: Finding): string {
  return `::${finding.severity} file=${escapeProperty(finding.file)},line=${finding.line},col=${finding.column},title=${escapeProperty(finding.rule)}::${escapeData(finding.message)}`;
}

/** The closing line: how many files, errors and warnings. */
export function formatSummary(report: CheckReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
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
    lines.push(...report.silenced.map(({ finding, reason }) => `  ${formatFinding(finding)}  [ignored: ${reason}]`));
  }
  lines.push(formatSummary(report));
  return lines;
}
