import { hasBody } from '../../schemas/collections.ts';
import { parseBody } from '../../markdown/parse.ts';
import { proseOf, sentences } from '../text/prose.ts';
import type { CheckedFile, FileInput } from '../types.ts';

/**
 * A file as the per-file rules read it: its body parsed once (or why it does not parse) and every run of text a
 * reader sees. Browser-safe, so the contribute page reads a file exactly as `npm run check` does.
 */
export function checkedFileOf(input: FileInput): CheckedFile {
  const { collection, body, bodyLine, yaml } = input;
  const checked: CheckedFile = { ...input };
  if (!hasBody(collection)) {
    checked.prose = proseOf(undefined, bodyLine, yaml);
  } else {
    const parsed = parseBody(body);
    if ('error' in parsed)
      checked.parseError = {
        line: parsed.error.line + bodyLine - 1,
        column: parsed.error.column,
        message: parsed.error.message,
      };
    else {
      checked.tree = parsed.tree;
      checked.prose = proseOf(parsed.tree, bodyLine, yaml, body);
    }
  }
  if (checked.prose) checked.sentences = sentences(checked.prose);
  return checked;
}
