import type { Root } from 'mdast';
import { findUnsafeNodes } from '../../markdown/mdx-safety.ts';
import type { BodyOf } from '../../reader/read-entries.ts';
import type { CheckedFile, FileContext, Finding } from '../types.ts';

/** Imports, exports, expressions, components outside the allowlist, risky attributes and unsafe URLs. */
export function checkMdxSafety(entry: BodyOf, tree: Root): Finding[] {
  return findUnsafeNodes(tree).map((u) => ({
    file: entry.source.file,
    line: u.line + entry.source.bodyLine - 1,
    column: u.column,
    rule: 'mdx-safety',
    severity: 'error' as const,
    message: u.message,
  }));
}

/** The `mdx-safety` rule, on an MDX body that parses. */
export default function mdxSafety(file: CheckedFile, context: FileContext): void {
  if (file.tree)
    context.report(...checkMdxSafety({ collection: file.collection, source: file }, file.tree));
}
