import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import {
  AUTHOR_COMPONENTS,
  COMPONENT_REFERENCES,
  isAuthorComponent,
  type AuthorComponentName,
} from '../../components/author/allowlist.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { didYouMean } from '../text/nearest.ts';
import type { Finding } from '../types.ts';
import type { ComponentReference } from '../types.ts';

type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** Calls `each` with every author component of a body, in document order, and its name. */
function visitAuthorComponents(
  tree: Root,
  each: (node: JsxElement, name: AuthorComponentName) => void,
): void {
  visit(tree, (node) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      isAuthorComponent(node.name)
    )
      each(node, node.name);
  });
}

/** Every author component in a body that names an entry, in document order; `bodyLine` is the file line the body starts on. */
export function componentReferencesIn(tree: Root, bodyLine: number): ComponentReference[] {
  const references: ComponentReference[] = [];
  visitAuthorComponents(tree, (node, name) => {
    const reference = COMPONENT_REFERENCES[name];
    if (!reference) return;
    const attribute = node.attributes.find(
      (a) => a.type === 'mdxJsxAttribute' && a.name === reference.attribute,
    );
    const value =
      attribute?.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
        ? attribute.value
        : undefined;
    references.push({
      name,
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

const listed = (names: readonly string[]) =>
  names.length === 1
    ? `\`${names[0]}\``
    : `${names
        .slice(0, -1)
        .map((n) => `\`${n}\``)
        .join(', ')} and \`${names.at(-1)}\``;

/**
 * Author components that would publish an empty section: a required attribute (allowlist.ts) missing or empty,
 * or a component that takes content with none between its tags. The attribute that names an entry is left to
 * {@link checkComponentReferences}, which says which entry it may name.
 */
export function checkComponentContent(file: string, tree: Root, bodyLine: number): Finding[] {
  const findings: Finding[] = [];
  visitAuthorComponents(tree, (node, name) => {
    const spec = AUTHOR_COMPONENTS[name];
    const at = {
      file,
      line: (node.position?.start.line ?? 1) + bodyLine - 1,
      column: node.position?.start.column ?? 1,
      rule: 'sections',
      severity: 'error' as const,
    };
    const written = (attribute: string) =>
      node.attributes.some(
        (a) =>
          a.type === 'mdxJsxAttribute' &&
          a.name === attribute &&
          // An expression value is mdx-safety's finding, not a missing attribute.
          (typeof a.value !== 'string' || a.value.trim() !== ''),
      );
    const missing = spec.required.filter(
      (attribute) => COMPONENT_REFERENCES[name]?.attribute !== attribute && !written(attribute),
    );
    if (missing.length > 0)
      findings.push({
        ...at,
        message: `\`<${name}>\` needs ${listed(missing)}: without ${missing.length === 1 ? 'it' : 'them'} the page shows an empty section. Write \`<${name} ${spec.required.map((a) => `${a}="…"`).join(' ')} />\`.`,
      });
    if (spec.children && toString(node).trim() === '')
      findings.push({
        ...at,
        message: `\`<${name}>\` has nothing between its tags, so the page shows an empty box: write its content before \`</${name}>\`, or remove it.`,
      });
  });
  return findings;
}
