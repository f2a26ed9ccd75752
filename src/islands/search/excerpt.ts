/** A run of excerpt text, and whether Pagefind marked it as matching the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
};

/**
 * Splits a Pagefind excerpt (text with `<mark>` around matches, `<` and `>` escaped) into plain
 * runs, so the page renders it as text and never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) =>
    text.replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .flatMap((part) => {
      const marked = part.startsWith('<mark>') && part.endsWith('</mark>');
      if (!marked) return [{ text: decode(part), marked }];
      // Pagefind marks a word with the punctuation around it ("blame;"): only the word is the match.
      const [, before = '', word = '', after = ''] =
        /^([^\p{L}\p{N}]*)([\s\S]*?)([^\p{L}\p{N}]*)$/u.exec(decode(part.slice(6, -7))) ?? [];
      return [
        { text: before, marked: false },
        { text: word, marked: word !== '' },
        { text: after, marked: false },
      ].filter((run) => run.text !== '');
    })
    .reduce<ExcerptPart[]>((runs, run) => {
      const last = runs.at(-1);
      if (last && !last.marked && !run.marked) last.text += run.text;
      else runs.push({ ...run });
      return runs;
    }, []);
}

/** Whether an excerpt starts or ends mid-sentence, so the page can show the cut with an ellipsis. */
export function excerptCuts(parts: readonly ExcerptPart[]): { start: boolean; end: boolean } {
  const text = parts
    .map((part) => part.text)
    .join('')
    .trim();
  // Pagefind cuts at word boundaries: a lowercase or punctuation start, or a missing full stop, means a cut.
  return { start: /^[^A-Z0-9"“‘'#(]/.test(text), end: text !== '' && !/[.!?…:"”’)]$/.test(text) };
}
