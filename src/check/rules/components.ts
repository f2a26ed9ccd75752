import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { COMPONENT_REFERENCES, isAuthorComponent } from '../../components/author/allowlist.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { Finding } from '../finding.ts';
import type { CheckedEntry } from '../library.ts';
import { didYouMean } from '../nearest.ts';

/** An author component that names an entry which does not exist (`<PatternRef slug="…" />`), or names none. */
export function checkComponentReferences(entry: CheckedEntry, tree: Root, ids: Record<CollectionName, Set<string>>): Finding[] {
  const findings: Finding[] = [];
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name || !isAuthorComponent(node.name)) return;
    const reference = COMPONENT_REFERENCES[node.name];
    if (!reference) return;
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === reference.attribute);
    const value = attribute?.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? attribute.value : undefined;
    const at = { file: entry.source.file, line: (node.position?.start.line ?? 1) + entry.source.bodyLine - 1, column: node.position?.start.column ?? 1, rule: 'references', severity: 'error' as const };
    const noun = reference.collection.replace(/s$/, '');
    if (value === undefined) findings.push({ ...at, message: `\`<${node.name}>\` needs ${reference.attribute}="<${noun} slug>".` });
    else if (!ids[reference.collection].has(value)) findings.push({ ...at, message: `\`<${node.name} ${reference.attribute}="${value}">\`: there is no ${noun} \`${value}\`.${didYouMean(value, ids[reference.collection])}` });
  });
  return findings;
}
