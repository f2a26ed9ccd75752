import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { PATTERN_SECTIONS } from '../../schemas/pattern.ts';
import type { BodyOf } from '../../reader/read-entries.ts';
import type { CheckedFile, FileContext, Finding } from '../types.ts';
import { checkComponentContent } from '../entries/components.ts';

/** The sections a collection's body must have, in order. */
export const REQUIRED_SECTIONS: Partial<Record<BodyOf['collection'], readonly string[]>> = {
  patterns: PATTERN_SECTIONS,
};

/** A body with no text, a `##` section with nothing under it, or a pattern whose required `##` sections are missing or out of order. */
export function checkSections(entry: BodyOf, tree: Root): Finding[] {
  const { file, bodyLine } = entry.source;
  const finding = (line: number, column: number, message: string): Finding => ({
    file,
    line,
    column,
    rule: 'sections',
    severity: 'error',
    message,
  });
  if (toString(tree).trim() === '') {
    return [finding(bodyLine, 1, 'the body is empty: write the entry below the frontmatter.')];
  }
  const findings: Finding[] = [];
  // A heading with nothing before the next heading of its level (or the end) publishes an empty section;
  // a comment (`{/* … */}`) is not something a reader sees.
  let open: (typeof tree.children)[number] | undefined;
  const close = () => {
    if (!open) return;
    const line = (open.position?.start.line ?? 1) + bodyLine - 1;
    findings.push(
      finding(
        line,
        open.position?.start.column ?? 1,
        `section \`## ${toString(open).trim()}\` is empty: write it, or remove the heading.`,
      ),
    );
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      close();
      open = node.depth === 2 ? node : undefined;
    } else if (
      node.type !== 'heading' &&
      (toString(node).trim() !== '' || !['paragraph', 'mdxFlowExpression'].includes(node.type))
    ) {
      open = undefined;
    }
  }
  close();
  const required = REQUIRED_SECTIONS[entry.collection];
  if (!required) return findings;
  const headings = tree.children
    .filter((node) => node.type === 'heading' && node.depth === 2)
    .map((node) => ({
      text: toString(node).trim(),
      line: (node.position?.start.line ?? 1) + bodyLine - 1,
      column: node.position?.start.column ?? 1,
    }));
  const found = headings.filter((h) => required.includes(h.text));
  const endLine = (tree.position?.end.line ?? 1) + bodyLine - 1;
  for (const [index, name] of required.entries()) {
    if (found.some((h) => h.text === name)) continue;
    const next = required
      .slice(index + 1)
      .map((n) => found.find((h) => h.text === n))
      .find(Boolean);
    const where = next ? `before \`## ${next.text}\`` : 'at the end';
    findings.push(
      finding(
        next?.line ?? endLine,
        1,
        `missing required section \`## ${name}\`: add it ${where}. A pattern has, in order: ${required.join(', ')}.`,
      ),
    );
  }
  let last = -1;
  for (const heading of found) {
    const position = required.indexOf(heading.text);
    if (position < last) {
      findings.push(
        finding(
          heading.line,
          heading.column,
          `section \`## ${heading.text}\` is out of order: a pattern has, in order: ${required.join(', ')}.`,
        ),
      );
    }
    last = Math.max(last, position);
  }
  return findings;
}

/** The `sections` rule, on an MDX body that parses: its `##` sections and its author components' content. */
export default function sections(file: CheckedFile, context: FileContext): void {
  if (!file.tree) return;
  context.report(
    ...checkSections({ collection: file.collection, source: file }, file.tree),
    ...checkComponentContent(file.file, file.tree, file.bodyLine),
  );
}
