import type { CheckedFile, FileContext } from '../types.ts';

// Limits no real entry comes near: the longest body of the starting library is under 6,000 characters and of a
// library written apart under 3,000; neither has more than 2 footnotes. A body past them is a 2-3 MB page, or
// an attempt to make one. The limits on fields are the schemas' (`atMost` in src/schemas/common.ts).
const BODY_CHARACTERS = 100_000;
const FOOTNOTES = 200;

const count = (n: number) => n.toLocaleString('en');

/** The `sizes` rule: a body or its footnotes past what any lesson needs. */
export default function sizes(file: CheckedFile, context: FileContext): void {
  const at = { file: file.file, rule: 'sizes', severity: 'error' as const };
  if (file.body.length > BODY_CHARACTERS)
    context.report({
      ...at,
      line: file.bodyLine,
      column: 1,
      message: `the body has ${count(file.body.length)} characters: keep it to ${count(BODY_CHARACTERS)} at most (the longest entry of the library has under 6,000). Cut what a reader does not need, or split it into several entries.`,
    });
  // Footnote definitions stand at the top level of a body; counting its blocks is no second pass over its text.
  const notes = file.tree?.children.filter((node) => node.type === 'footnoteDefinition') ?? [];
  const over = notes[FOOTNOTES];
  if (over?.position)
    context.report({
      ...at,
      line: over.position.start.line + file.bodyLine - 1,
      column: over.position.start.column,
      message: `the body has ${count(notes.length)} footnotes: keep it to ${count(FOOTNOTES)} at most (no entry of the library has more than 2). Keep the sources that matter, or list them in a section.`,
    });
}
