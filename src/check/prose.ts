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

/** A string value of a file's YAML, and where it starts in the file. */
export interface YamlString {
  text: string;
  line: number;
  column: number;
}

const lineColumn = (text: string, offset: number, start: { line: number; column: number }) => {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  return lines.length === 1 ? { line: start.line, column: start.column + last.length } : { line: start.line + lines.length - 1, column: last.length + 1 };
};

/** Every string value of a file's YAML (frontmatter or whole file), as plain data. */
export function yamlStrings(source: SourceFile): YamlString[] {
  const strings: YamlString[] = [];
  visitYaml(source.yaml, {
    Scalar(_, node: Scalar) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      strings.push({ text: node.value, ...source.position(node.range[0]) });
    },
  });
  return strings;
}

/** The prose of an entry: every text run of its body (which starts on `bodyLine`), then every string value of its YAML. */
export function proseOf(tree: Root | undefined, bodyLine: number, strings: readonly YamlString[]): Prose[] {
  const runs: Prose[] = [];
  if (tree) {
    visit(tree, 'text', (node) => {
      const start = node.position?.start;
      if (!start) return;
      const begin = { line: start.line + bodyLine - 1, column: start.column };
      runs.push({ text: node.value, at: (offset) => lineColumn(node.value, offset, begin) });
    });
  }
  // Folded and quoted scalars differ from their source; positions fall back to the value's first character.
  for (const { text, line, column } of strings) runs.push({ text, at: () => ({ line, column }) });
  return runs;
}
