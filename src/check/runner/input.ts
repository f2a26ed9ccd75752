import type { CollectionName } from '../../schemas/index.ts';
import { yamlStrings } from '../text/prose.ts';
import type { SourceFile } from '../../reader/source.ts';
import type { FileInput } from '../types.ts';

/** The input of the per-file rules for a file the library reader has parsed. */
export function inputOf(source: SourceFile, collection: CollectionName): FileInput {
  return {
    file: source.file,
    text: source.text,
    collection,
    body: source.body,
    bodyLine: source.bodyLine,
    yaml: yamlStrings(source),
  };
}
