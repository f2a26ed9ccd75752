import { waivableRules } from '../rules/index.ts';
import type { SourceFile } from '../../reader/source.ts';
import type { Finding } from '../types.ts';
import type { Ignore } from '../types.ts';

/** A finding a contributor silenced, with the reason they gave. */
export interface Silenced {
  finding: Finding;
  reason: string;
}

/**
 * The rules a check-ignore comment may silence (`waivable` in the registry, rules/index.ts): those that read
 * prose and can misfire on a quotation or a public figure. Every other finding is a fact about the file (a secret, an address, an invisible character,
 * unsafe MDX), so a comment naming its rule is itself an error.
 */
export const WAIVABLE_RULES: ReadonlySet<string> = new Set(waivableRules);

// What to say when a comment tries to silence a rule that cannot be.
const UNWAIVABLE_FIX: Record<string, string> = {
  secrets: 'remove the secret and revoke it (it is in the git history)',
  'personal-data':
    'remove it, refer to people by role, or use a reserved example (example.com, 192.0.2.x)',
};

const MDX_IGNORE = /\{\s*\/\*\s*check-ignore\s+([a-z-]+)\s*(?::([^*]*))?\*\/\s*\}/g;
// Greedy captures, trimmed afterwards: a lazy capture before `\s*$` is quadratic on a long run of spaces.
const YAML_IGNORE = /#\s*check-ignore\s+([a-z-]+)\s*(?::(.*))?$/;

/** Every check-ignore comment in a file, and a finding for each one without a reason. */
export function readIgnores(
  source: SourceFile,
  text: string,
): { ignores: Ignore[]; findings: Finding[] } {
  const ignores: Ignore[] = [];
  const findings: Finding[] = [];
  text.split('\n').forEach((content, index) => {
    const line = index + 1;
    const inBody = line >= source.bodyLine && source.body !== '';
    const matches = inBody
      ? [...content.matchAll(MDX_IGNORE)]
      : [YAML_IGNORE.exec(content)].filter((m) => m !== null);
    for (const match of matches) {
      const [whole, rule = '', reason = ''] = match;
      const refuse = (message: string) =>
        findings.push({
          file: source.file,
          line,
          column: (match.index ?? 0) + 1,
          rule: 'check-ignore',
          severity: 'error',
          message,
        });
      if (!WAIVABLE_RULES.has(rule)) {
        const fix = UNWAIVABLE_FIX[rule] ?? 'fix what it finds instead';
        refuse(
          `\`${rule}\` findings cannot be silenced (only ${[...WAIVABLE_RULES].join(' and ')} can): ${fix}, and delete this comment.`,
        );
        continue;
      }
      if (!reason.trim()) {
        refuse(
          `\`check-ignore ${rule}\` needs a reason after a colon: \`check-ignore ${rule}: why this is fine\`.`,
        );
        continue;
      }
      ignores.push({
        rule,
        reason: reason.trim(),
        line,
        alone: content.trim() === whole.trim() || (!inBody && content.trim().startsWith('#')),
      });
    }
  });
  return { ignores, findings };
}

/** Splits findings into those that stand and those a matching check-ignore comment silences. */
export function applyIgnores(
  findings: Finding[],
  ignores: Ignore[],
): { kept: Finding[]; silenced: Silenced[] } {
  const kept: Finding[] = [];
  const silenced: Silenced[] = [];
  for (const finding of findings) {
    const ignore = ignores.find(
      (i) =>
        i.rule === finding.rule &&
        (i.line === finding.line || (i.alone && i.line + 1 === finding.line)),
    );
    if (ignore) silenced.push({ finding, reason: ignore.reason });
    else kept.push(finding);
  }
  return { kept, silenced };
}
