import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isScalar, visit as visitYaml, type Scalar } from 'yaml';
import type { SourceFile } from './source.ts';

/** A run of readable text and where each of its characters stands in the file. */
export interface Prose {
  text: string;
  /** 1-based line and column in the file of a character offset in `text`. */
  at: (offset: number) => { line: number; column: number };
}

const lineColumn = (text: string, offset: number, start: { line: number; column: number }) => {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  return lines.length === 1 ? { line: start.line, column: start.column + last.length } : { line: start.line + lines.length - 1, column: last.length + 1 };
};

/** The prose of an entry: every text run of its body and every string value of its frontmatter. */
export function proseOf(source: SourceFile, tree: Root | undefined): Prose[] {
  const runs: Prose[] = [];
  if (tree) {
    visit(tree, 'text', (node) => {
      const start = node.position?.start;
      if (!start) return;
      const begin = { line: start.line + source.bodyLine - 1, column: start.column };
      runs.push({ text: node.value, at: (offset) => lineColumn(node.value, offset, begin) });
    });
  }
  visitYaml(source.yaml, {
    Scalar(_, node: Scalar) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      const text = node.value;
      const [from] = node.range;
      // Folded and quoted scalars differ from their source; positions fall back to the value's first character.
      runs.push({ text, at: () => source.position(from) });
    },
  });
  return runs;
}
