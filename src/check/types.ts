// The types every part of the check shares: a finding, the contract every rule keeps, and what passes between
// the runner, the rules and the cache. A rule is declared once, in the registry (rules/index.ts), and its code is
// one module in rules/ that default-exports its `check`: a per-file check or a library check. This module imports
// types only, and no rule or runner module, so that anything in the check may import it without a loop.
import type { Root } from 'mdast';
import type { RenderedBody } from '../markdown/render.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { Prose, YamlString } from './text/prose.ts';
import type { CheckedEntry, UnreadableFile } from '../reader/read-entries.ts';
import type { SourceFile } from '../reader/source.ts';

/** What the registry says of every rule, whatever it runs on. */
interface RuleInfo {
  /** The rule's name, printed in its findings and named by `check-ignore` comments. */
  id: string;
  /** What it finds, in one line. */
  description: string;
  /** Whether a `check-ignore` comment may silence its findings (only rules that judge wording). */
  waivable: boolean;
  /** The severity of its findings (`permalinks` adds a warning beside its errors). */
  severity: Severity;
}

/**
 * A rule that reads one file's text alone. It runs in analyseFile, possibly on a worker thread, and its
 * findings are cached with the file's text, so it may depend on nothing else (but `context.known`).
 */
export interface FileRule extends RuleInfo {
  kind: 'file';
  /** Loads the rule's module; loaded only when a file is analysed, so a run served by the cache never loads its libraries. */
  load(): Promise<{ default: FileCheck }>;
}

/** A rule that needs the whole library (ids, other entries, public/, the permalink manifest). It runs in runCheck, on the main thread. */
export interface LibraryRule extends RuleInfo {
  kind: 'library';
  /** Loads the rule's module. */
  load(): Promise<{ default: LibraryCheck }>;
}

/** Any rule of the registry. */
export type Rule = FileRule | LibraryRule;

/** How a check hands in what it found. */
export interface RuleContext {
  report(...findings: Finding[]): void;
}

/** What a per-file check may ask beyond the file: whether a word is one of the library's, for the name rules. */
export interface FileContext extends RuleContext {
  known: KnownWords;
  /** The site's region (site.config.ts), whose national phone numbers are read first; handed in, so the rules load in a browser. */
  region: string;
  /** The site's own host (site.config.ts's url), which a link's host must not imitate; absent in the page's check. */
  siteHost?: string;
}

/** One file as a per-file check sees it: its text and what the reader and the MDX parser made of it. */
export interface CheckedFile extends FileInput {
  /** The body's tree, when the file is MDX and its body parses. */
  tree?: Root;
  /** Why the MDX body does not parse (at a file line); the rules that read the body do not run then. */
  parseError?: { line: number; column: number; message: string };
  /** Every run of text a reader sees (YAML values and body); undefined when the body does not parse. */
  prose?: Prose[];
  /** The runs of `prose` that are sentences (not code or addresses). */
  sentences?: Prose[];
}

/** A per-file check: the default export of a file rule's module. */
export type FileCheck = (file: CheckedFile, context: FileContext) => void | Promise<void>;

/** The library as the library checks see it. */
export interface Library {
  /** Every entry of the library, checked or not (duplicate slugs and citations need them all). */
  all: readonly CheckedEntry[];
  /** The entries to check: every one, or those of the files named on the command line. */
  entries: readonly CheckedEntry[];
  /** The files that could not be read as entries, checked or not. */
  unreadable: readonly UnreadableFile[];
  /** The files to check, one source each (tags.yaml holds many entries). */
  files: ReadonlyMap<string, SourceFile>;
  /** Every id per collection. */
  ids: Record<CollectionName, Set<string>>;
  /** Whether only some files are checked, and whether a file is one of them. */
  only: boolean;
  included(file: string): boolean;
  /** Findings name files relative to this folder. */
  root: string;
  /** The content folder, whose notes (README.md) are in the public repository too. */
  contentDir: string;
  publicDir: string;
  /** The manifest of published URLs. */
  manifest: string;
  /** What counts as "the future" for dates. */
  today: Date;
  /** The schema's reading of an entry, once per entry: its findings, and the fields that parsed. */
  schema(entry: CheckedEntry): SchemaResult;
  /** A file's `check-ignore` comments, read once per file. */
  ignores(source: SourceFile): { ignores: Ignore[]; findings: Finding[] };
  /** The per-file results of every checked file, once they are in (from the cache, the worker threads or this thread). */
  analyses(): Promise<ReadonlyMap<string, FileAnalysis>>;
  /** Visits entries, yielding now and then so that worker threads are handed their next files meanwhile. */
  each(entries: readonly CheckedEntry[], visit: (entry: CheckedEntry) => void): Promise<void>;
}

/** A library check: the default export of a library rule's module. */
export type LibraryCheck = (library: Library, context: RuleContext) => void | Promise<void>;

/** How serious a finding is: errors fail the check and the build, warnings go to the reviewer. */
export type Severity = 'error' | 'warning';

/** One problem in one place of one file. */
export interface Finding {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The rule that found it (`schema`, `references`, `sections`…). */
  rule: string;
  severity: Severity;
  /** What is wrong and how to fix it. */
  message: string;
}

/** A file for the per-file rules, as plain data (what the pool sends a worker): its text, and what the library reader already made of it. */
export interface FileInput {
  file: string;
  text: string;
  collection: CollectionName;
  /** The MDX body ('' for YAML files) and the file line it starts on. */
  body: string;
  bodyLine: number;
  /** The string values of its YAML, for the prose rules. */
  yaml: YamlString[];
}

/** The library's known words, as the names rule asks about them: one word at a time. */
export interface KnownWords {
  has(word: string): boolean;
}

/** What the per-file rules found in one file, and what the library rules need from its body. Plain data, so it can be cached and sent between threads. */
export interface FileAnalysis {
  /** Each per-file rule's findings, by rule id. */
  findings: Record<string, Finding[]>;
  /** Links and entry-naming components of the body, for the library rules `links` and `references`. */
  links: BodyLink[];
  components: ComponentReference[];
  /** A pattern's known uses, for the `evidence` rule. */
  knownUses?: number;
  /** The body rendered to HTML for the content store, when it parsed and is safe: the build reuses this parse instead of making its own. */
  rendered?: RenderedBody;
  /** Every word the `names` rule looked up in the library's known words, with the answer: the only way it depends on other files. */
  namesAsked: [word: string, known: boolean][];
}

/** A link, link definition or image in a body, and where it stands in the file. */
export interface BodyLink {
  url: string;
  /** Set on an image (`![alt](url)`): it must be a file of the site's `public/`, not a page. */
  image?: true;
  line: number;
  column: number;
}

/** An author component that names another entry (`<PatternRef slug="…" />`), and where it stands in the file. */
export interface ComponentReference {
  name: string;
  /** The attribute that names the entry, and the collection the entry must be in. */
  attribute: string;
  collection: CollectionName;
  /** The attribute's value; undefined when it is missing or not a plain string. */
  value: string | undefined;
  line: number;
  column: number;
}

/** What the schema made of an entry: its problems, and the fields that did parse. */
export interface SchemaResult {
  findings: Finding[];
  /** Parsed values of the fields that passed, by field name. */
  fields: Record<string, unknown>;
}

/** A `check-ignore <rule>: <reason>` comment: silences one rule on its own line (or the next, when it stands alone). */
export interface Ignore {
  rule: string;
  reason: string;
  line: number;
  /** Whether the comment is the only thing on its line, so it applies to the line below. */
  alone: boolean;
}
