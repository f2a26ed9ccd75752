import type { CheckedEntry } from '../../reader/read-entries.ts';
import { locate } from '../../reader/source.ts';
import { namesIn } from '../text/title-names.ts';
import type { Finding, Library, RuleContext } from '../types.ts';

const titleOf = (entry: CheckedEntry): string | undefined => {
  const value = (entry.source.data as Record<string, unknown> | undefined)?.['title'];
  return typeof value === 'string' ? value : undefined;
};

/**
 * A person's first name in a title or a file name: an error, since the title goes out in feeds, cards and the
 * library's JSON, and the file name is the permanent URL; neither can be taken back once published. The words
 * of the library's authors' names are theirs to use.
 */
export function checkNamesInTitles(library: Library): Finding[] {
  const authors = new Set(
    library.all
      .filter((entry) => entry.collection === 'authors')
      .flatMap((entry) => {
        const name = (entry.source.data as Record<string, unknown> | undefined)?.['name'];
        return typeof name === 'string' ? name.toLowerCase().split(/[^\p{L}'’]+/u) : [];
      }),
  );
  const findings: Finding[] = [];
  for (const entry of library.entries) {
    if (entry.collection === 'authors' || entry.collection === 'tags') continue;
    const title = titleOf(entry);
    const at = locate(entry.source, ['title']);
    const line = entry.source.text.split('\n')[at.line - 1] ?? '';
    for (const { name } of title ? namesIn(title, authors) : [])
      findings.push({
        file: entry.source.file,
        line: at.line,
        // At the name itself when the title is written on its line as it reads.
        column: line.indexOf(name, at.column - 1) + 1 || at.column,
        rule: 'names-in-titles',
        severity: 'error',
        message: `"${name}" in the title looks like a person's name: a title is published in feeds, cards and the library's JSON and cannot be taken back. Refer to them by role ("a researcher"), or describe what happened.`,
      });
    for (const { name } of namesIn(entry.id.replace(/-/g, ' '), authors))
      findings.push({
        file: entry.source.file,
        line: 1,
        column: 1,
        rule: 'names-in-titles',
        severity: 'error',
        message: `"${name}" in the file name looks like a person's name: the file name is the entry's permanent URL (/${entry.collection}/${entry.id}/), which cannot be taken back. Rename the file to say what happened, not who.`,
      });
  }
  return findings;
}

/** The `names-in-titles` rule, over the entries checked. */
export default function namesInTitles(library: Library, context: RuleContext): void {
  context.report(...checkNamesInTitles(library));
}
