import type { Link, Root, Text } from 'mdast';
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { isScalar, visit as visitYaml, type Scalar } from 'yaml';
import { normalise } from './normalise.ts';
import type { SourceFile } from './source.ts';

/**
 * GFM cuts `da\u200Bna@acme.io` into the text `da\u200B` and a link to `na@acme.io`: read apart, neither is an
 * address. Each run of text and such links standing side by side in the source is read as one text node; the
 * map gives that node for the run's first node, and null for the rest of it.
 */
function joinAutolinkedText(tree: Root): Map<Node, Text | null> {
  const joined = new Map<Node, Text | null>();
  const textOf = (node: Node) =>
    node.type === 'text'
      ? (node as Text).value
      : node.type === 'link' && isAutolinkLiteral(node as Link)
        ? ((node as Link).children[0] as Text).value
        : undefined;
  visit(tree, (parent) => {
    if (!('children' in parent)) return;
    let group: Node[] = [];
    const close = () => {
      const [first, ...rest] = group;
      const last = group.at(-1);
      if (
        first?.position &&
        last?.position &&
        rest.length > 0 &&
        group.some((node) => node.type === 'link')
      ) {
        joined.set(first, {
          type: 'text',
          value: group.map((node) => textOf(node)).join(''),
          position: { start: first.position.start, end: last.position.end },
        });
        for (const node of rest) joined.set(node, null);
      }
      group = [];
    };
    for (const child of parent.children as Node[]) {
      const adjacent = group.at(-1)?.position?.end.offset === child.position?.start.offset;
      if (textOf(child) === undefined || (group.length > 0 && !adjacent)) close();
      if (textOf(child) !== undefined) group.push(child);
    }
    close();
  });
  return joined;
}

// GFM turns `ann@acme.io` or `www.x.org` in text into a link whose address is that same text, perhaps with a scheme.
const isAutolinkLiteral = (link: Link) => {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  return (
    only?.type === 'text' &&
    link.url.replace(/^(mailto:|https?:\/\/)/, '') === only.value.replace(/^https?:\/\//, '')
  );
};

/**
 * What a run of text is on the page: `text` is read as sentences (body text, alt text, link titles, component
 * attributes, YAML values); `code` and `url` reach the page too, but are not sentences, so only the rules that
 * look for data (personal data) read them.
 */
export type ProseKind = 'text' | 'code' | 'url';

/** A run of readable text, normalised as a reader sees it (see normalise.ts), and where each of its characters stands in the file. */
export interface Prose {
  text: string;
  kind: ProseKind;
  /** 1-based line and column in the file of a character offset in `text`. */
  at: (offset: number) => { line: number; column: number };
}

/** A string value of a file's YAML, where it starts in the file, and its source as written (for block and quoted scalars, which differ from their value). */
export interface YamlString {
  text: string;
  line: number;
  column: number;
  /** The scalar as written, from its first character; absent when it equals `text`. */
  raw?: string;
}

const lineColumn = (text: string, offset: number, start: { line: number; column: number }) => {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  const last = lines.at(-1) ?? '';
  return lines.length === 1
    ? { line: start.line, column: start.column + last.length }
    : { line: start.line + lines.length - 1, column: last.length + 1 };
};

// How far ahead in the source a value's character is looked for: indentation, a folded line break, an escape.
const LOOKAHEAD = 64;

/**
 * Where each character of `value` stands in `raw` (a scalar or a text node as written): the value's characters
 * are found in order in the source, skipping what the value leaves out (a block scalar's header and
 * indentation, quotes, escapes, Markdown syntax). One pass, each step looking at most LOOKAHEAD characters on.
 */
export function alignment(value: string, raw: string, scalar = false): Int32Array {
  const offsets = new Int32Array(value.length + 1);
  // A YAML scalar's header (`|`, `>-`) or opening quote is not part of its value; a Markdown `|` or `"` is.
  let j = !scalar ? 0 : /^[|>]/.test(raw) ? raw.indexOf('\n') + 1 : /^["']/.test(raw) ? 1 : 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    const blank = char === ' ' || char === '\n';
    const limit = Math.min(raw.length, j + LOOKAHEAD);
    let k = j;
    while (k < limit && raw[k] !== char && !(blank && raw[k] === '\n')) k++;
    offsets[i] = k < limit ? k : j;
    if (k < limit) j = k + 1;
  }
  offsets[value.length] = Math.min(j, raw.length);
  return offsets;
}

/** 1-based line and column of an offset of `text`, which starts at `start`; `lineStarts` are the offsets after each newline. */
function placeIn(
  lineStarts: readonly number[],
  offset: number,
  start: { line: number; column: number },
) {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle + 1;
    else high = middle;
  }
  return low === 0
    ? { line: start.line, column: start.column + offset }
    : { line: start.line + low, column: offset - (lineStarts[low - 1] as number) + 1 };
}

// A run at a position, its text normalised, its offsets mapped back through the normalisation and the source.
// The maps are built on the first finding, once: a run with thousands of findings stays linear.
function run(
  value: string,
  kind: ProseKind,
  start: { line: number; column: number },
  raw?: string,
  scalar = false,
): Prose {
  const { text, source } = normalise(value);
  let located: { offsets: Int32Array | undefined; lineStarts: number[] } | undefined;
  return {
    text,
    kind,
    at: (offset) => {
      const written = raw ?? value;
      located ??= {
        offsets: raw === undefined ? undefined : alignment(value, raw, scalar),
        lineStarts: [...written.matchAll(/\n/g)].map((m) => m.index + 1),
      };
      const inValue = Math.min(source(offset), value.length);
      return placeIn(
        located.lineStarts,
        located.offsets ? (located.offsets[inValue] as number) : inValue,
        start,
      );
    },
  };
}

/** Every string value of a file's YAML (frontmatter or whole file), as plain data. */
export function yamlStrings(source: SourceFile): YamlString[] {
  const strings: YamlString[] = [];
  const lines = source.text.split('\n');
  visitYaml(source.yaml, {
    Scalar(_, node: Scalar) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      const start = source.position(node.range[0]);
      const end = source.position(node.range[1]);
      const string: YamlString = { text: node.value, ...start };
      if (node.type !== 'PLAIN' || end.line !== start.line) {
        const raw = [
          (lines[start.line - 1] ?? '').slice(start.column - 1),
          ...lines.slice(start.line, end.line),
        ].join('\n');
        if (raw !== node.value) string.raw = raw;
      }
      strings.push(string);
    },
  });
  return strings;
}

/**
 * The prose of an entry: everything of its body (which starts on `bodyLine`) that reaches a page, a feed or
 * the library's JSON (text, alt text, link addresses and titles, code, component attributes), then every string
 * value of its YAML. `body` (the body as written) places characters exactly; without it, a run's text is assumed
 * to stand in the file as it is.
 */
export function proseOf(
  tree: Root | undefined,
  bodyLine: number,
  strings: readonly YamlString[],
  body?: string,
): Prose[] {
  const runs: Prose[] = [];
  if (tree) {
    const joined = joinAutolinkedText(tree);
    visit(tree, (found) => {
      const node = joined.get(found) ?? found;
      if (joined.get(found) === null) return SKIP;
      const start = node.position?.start;
      if (!start) return undefined;
      const begin = { line: start.line + bodyLine - 1, column: start.column };
      const raw =
        body !== undefined && start.offset !== undefined && node.position?.end.offset !== undefined
          ? body.slice(start.offset, node.position.end.offset)
          : undefined;
      // A text node is aligned with its source character by character; any other value (an address, a title, code)
      // is placed where it stands in its node's source, or at the node when it was written differently (escaped).
      const add = (value: string | null | undefined, kind: ProseKind) => {
        if (!value) return;
        if (node.type === 'text' || raw === undefined)
          return void runs.push(run(value, kind, begin, raw));
        const index = raw.indexOf(value);
        runs.push(
          index < 0
            ? { ...run(value, kind, begin), at: () => begin }
            : run(value, kind, lineColumn(raw, index, begin), value),
        );
      };
      switch (node.type) {
        case 'text':
          add(node.value, 'text');
          break;
        case 'inlineCode':
        case 'code':
          add(node.value, 'code');
          break;
        case 'link':
        case 'image':
        case 'definition':
          // A bare address made a link (GFM's autolink literal) is read once, as the text it is written as.
          if (!(node.type === 'link' && isAutolinkLiteral(node))) add(node.url, 'url');
          add(node.title, 'text');
          if (node.type === 'image') add(node.alt, 'text');
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          for (const attribute of node.attributes) {
            if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
              add(attribute.value, 'text');
          }
          break;
      }
      return node === found ? undefined : SKIP;
    });
  }
  for (const { text, line, column, raw } of strings)
    runs.push(run(text, 'text', { line, column }, raw ?? text, raw !== undefined));
  return runs;
}

/** The runs read as sentences (the blameless and names rules): not code, not addresses. */
export const sentences = (prose: readonly Prose[]): Prose[] =>
  prose.filter((p) => p.kind === 'text');
