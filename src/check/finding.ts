/** How serious a finding is: errors fail the check and the build, warnings go to the reviewer. */
export type Severity = 'error' | 'warning';

/** One problem in one place of one file. */
export interface Finding {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The rule that found it (`schema`, `references`, `sections`…). */
  rule: string;
  severity: Severity;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Findings in file order, then by position, so output reads top to bottom. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule),
  );
}
