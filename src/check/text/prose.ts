import type { Link, Parent, Root, Text } from 'mdast';
import type { Node } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { isScalar, visit as visitYaml, type Scalar } from 'yaml';
import { normalise } from './normalise.ts';
import type { SourceFile } from '../../reader/source.ts';

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
export type ProseKind = 'text' | 'code' | 'url' | 'comment';

/** A run of readable text, normalised as a reader sees it (see normalise.ts), and where each of its characters stands in the file. */
export interface Prose {
  text: string;
  kind: ProseKind;
  /**
   * How a run re-reads text that other runs already hold, as it is published: `block`, a block's text with its
   * inline formatting joined (`ghp_**abc**` is `ghp_abc` on the page); `decoded`, an address percent-decoded. A rule
   * reports what such a run finds only when no other run found it, so each thing is reported once.
   */
  derived?: 'block' | 'decoded';
  /** The file lines a run's text stands on: a derived run's find is the same as another run's on these lines. */
  lines?: readonly [first: number, last: number];
  /** 1-based line and column in the file of a character offset in `text`. */
  at: (offset: number) => { line: number; column: number };
}

/** A string value of a file's YAML, where it starts in the file, and its source as written (for block and quoted scalars, which differ from their value). */
export interface YamlString {
  text: string;
  line: number;
  column: number;
  /** A `# comment` (in the public repository, though not on a page), or a value that is not a string (a number, a date). */
  kind?: 'comment' | 'scalar';
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
      if (!isScalar(node) || !node.range) return;
      if (typeof node.value !== 'string') {
        // A number or a date is published as written: `card: 4111111111111111` is a card number on the page.
        const written = sourceOf(source, node.range);
        if (written && node.value !== null)
          strings.push({ text: written, ...source.position(node.range[0]), kind: 'scalar' });
        return;
      }
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
  for (const comment of yamlComments(source)) strings.push({ ...comment, kind: 'comment' });
  return strings;
}

// The text of a YAML node's range, read from the file through the node's own offsets.
function sourceOf(source: SourceFile, range: readonly [number, number, number]): string {
  const start = source.position(range[0]);
  const end = source.position(range[1]);
  const lines = source.text.split('\n');
  if (start.line === end.line)
    return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  return [
    (lines[start.line - 1] ?? '').slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    (lines[end.line - 1] ?? '').slice(0, end.column - 1),
  ].join('\n');
}

/** Every `# comment` of a file's YAML, from the parser's concrete syntax tree, with where its text starts. */
function yamlComments(source: SourceFile): { text: string; line: number; column: number }[] {
  const comments: { text: string; line: number; column: number }[] = [];
  // A comment starts with `#`: YAML without one (most frontmatter) is not parsed a second time for its syntax.
  if (!source.text.slice(0, source.text.length - source.body.length).includes('#')) return comments;
  const seen = new Set<number>();
  const visitToken = (token: unknown): void => {
    if (!token || typeof token !== 'object') return;
    if (Array.isArray(token)) return token.forEach(visitToken);
    const {
      type,
      offset,
      source: text,
    } = token as {
      type?: string;
      offset?: number;
      source?: string;
    };
    if (type === 'comment' && typeof offset === 'number' && typeof text === 'string') {
      if (!seen.has(offset)) {
        seen.add(offset);
        const at = source.position(offset + 1);
        comments.push({ text: text.slice(1), ...at });
      }
      return;
    }
    for (const value of Object.values(token))
      if (value && typeof value === 'object') visitToken(value);
  };
  for (const token of source.cst()) visitToken(token);
  return comments;
}

/**
 * The prose of an entry: everything of its body (which starts on `bodyLine`) that reaches a page, a feed or
 * the library's JSON (text, alt text, link addresses and titles, code, component attributes), its comments (in the
 * public repository), then every value and comment of its YAML; then the same text as published: each block's
 * text with its inline formatting joined, and each address percent-decoded (derived runs). `body` (the body as
 * written) places characters exactly; without it, a run's text is assumed to stand in the file as it is.
 */
export function proseOf(
  tree: Root | undefined,
  bodyLine: number,
  strings: readonly YamlString[],
  body?: string,
): Prose[] {
  const runs: Prose[] = [];
  const derived: Prose[] = [];
  if (tree) {
    const joined = joinAutolinkedText(tree);
    // Nodes a transform made (GFM's autolinks after an escape) have no position: they are placed at the last node that had one.
    let lastStart = { line: 1, column: 1 };
    visit(tree, (found) => {
      const node = joined.get(found) ?? found;
      if (joined.get(found) === null) return SKIP;
      const start = node.position?.start ?? { ...lastStart, offset: undefined };
      lastStart = start;
      const begin = { line: start.line + bodyLine - 1, column: start.column };
      const raw =
        body !== undefined && start.offset !== undefined && node.position?.end.offset !== undefined
          ? body.slice(start.offset, node.position.end.offset)
          : undefined;
      const unplaced = !node.position;
      // A text node is aligned with its source character by character; any other value (an address, a title, code)
      // is placed where it stands in its node's source, or at the node when it was written differently (escaped).
      const place = (value: string, kind: ProseKind): Prose => {
        if (unplaced) return { ...run(value, kind, begin), at: () => begin };
        if (node.type === 'text' || raw === undefined) return run(value, kind, begin, raw);
        const index = raw.indexOf(value);
        return index < 0
          ? { ...run(value, kind, begin), at: () => begin }
          : run(value, kind, lineColumn(raw, index, begin), value);
      };
      const add = (value: string | null | undefined, kind: ProseKind) => {
        if (value) runs.push(place(value, kind));
      };
      const linesOf = (of: Node): [number, number] => [
        begin.line,
        (of.position?.end.line ?? start.line) + bodyLine - 1,
      ];
      const addUrl = (url: string) => {
        add(url, 'url');
        const decoded = percentDecoded(url);
        if (decoded !== url)
          derived.push({ ...place(decoded, 'url'), derived: 'decoded', lines: linesOf(node) });
      };
      if (BLOCKS.has(node.type)) {
        const block = blockText(node as Parent, bodyLine);
        if (block) derived.push(block);
      }
      switch (node.type) {
        case 'text':
          add(node.value, 'text');
          break;
        case 'inlineCode':
          add(node.value, 'code');
          break;
        case 'code':
          add(node.value, 'code');
          // A fence's info string: its language is published (`class="language-…"`), all of it is in the repository.
          add(node.lang, 'code');
          add(node.meta, 'code');
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          // `{/* comments */}`, the only expressions the allowlist admits: not on the page, but in the repository.
          add(node.value, 'comment');
          break;
        case 'link':
        case 'image':
        case 'definition':
          // A bare address made a link (GFM's autolink literal) is read once, as the text it is written as.
          if (!(node.type === 'link' && isAutolinkLiteral(node))) addUrl(node.url);
          add(node.title, 'text');
          if (node.type === 'image') add(node.alt, 'text');
          break;
        case 'footnoteReference':
        case 'footnoteDefinition':
          // A footnote's label is published in its link and its anchor (`#user-content-fn-label`).
          add(node.label ?? node.identifier, 'url');
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          for (const attribute of node.attributes) {
            if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
              add(attribute.value, 'text');
              const decoded = percentDecoded(attribute.value);
              if (decoded !== attribute.value)
                derived.push({
                  ...place(decoded, 'url'),
                  derived: 'decoded',
                  lines: linesOf(node),
                });
            }
          }
          break;
      }
      return node === found ? undefined : SKIP;
    });
  }
  for (const { text, line, column, raw, kind } of strings) {
    const prose = run(
      text,
      kind === 'comment' ? 'comment' : 'text',
      { line, column },
      raw ?? text,
      raw !== undefined,
    );
    runs.push(prose);
    const decoded = percentDecoded(text);
    if (decoded !== text && kind !== 'comment')
      derived.push({
        ...run(decoded, 'url', { line, column }),
        derived: 'decoded',
        lines: [line, line + (raw ?? text).split('\n').length - 1],
      });
  }
  return [...runs, ...derived];
}

// The blocks whose text a reader reads as one run: inline formatting inside them joins on the page.
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * A block's text as published: its text, code and alt text in order, inline formatting (emphasis, links,
 * components) joined, so `ghp_**abc**` or `ann@*acme*.io` reads as the one token it is on the page. Undefined
 * when the block is one run of text already read as it is. A character is placed at the start of the piece of
 * text it comes from (exact to that piece, not to the character).
 */
function blockText(block: Parent, bodyLine: number): Prose | undefined {
  const pieces: { offset: number; at: { line: number; column: number } }[] = [];
  let text = '';
  let leaves = 0;
  const collect = (node: Node): void => {
    const value =
      node.type === 'text' || node.type === 'inlineCode'
        ? (node as Text).value
        : node.type === 'image'
          ? ((node as { alt?: string }).alt ?? '')
          : node.type === 'break'
            ? '\n'
            : undefined;
    if (value !== undefined) {
      const start = node.position?.start;
      if (start)
        pieces.push({
          offset: text.length,
          at: { line: start.line + bodyLine - 1, column: start.column },
        });
      text += value;
      leaves++;
      return;
    }
    for (const child of (node as Partial<Parent>).children ?? []) collect(child);
  };
  for (const child of block.children) collect(child);
  if (leaves < 2) return undefined;
  const { text: normalised, source } = normalise(text);
  const blockStart = block.position?.start;
  const fallback = blockStart
    ? { line: blockStart.line + bodyLine - 1, column: blockStart.column }
    : (pieces[0]?.at ?? { line: bodyLine, column: 1 });
  const end = block.position?.end.line;
  return {
    text: normalised,
    kind: 'text',
    derived: 'block',
    lines: [fallback.line, end === undefined ? fallback.line : end + bodyLine - 1],
    at: (offset) => {
      const inText = source(offset);
      let found = fallback;
      for (const piece of pieces) {
        if (piece.offset > inText) break;
        found = piece.at;
      }
      return found;
    },
  };
}

/** An address or value with its percent-encoding decoded, as a browser shows it (`%40` is `@`); unchanged when it has none or is malformed. */
export function percentDecoded(value: string): string {
  if (!value.includes('%')) return value;
  // Decoded piece by piece, so one malformed escape leaves the rest decoded.
  return value.replace(/(?:%[\da-fA-F]{2})+/g, (escapes) => {
    try {
      return decodeURIComponent(escapes);
    } catch {
      return escapes;
    }
  });
}

/** The runs read as sentences (the blameless and names rules): not code, not addresses. */
export const sentences = (prose: readonly Prose[]): Prose[] =>
  prose.filter((p) => p.kind === 'text' && !p.derived);

/** The blocks' texts with their inline formatting joined (`Marta *should* have checked`), read as sentences too. */
export const blockSentences = (prose: readonly Prose[]): Prose[] =>
  prose.filter((p) => p.kind === 'text' && p.derived === 'block');
