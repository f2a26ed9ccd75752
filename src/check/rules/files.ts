import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_NOTES } from '../../reader/read-entries.ts';
import type { Library, RuleContext } from '../types.ts';
import { checkTextFiles } from '../text/public-text.ts';

/**
 * The `files` rule: what the library reader found in content/ that is not a plain file or folder (see notPlain in the
 * reader's read-entries.ts), and the secrets, personal data and invisible characters of content/'s own notes (README.md),
 * which no page shows but the public repository does.
 */
export default async function files(library: Library, context: RuleContext): Promise<void> {
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
  const notes = [...CONTENT_NOTES]
    .map((name) => join(library.contentDir, name))
    .filter((path) => existsSync(path));
  context.report(
    ...(await checkTextFiles(notes, library.root)).filter((f) => library.included(f.file)),
  );
}
