import { decodeHTML } from 'entities';

/** Text as the prose rules read it, and where each of its characters came from in the original. */
export interface Normalised {
  text: string;
  /** The offset in the original text of a character offset in `text`. */
  source: (offset: number) => number;
}

// An HTML character reference, which MDX, a feed reader or a browser decodes after the check has read the text.
const REFERENCE = /&(?:#\d{1,8}|#[xX][\da-fA-F]{1,7}|[A-Za-z][A-Za-z\d]{1,31});?/y;
// Characters that draw nothing (zero-width spaces and joiners, bidi controls, soft hyphens, variation selectors…):
// dropped for matching, so `da\u200Bna@acme.io` is the address it looks like.
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
// Only text with one of these can change: the rest is returned as it is.
const MAY_CHANGE = /[&\u0080-\u{10FFFF}]/u;

/**
 * Text as a reader sees it: character references decoded, compatibility forms folded (NFKC, so fullwidth `＠`
 * is `@`), and invisible characters dropped; `source` maps positions back for findings.
 */
export function normalise(text: string): Normalised {
  if (!MAY_CHANGE.test(text)) return { text, source: (offset) => offset };
  let out = '';
  const origin: number[] = [];
  const emit = (chunk: string, at: number) => {
    for (const char of chunk) {
      if (IGNORABLE.test(char)) continue;
      const folded = char.normalize('NFKC');
      out += folded;
      for (let k = 0; k < folded.length; k++) origin.push(at);
    }
  };
  for (let i = 0; i < text.length;) {
    if (text[i] === '&') {
      REFERENCE.lastIndex = i;
      const reference = REFERENCE.exec(text)?.[0];
      const decoded = reference && decodeHTML(reference);
      if (reference && decoded !== reference) {
        emit(decoded as string, i);
        i += reference.length;
        continue;
      }
    }
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    emit(char, i);
    i += char.length;
  }
  return {
    text: out,
    source: (offset) => (offset < origin.length ? (origin[offset] as number) : text.length),
  };
}
