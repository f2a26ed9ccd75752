import type { Finding } from './finding.ts';
import type { SourceFile } from './source.ts';

/** A `check-ignore <rule>: <reason>` comment: silences one rule on its own line (or the next, when it stands alone). */
export interface Ignore {
  rule: string;
  reason: string;
  line: number;
  /** Whether the comment is the only thing on its line, so it applies to the line below. */
  alone: boolean;
}

/** A finding a contributor silenced, with the reason they gave. */
export interface Silenced {
  finding: Finding;
  reason: string;
}

const MDX_IGNORE = /\{\s*\/\*\s*check-ignore\s+([a-z-]+)\s*(?::\s*([^*]*?))?\s*\*\/\s*\}/g;
const YAML_IGNORE = /#\s*check-ignore\s+([a-z-]+)\s*(?::\s*(.*?))?\s*$/;

/** Every check-ignore comment in a file, and a finding for each one without a reason. */
export function readIgnores(source: SourceFile, text: string): { ignores: Ignore[]; findings: Finding[] } {
  const ignores: Ignore[] = [];
  const findings: Finding[] = [];
  text.split('\n').forEach((content, index) => {
    const line = index + 1;
    const inBody = line >= source.bodyLine && source.body !== '';
    const matches = inBody ? [...content.matchAll(MDX_IGNORE)] : [YAML_IGNORE.exec(content)].filter((m) => m !== null);
    for (const match of matches) {
      const [whole, rule = '', reason = ''] = match;
      if (!reason.trim()) {
        findings.push({ file: source.file, line, column: (match.index ?? 0) + 1, rule: 'check-ignore', severity: 'error', message: `\`check-ignore ${rule}\` needs a reason after a colon: \`check-ignore ${rule}: why this is fine\`.` });
        continue;
      }
      ignores.push({ rule, reason: reason.trim(), line, alone: content.trim() === whole.trim() || (!inBody && content.trim().startsWith('#')) });
    }
  });
  return { ignores, findings };
}

/** Splits findings into those that stand and those a matching check-ignore comment silences. */
export function applyIgnores(findings: Finding[], ignores: Ignore[]): { kept: Finding[]; silenced: Silenced[] } {
  const kept: Finding[] = [];
  const silenced: Silenced[] = [];
  for (const finding of findings) {
    const ignore = ignores.find((i) => i.rule === finding.rule && (i.line === finding.line || (i.alone && i.line + 1 === finding.line)));
    if (ignore) silenced.push({ finding, reason: ignore.reason });
    else kept.push(finding);
  }
  return { kept, silenced };
}
