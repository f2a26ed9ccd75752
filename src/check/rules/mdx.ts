import type { CheckedFile, FileContext } from '../types.ts';

/** The `mdx` rule: a body that does not parse as MDX (analyseFile parses it once, for every rule). */
export default function mdx(file: CheckedFile, context: FileContext): void {
  if (!file.parseError) return;
  const { line, column, message } = file.parseError;
  context.report({
    file: file.file,
    line,
    column,
    rule: 'mdx',
    severity: 'error',
    message: `the MDX does not parse: ${message}`,
  });
}
