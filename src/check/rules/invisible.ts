import { decodeHTML } from 'entities';
import type { Finding } from '../finding.ts';
import type { CheckedFile, FileContext } from '../rule.ts';

// Bidi controls reorder what a reader sees (U+202E shows `txt.exe` as `exe.txt`); zero-width characters hide
// inside a word or an address, so what is published is not what a reviewer read. A BOM at the very start is
// the file's encoding mark, not text; a joiner between two emoji is how an emoji sequence is spelt.
// Control characters (a NUL, a form feed, C1 codes) have no place in text either; tab, line feed and carriage return do.
const INVISIBLE_CLASS = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Bidi_Control}\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD\u034F\u115F\u1160\u3164\uFFA0]`;
// Written as an escape, the same characters appear only once the file is decoded: an HTML character reference
// (`&#x202E;`, `&zwnj;`, decoded by MDX and by browsers) or a YAML double-quoted escape (`\u202E`).
const ESCAPE = String.raw`&(?:#\d{1,8}|#[xX][\da-fA-F]{1,7}|[A-Za-z][A-Za-z\d]{1,31});?|\\(?:u[\da-fA-F]{4}|U[\da-fA-F]{8}|x[\da-fA-F]{2})`;
// Each code point of the class is meant on its own, the combining grapheme joiner too.
/* eslint-disable no-misleading-character-class */
const INVISIBLE = new RegExp(`${INVISIBLE_CLASS}|${ESCAPE}`, 'gu');
const IS_INVISIBLE = new RegExp(`^${INVISIBLE_CLASS}$`, 'u');
/* eslint-enable no-misleading-character-class */

// The character an escape stands for ('' when it is not an escape of one character).
const unescape = (escape: string) => {
  if (escape.startsWith('&')) return decodeHTML(escape);
  const code = Number.parseInt(escape.slice(2), 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
};
const MAX_REPORTED = 20;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Bidi controls and zero-width characters anywhere in a file: in prose, titles, ids and code alike. */
export function checkInvisible(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    const index = match.index;
    const escaped = match[0].length > 1;
    const char = escaped ? unescape(match[0]) : match[0];
    if (escaped && !IS_INVISIBLE.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfeff && index === 0) continue;
    if (
      code === 0x200d &&
      EMOJI_BEFORE.test(text.slice(Math.max(0, index - 2), index)) &&
      EMOJI_AFTER.test(text.slice(index + 1, index + 3))
    )
      continue;
    // Lines counted from the previous match on: one pass over the file.
    for (
      let i = text.indexOf('\n', scanned);
      i !== -1 && i < index;
      i = text.indexOf('\n', i + 1)
    ) {
      line++;
      lineStart = i + 1;
    }
    scanned = index;
    const report = (message: string) =>
      findings.push({
        file,
        line,
        column: index - lineStart + 1,
        rule: 'invisible',
        severity: 'error',
        message,
      });
    // A file full of them needs one message, not sixty thousand: the first few, then how many in all.
    if (findings.length === MAX_REPORTED) {
      const total = MAX_REPORTED + [...text.slice(index).matchAll(INVISIBLE)].length;
      report(
        `and more invisible characters from here on (about ${total} in this file): remove them all, for instance by retyping the text.`,
      );
      break;
    }
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}${NAMES[code] ? ` (${NAMES[code]})` : ''}`;
    report(
      `${escaped ? `\`${match[0]}\` is an escape for the invisible character` : 'invisible character'} ${name}: it reorders or hides text, so readers would not see what the check read. Delete it.`,
    );
  }
  return findings;
}

/** The `invisible` rule, on a file's whole text. */
export default function invisible(file: CheckedFile, context: FileContext): void {
  context.report(...checkInvisible(file.file, file.text));
}
