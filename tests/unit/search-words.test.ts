import { describe, expect, it } from 'vitest';
import { searchLexicon } from '../../src/view/search-lexicon.ts';
import { planQuery, usedByLibrary } from '../../src/view/search-plan.ts';
import { rankByWords } from '../../src/view/search-rank.ts';
import {
  baseForms,
  nameKey,
  namedFirst,
  nearestWord,
  STOP_WORDS,
} from '../../src/view/search-words.ts';

// A small library and a small thesaurus, as the build hands them to searchLexicon.
const PAGES = [
  'Hindsight Bias. After a failure the outcome looks obvious.',
  'Pre-Mortem. Imagine the plan failed; the most senior person speaks last.',
  'Blameless Post-Mortem. A review of what happened, without blame.',
  'Sunk-Cost Escalation. The money already spent keeps a project going.',
  'The Loudest Voice Decides. The leader overrides the data.',
  'Orphaned Actions. Retrospective actions nobody owns.',
  'Untested Instrumentation. Nobody checked the events we store.',
];
// Each related word through the part of speech of its sense: n(oun), v(erb), a(djective).
const related = (words: string, part: 'n' | 'v' | 'a' = 'n') =>
  words.split(' ').map((word) => ({ word, part }));
const THESAURUS = {
  related: new Map([
    ['boss', related('foreman chief supervisor leader')],
    ['chief', related('leader boss')],
    ['retro', related('fashion retrospective')],
    ['outlay', related('money spending')],
    ['leader', related('chief')],
    ['tank', related('vessel store')],
    ['hoard', [...related('cache store'), ...related('stash store', 'v')]],
    ['scar', [...related('blemish actions'), ...related('deface', 'v')]],
    ['double', [...related('image'), ...related('twofold failure', 'a')]],
  ]),
  common: new Set([
    'boss',
    'chief',
    'outlay',
    'leader',
    'planning',
    'monkey',
    'tank',
    'hoard',
    'scar',
    'double',
  ]),
  usage: new Map([
    ['double', 'a'],
    ['store', 'v'],
    ['leader', 'n'],
  ]),
};
const LEXICON = searchLexicon(PAGES, THESAURUS);
const plan = (query: string, exact = false) => planQuery(query, (s) => LEXICON[s], exact);

describe('the search lexicon', () => {
  it('maps an everyday word the library does not use to the library words related to it', () => {
    expect(LEXICON['b']?.related['boss']).toEqual(['leader']);
    expect(LEXICON['o']?.related['outlay']).toEqual(['money']);
  });

  it('relates a word only through senses of the part of speech the library’s word is commonest in', () => {
    // "tank" is related to "store" as a noun (a storehouse); "store" is mostly a verb: no relation.
    expect(LEXICON['t']?.related['tank']).toBeUndefined();
    expect(LEXICON['t']?.english).toContain('tank');
    // "hoard" is related to it as a verb too.
    expect(LEXICON['h']?.related['hoard']).toEqual(['store']);
    // "double" is mostly an adjective: not its noun senses (a look-alike, an image).
    expect(LEXICON['d']?.related['double']).toEqual(['failure']);
  });

  it('relates a word typed with a verb’s ending through its base form’s verb senses alone', () => {
    expect(plan('scar').words[0]?.related).toEqual(['actions']);
    // "scarred" is the verb, which relates to nothing in the library: no related words, and nothing corrected.
    expect(plan('scarred').words[0]).toEqual({ typed: 'scarred', term: 'scarred', related: [] });
    expect(plan('hoarded').words[0]?.related).toEqual(['store']);
  });

  it('tells a word the library uses (or an inflection, or a start of one) from one it does not', () => {
    expect(usedByLibrary('actions', LEXICON['a'])).toBe(true);
    expect(usedByLibrary('action', LEXICON['a'])).toBe(true);
    // Pagefind matches a prefix, as short as it is typed.
    expect(usedByLibrary('act', LEXICON['a'])).toBe(true);
    // Its stem as well: "owned" for the library's "owns".
    expect(usedByLibrary('owned', LEXICON['o'])).toBe(true);
    // A word it does not hold: Pagefind would fall back to a shorter prefix ("blame" for "blamestorm").
    expect(usedByLibrary('blamestorm', LEXICON['b'])).toBe(false);
    expect(usedByLibrary('boss', LEXICON['b'])).toBe(false);
    // Without the shard, nothing is known: the word is searched as before.
    expect(usedByLibrary('blamestorm', undefined)).toBe(true);
  });

  it('ships nothing for words the library uses itself, nor words related to nothing in it', () => {
    expect(LEXICON['l']?.related['leader']).toBeUndefined();
    expect(Object.values(LEXICON).flatMap((shard) => Object.keys(shard.related))).not.toContain(
      'retro',
    );
  });

  it('files each word under its first letter, the library’s words with hyphenated ones joined', () => {
    expect(LEXICON['p']?.words).toEqual(
      expect.arrayContaining(['premortem', 'postmortem', 'plan']),
    );
    expect(LEXICON['h']?.words).toContain('hindsight');
    expect(LEXICON['h']?.words).not.toContain('the');
  });

  it('keeps everyday words the library does not use as known words, not misspellings', () => {
    expect(LEXICON['m']?.english).toContain('monkey');
    expect(plan('monkey').corrected).toBeUndefined();
  });
});

describe('planning a query', () => {
  it('drops common words, and keeps them only when the query has nothing else', () => {
    expect(plan('our retro actions never get done').words.map((w) => w.term)).toEqual([
      'retro',
      'actions',
      'done',
    ]);
    expect(plan('the').words.map((w) => w.term)).toEqual(['the']);
    expect(STOP_WORDS.has('our')).toBe(true);
  });

  it('takes a contraction for a common word, not a misspelling ("don’t" is not "done")', () => {
    expect(plan('we don’t know, we’d blame').words.map((w) => w.term)).toEqual(['know', 'blame']);
    expect(plan("they're").corrected).toBeUndefined();
  });

  it('corrects a misspelt word to the nearest library word and says what it searched', () => {
    expect(plan('hindsite bias')).toMatchObject({
      corrected: 'hindsight bias',
      words: [{ typed: 'hindsite', term: 'hindsight' }, { term: 'bias' }],
    });
    expect(plan('Blamless Post-Mortem').corrected).toBe('blameless Post-Mortem');
  });

  it('leaves the words as typed when asked to, or when the library knows them', () => {
    expect(plan('hindsite', true).corrected).toBeUndefined();
    expect(plan('hindsight').corrected).toBeUndefined();
    // A word that starts a library word is being typed, or shortened: "retro" for "retrospective".
    expect(plan('retro').corrected).toBeUndefined();
  });

  it('joins a hyphenated word and two words the library writes as one', () => {
    expect(plan('pre-mortem').words.map((w) => w.term)).toEqual(['premortem']);
    expect(plan('post mortem review').words.map((w) => w.term)).toEqual(['postmortem', 'review']);
  });

  it('adds the library words a reader’s word relates to', () => {
    expect(plan('the boss decided').words[0]).toEqual({
      typed: 'boss',
      term: 'boss',
      related: ['leader'],
    });
  });
});

describe('nearest word', () => {
  const words = ['hindsight', 'bias', 'blameless', 'cost', 'sunk'];
  it('takes two swapped letters, then the closest word within a reach that grows with length', () => {
    expect(nearestWord('bais', words)).toBe('bias');
    expect(nearestWord('hindsite', words)).toBe('hindsight');
    expect(nearestWord('blamless', words)).toBe('blameless');
  });

  it('finds nothing for a short word or one nothing is near', () => {
    expect(nearestWord('zqxjv', words)).toBeUndefined();
    expect(nearestWord('an', words)).toBeUndefined();
  });

  it('corrects a word of three letters only for two swapped letters ("doc" is a word, not "dot")', () => {
    expect(nearestWord('doc', ['dot', 'document'])).toBeUndefined();
    expect(nearestWord('ocst', words)).toBe('cost');
    expect(nearestWord('bsa', ['bias', 'bas'])).toBe('bas');
  });
});

describe('base forms', () => {
  it('undoes the common English inflections, the word itself first', () => {
    expect(baseForms('overruled')).toEqual(expect.arrayContaining(['overruled', 'overrule']));
    expect(baseForms('pouring')).toContain('pour');
    expect(baseForms('stopped')).toContain('stop');
    expect(baseForms('policies')).toContain('policy');
    expect(baseForms('leader’s')).toContain('leader');
  });
});

describe('ranking pages that match some of the words', () => {
  // Pagefind's score for a page and one word: BM25, higher for a rarer word and for one in a title or summary.
  const hit = (id: string, score = 1) => ({ id, score });
  it('puts pages matching rarer and more words first, and related words below the word itself', () => {
    const ranked = rankByWords([
      // "loudest": one page of a hundred, so a high score there.
      [{ weight: 1, hits: [hit('voice', 6)] }],
      // "person" and "wins": common words, on many pages, each scoring little.
      [{ weight: 1, hits: Array.from({ length: 60 }, (_, i) => hit(`p${i}`, 0.5)) }],
      [{ weight: 1, hits: Array.from({ length: 50 }, (_, i) => hit(`p${i}`, 0.5)) }],
    ]);
    expect(ranked[0]?.id).toBe('voice');
    const related = rankByWords([
      [
        { weight: 1, hits: [hit('own')] },
        { weight: 0.6, hits: [hit('near')] },
      ],
    ]);
    expect(related.map((page) => page.id)).toEqual(['own', 'near']);
  });

  it('ranks a page where the word is prominent above one that mentions it in passing', () => {
    const ranked = rankByWords([[{ weight: 1, hits: [hit('passing', 1), hit('title', 9)] }]]);
    expect(ranked.map((page) => page.id)).toEqual(['title', 'passing']);
  });

  it('ranks a page with two words above one with a single word scoring as much as both', () => {
    const ranked = rankByWords([
      [{ weight: 1, hits: [hit('both', 2), hit('one', 4)] }],
      [{ weight: 1, hits: [hit('both', 2)] }],
    ]);
    expect(ranked.map((page) => page.id)).toEqual(['both', 'one']);
  });

  it('counts mentions in passing for nothing: a page one word describes outranks one naming seven in passing', () => {
    // "my boss ignored the test results and went with his gut": each common word once in a long text, against the
    // page whose summary says what "boss" means.
    const words = ['ignored', 'test', 'results', 'went', 'with', 'his', 'gut'];
    const ranked = rankByWords([
      [{ weight: 0.7, hits: [hit('loudest-voice', 10)] }],
      ...words.map(() => [{ weight: 1, hits: [hit('long-lesson', 0.5)] }]),
    ]);
    expect(ranked.map((page) => page.id)).toEqual(['loudest-voice', 'long-lesson']);
  });

  it('ranks a page a word names above pages that hold another word but the first only in passing', () => {
    // "pre-mortem checklist": the Pre-Mortem names the first word; five lessons mention it and hold "checklist".
    const lessons = ['a', 'b', 'c', 'd', 'e'];
    const ranked = rankByWords([
      [{ weight: 1, hits: [hit('pre-mortem', 10), ...lessons.map((id) => hit(id, 1))] }],
      [{ weight: 1, hits: lessons.map((id) => hit(id, 2)) }],
    ]);
    expect(ranked[0]?.id).toBe('pre-mortem');
  });
});

describe('named first', () => {
  const result = (title: string, aliases?: string) => ({
    meta: { title, ...(aliases ? { aliases } : {}) },
  });
  const lesson = result('The Pre-Mortem I Skipped');
  const pattern = result('Pre-Mortem', 'Premortem, Prospective Hindsight');
  const trap = result('Hindsight Bias');

  it('moves results named exactly as the query to the front, keeping the rest in order', () => {
    expect(namedFirst([lesson, trap, pattern], 'pre-mortem')).toEqual([pattern, lesson, trap]);
    expect(namedFirst([lesson, trap, pattern], 'Prospective hindsight')).toEqual([
      pattern,
      lesson,
      trap,
    ]);
    expect(namedFirst([lesson, trap, pattern], 'mortem')).toEqual([lesson, trap, pattern]);
  });

  it('matches names whole, whatever their case, accents and punctuation', () => {
    expect(nameKey('Pre-Mortem')).toBe(nameKey('pre mortem'));
    expect(nameKey('Café Décision')).toBe('cafedecision');
  });
});
