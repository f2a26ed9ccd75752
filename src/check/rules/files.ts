import type { Library, RuleContext } from '../rule.ts';

/** The `files` rule: what the library reader found in content/ that is not a plain file or folder (see notPlain in read-entries.ts). */
export default function files(library: Library, context: RuleContext): void {
  for (const u of library.unreadable) {
    if (u.rule === 'files' && library.included(u.file))
      context.report({
        file: u.file,
        line: 1,
        column: 1,
        rule: 'files',
        severity: 'error',
        message: u.reason,
      });
  }
}
