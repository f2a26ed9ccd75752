import type { Definition, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import {
  AUTHOR_COMPONENTS,
  CALLOUT_TYPES,
  isAuthorComponent,
} from '../components/author/allowlist.ts';

/** Something in an MDX tree that could run code or ship script to readers. */
export interface UnsafeNode {
  line: number;
  column: number;
  message: string;
}

const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto']);
const RAW_TAGS = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
  'frame',
  'frameset',
]);

/** Why a URL is unsafe, or undefined: only http(s), mailto, relative paths and #fragments pass. */
export function unsafeUrl(url: string): string | undefined {
  // Browsers ignore whitespace and control characters inside a scheme: `java\tscript:` still runs.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  if (scheme === undefined || SAFE_PROTOCOLS.has(scheme)) return undefined;
  return `\`${scheme}:\` links are not allowed: use an https:// address, a relative path like /patterns/pre-mortem/, or #a-heading.`;
}

// An address from another site: a reader's browser (or feed reader) would fetch it, telling that site who reads what.
const isRemote = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(url.trim());
const REMOTE_IMAGE =
  "images from other sites are not allowed: a reader fetching one tells that site who reads what (a tracking pixel). Show an image a maintainer has put in the site's public/ folder, or describe what it showed.";

// Link text that reads as an address: with a scheme, `www.`, or a path ("https://x.org", "www.x.org", "x.org/login");
// "Node.js" or "README.md" alone is a name, not an address.
const ADDRESS_TEXT =
  /^\s*(?:https?:\/\/((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?::\d+)?(?:[/?#]\S*)?|((?:www\.)(?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?:[/?#]\S*)?|((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})\/\S*)\s*$/iu;
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

/** Why a link misleads, or undefined: its text shows one address and it goes to another site. */
export function misleadingLink(text: string, url: string): string | undefined {
  const match = ADDRESS_TEXT.exec(text);
  const shown = match?.[1] ?? match?.[2] ?? match?.[3];
  if (!shown || !/^https?:/i.test(url.trim())) return undefined;
  const shownHost = hostOf(`https://${shown}`);
  const target = hostOf(url.trim());
  if (!shownHost || !target || shownHost === target) return undefined;
  return `the link's text shows \`${shownHost}\` but it goes to \`${target}\`: write the address it goes to as its text, or words that say where it goes.`;
}

// An expression is allowed only when it is nothing but a comment: {/* … */}.
const isCommentOnly = (value: string) => /^\s*(\/\*[\s\S]*?\*\/\s*)+$/.test(value);

/** Every import, export, code expression, unknown component, risky attribute or unsafe URL in an MDX tree. */
export function findUnsafeNodes(tree: Root): UnsafeNode[] {
  const found: UnsafeNode[] = [];
  const report = (
    node: { position?: { start: { line: number; column: number } } | undefined },
    message: string,
  ) =>
    found.push({
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      message,
    });
  const definitions = new Map<string, Definition>();
  const imageReferences: string[] = [];
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(
          node,
          '`import` and `export` are not allowed in entries: they run code at build time. Remove the line.',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value))
          report(
            node,
            'curly-brace expressions run code: remove them, or write `\\{` for a literal brace. Only `{/* comments */}` are allowed.',
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (RAW_TAGS.has(name.toLowerCase()))
          report(node, `\`<${name}>\` is not allowed in entries. Remove it.`);
        else if (!isAuthorComponent(name)) {
          report(
            node,
            `\`<${name || '>'}\` is not an author component. Use Markdown or one of: ${Object.keys(AUTHOR_COMPONENTS).join(', ')}.`,
          );
        }
        for (const attribute of node.attributes) reportAttribute(attribute, node, report);
        if (isAuthorComponent(name)) reportComponentUse(name, node, report);
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const problem = unsafeUrl(node.url);
        if (problem) report(node, problem);
        else if (node.type === 'image' && isRemote(node.url)) report(node, REMOTE_IMAGE);
        else if (node.type === 'definition') definitions.set(node.identifier, node);
        if (node.type === 'link' && !problem) {
          const misleading = misleadingLink(toString(node), node.url);
          if (misleading) report(node, misleading);
        }
        break;
      }
      case 'imageReference':
        imageReferences.push(node.identifier);
        break;
    }
  });
  // `![x][ref]` takes its address from `[ref]: …`, which may stand anywhere in the body.
  for (const identifier of new Set(imageReferences)) {
    const definition = definitions.get(identifier);
    if (definition && isRemote(definition.url)) report(definition, REMOTE_IMAGE);
  }
  return found;
}

function reportComponentUse(
  name: keyof typeof AUTHOR_COMPONENTS,
  node: {
    attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
    children: unknown[];
    position?: { start: { line: number; column: number } } | undefined;
  },
  report: (
    node: { position?: { start: { line: number; column: number } } | undefined },
    message: string,
  ) => void,
) {
  const spec = AUTHOR_COMPONENTS[name];
  const allowed: readonly string[] = spec.attributes;
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && !allowed.includes(attribute.name)) {
      report(
        attribute.position ? attribute : node,
        `\`<${name}>\` takes no \`${attribute.name}\` attribute; it takes ${allowed.map((a) => `\`${a}\``).join(', ')}.`,
      );
    }
    if (
      name === 'Callout' &&
      attribute.type === 'mdxJsxAttribute' &&
      attribute.name === 'type' &&
      !(CALLOUT_TYPES as readonly string[]).includes(String(attribute.value))
    ) {
      report(
        attribute.position ? attribute : node,
        `a Callout's type is one of ${CALLOUT_TYPES.join(', ')}.`,
      );
    }
  }
  if (!spec.children && node.children.length > 0)
    report(node, `\`<${name}>\` takes no content between its tags: write it as \`<${name} … />\`.`);
}

function reportAttribute(
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  element: { position?: { start: { line: number; column: number } } | undefined },
  report: (node: typeof element, message: string) => void,
) {
  const at = attribute.position ? attribute : element;
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    report(
      at,
      'spread attributes `{...props}` are not allowed. Write each attribute as name="value".',
    );
    return;
  }
  if (/^on/i.test(attribute.name))
    report(at, `event handler \`${attribute.name}\` is not allowed: entries ship no script.`);
  if (attribute.value && typeof attribute.value === 'object') {
    report(
      at,
      `attribute \`${attribute.name}\` uses an expression: write it as ${attribute.name}="value".`,
    );
  } else if (
    typeof attribute.value === 'string' &&
    /^(href|src|action|formaction|xlink:href|poster)$/i.test(attribute.name)
  ) {
    const problem = unsafeUrl(attribute.value);
    if (problem) report(at, problem);
  }
}
