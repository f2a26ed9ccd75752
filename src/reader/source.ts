import {
  LineCounter,
  Parser,
  isMap,
  parseDocument,
  visit,
  type CST,
  type Document,
  type Node,
} from 'yaml';

/**
 * A text with every line ending as LF: CRLF and a lone CR (old Mac files, or one mixed in) end a line in editors
 * and on GitHub, so they do for every rule, every finding's line, and the published entry.
 */
export const unifyLineEndings = (text: string) => text.replace(/\r\n?/g, '\n');

/** A parsed content file: its YAML (frontmatter or whole file) with positions, and its body. */
export interface SourceFile {
  /** Path relative to the repository root. */
  file: string;
  /** The whole file as written. */
  text: string;
  /** The YAML document, with source ranges (parsed on first use when the data came from the check's cache). */
  yaml: Document;
  /** Its plain data (undefined when the YAML itself is broken). */
  data: unknown;
  /** Turns a YAML offset into a 1-based line and column in the whole file. */
  position: (offset: number) => { line: number; column: number };
  /** The MDX body after the frontmatter ('' for YAML files). */
  body: string;
  /** The 1-based line the body starts on. */
  bodyLine: number;
  /** YAML syntax errors, already positioned. */
  yamlErrors: { line: number; column: number; message: string }[];
  /** The YAML's concrete syntax tree (its comments are there), offsets as `position` takes them. */
  cst: () => CST.Token[];
}

// Opening and closing `---` each on a line of their own; a byte-order mark and blank lines may come first, as Astro allows.
const FRONTMATTER =
  /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

// Aliases an entry may use: enough for shared lists, too few to expand into a bomb.
const MAX_ALIAS_COUNT = 50;

// An unclosed `[` or `{` is reported where the parser gave up, often the next line: point at the bracket
// left open, and say how to close it.
function placeYamlError(
  yamlText: string,
  error: { message: string; pos: [number, number] },
): { offset: number; message: string } {
  const message = error.message.split('\n')[0] ?? error.message;
  const closer = /end with an? ([\]}])/.exec(message)?.[1];
  if (!closer) return { offset: error.pos[0], message };
  const opener = yamlText.lastIndexOf(closer === ']' ? '[' : '{', error.pos[0]);
  return {
    offset: opener < 0 ? error.pos[0] : opener,
    message: `${message}: this bracket is never closed; add \`${closer}\` at the end of its list`,
  };
}

/** What a file's YAML holds, as plain data: what the check needs of it unless it reports a position. */
export interface ParsedYaml {
  data: unknown;
  yamlErrors: SourceFile['yamlErrors'];
}

/**
 * Parses an MDX entry (`---` frontmatter, then body) or a whole YAML file. With `parsed`, the
 * YAML's data as an earlier parse of the same text found it, the YAML is parsed again only when
 * something asks for its syntax tree or a position.
 */
export function parseSource(
  file: string,
  text: string,
  kind: 'mdx' | 'yaml',
  parsed?: ParsedYaml,
): SourceFile | { file: string; missingFrontmatter: true } {
  let yamlText = text;
  let lineOffset = 0;
  let body = '';
  let bodyLine = 1;
  if (kind === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) return { file, missingFrontmatter: true };
    yamlText = match[1] ?? '';
    lineOffset = match[0].slice(0, match[0].indexOf('---')).split('\n').length;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }
  let document: { yaml: Document; position: SourceFile['position'] } | undefined;
  const parse = () => {
    if (document) return document;
    const lineCounter = new LineCounter();
    const position = (offset: number) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line + lineOffset, column: col };
    };
    document = { yaml: parseDocument(yamlText, { lineCounter, prettyErrors: false }), position };
    return document;
  };
  const fresh = (): ParsedYaml => {
    const { yaml, position } = parse();
    const yamlErrors = yaml.errors.map((error) => {
      const { offset, message } = placeYamlError(yamlText, error);
      return { ...position(offset), message };
    });
    if (yamlErrors.length) return { data: undefined, yamlErrors };
    try {
      return { data: yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), yamlErrors };
    } catch (error) {
      // An alias bomb: a few lines that expand to millions of values, placed at the first alias that repeats another.
      let first: number | undefined;
      visit(yaml, {
        Alias(_, node) {
          first = node.range?.[0];
          return first === undefined ? undefined : visit.BREAK;
        },
      });
      return {
        data: undefined,
        yamlErrors: [
          {
            ...(first === undefined ? { line: lineOffset + 1, column: 1 } : position(first)),
            message: `${(error as Error).message}: write the values out instead of repeating aliases`,
          },
        ],
      };
    }
  };
  const { data, yamlErrors } = parsed ?? fresh();
  return {
    file,
    text,
    get yaml() {
      return parse().yaml;
    },
    data,
    position: (offset) => parse().position(offset),
    body,
    bodyLine,
    yamlErrors,
    cst: () => [...new Parser().parse(yamlText)],
  };
}

/**
 * Where a path inside the YAML points: the value's node when it exists, else the
 * nearest existing parent's key, else the document's start.
 */
export function locate(
  source: SourceFile,
  path: readonly PropertyKey[],
): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = source.yaml.getIn(path.slice(0, depth), true) as Node | undefined;
    if (node?.range) {
      if (depth < path.length && isMap(node)) {
        // A missing key is reported at its parent's first key, where it would be added.
        const first = node.items[0]?.key as Node | undefined;
        if (first?.range) return source.position(first.range[0]);
      }
      return source.position(node.range[0]);
    }
  }
  return { line: 1, column: 1 };
}

/** Where the key of a map entry stands (for unknown fields). */
export function locateKey(
  source: SourceFile,
  parent: readonly PropertyKey[],
  key: string,
): { line: number; column: number } {
  const map = parent.length ? source.yaml.getIn(parent, true) : source.yaml.contents;
  if (isMap(map)) {
    const pair = map.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return source.position(keyNode.range[0]);
  }
  return locate(source, parent);
}
