import type { CollectionName } from '../schemas/index.ts';
import { yamlStrings, type YamlString } from './text/prose.ts';
import type { SourceFile } from '../reader/source.ts';

/** A file for the per-file rules, as plain data (what the pool sends a worker): its text, and what the library reader already made of it. */
export interface FileInput {
  file: string;
  text: string;
  collection: CollectionName;
  /** The MDX body ('' for YAML files) and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** The string values of its YAML, for the prose rules. */
  yaml: YamlString[];
}

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
