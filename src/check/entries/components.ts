import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { COMPONENT_REFERENCES, isAuthorComponent } from '../../components/author/allowlist.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { didYouMean } from '../text/nearest.ts';
import type { Finding } from '../types.ts';
import type { ComponentReference } from '../types.ts';

/** Every author component in a body that names an entry, in document order; `bodyLine` is the file line the body starts on. */
export function componentReferencesIn(tree: Root, bodyLine: number): ComponentReference[] {
  const references: ComponentReference[] = [];
  visit(tree, (node) => {
    if (
      (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') ||
      !node.name ||
      !isAuthorComponent(node.name)
    )
      return;
    const reference = COMPONENT_REFERENCES[node.name];
    if (!reference) return;
    const attribute = node.attributes.find(
      (a) => a.type === 'mdxJsxAttribute' && a.name === reference.attribute,
    );
    const value =
      attribute?.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
        ? attribute.value
        : undefined;
    references.push({
      name: node.name,
      ...reference,
      value,
      line: (node.position?.start.line ?? 1) + bodyLine - 1,
      column: node.position?.start.column ?? 1,
    });
  });
  return references;
}

/** An author component that names an entry which does not exist, or names none. */
export function checkComponentReferences(
  file: string,
  references: readonly ComponentReference[],
  ids: Record<CollectionName, Set<string>>,
): Finding[] {
  return references.flatMap(({ name, attribute, collection, value, line, column }): Finding[] => {
    const at = { file, line, column, rule: 'references', severity: 'error' as const };
    const noun = collection.replace(/s$/, '');
    if (value === undefined)
      return [{ ...at, message: `\`<${name}>\` needs ${attribute}="<${noun} slug>".` }];
    if (!ids[collection].has(value))
      return [
        {
          ...at,
          message: `\`<${name} ${attribute}="${value}">\`: there is no ${noun} \`${value}\`.${didYouMean(value, ids[collection])}`,
        },
      ];
    return [];
  });
}
