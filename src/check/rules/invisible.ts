import type { CheckedFile, FileContext } from '../types.ts';
import { checkInvisible, checkInvisibleValues } from '../text/invisible.ts';

/** The `invisible` rule, on a file's whole text and its YAML values as published. */
export default function invisible(file: CheckedFile, context: FileContext): void {
  const found = checkInvisible(file.file, file.text);
  context.report(...found);
  context.report(...checkInvisibleValues(file.file, file.yaml, new Set(found.map((f) => f.line))));
}
