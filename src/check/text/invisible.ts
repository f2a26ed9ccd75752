import { decodeHTML } from 'entities';
import type { YamlString } from './prose.ts';
import type { Finding } from '../types.ts';

// Bidi controls reorder what a reader sees (U+202E shows `txt.exe` as `exe.txt`); zero-width characters hide
// inside a word or an address, so what is published is not what a reviewer read. A BOM at the very start is
// the file's encoding mark, not text; a joiner between two emoji is how an emoji sequence is spelt.
// Control characters (a NUL, a form feed, C1 codes) have no place in text either; tab, line feed and carriage return do.
// Every character Unicode says draws nothing (Default_Ignorable_Code_Point: zero-width characters, variation
// selectors, Unicode tag characters U+E0000–E007F that smuggle ASCII after an emoji, Hangul fillers…), the line and
// paragraph separators, and every control character.
const INVISIBLE_CLASS = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Bidi_Control}\p{Default_Ignorable_Code_Point}\u2028\u2029\u180E\u115F\u1160\u3164\uFFA0\u{E0000}-\u{E007F}]`;
// Written as an escape, the same characters appear only once the file is decoded: an HTML character reference
// (`&#x202E;`, `&zwnj;`, decoded by MDX and by browsers) or a YAML double-quoted escape (`\u202E`).
const ESCAPE = String.raw`&(?:#\d{1,8}|#[xX][\da-fA-F]{1,7}|[A-Za-z][A-Za-z\d]{1,31});?|\\(?:u[\da-fA-F]{4}|U[\da-fA-F]{8}|x[\da-fA-F]{2})`;
const INVISIBLE = new RegExp(`${INVISIBLE_CLASS}|${ESCAPE}`, 'gu');
const IS_INVISIBLE = new RegExp(`^${INVISIBLE_CLASS}$`, 'u');

// The character an escape stands for ('' when it is not an escape of one character).
const unescape = (escape: string) => {
  if (escape.startsWith('&')) return decodeHTML(escape);
  const code = Number.parseInt(escape.slice(2), 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
};
const MAX_REPORTED = 20;
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
// A variation selector 15 or 16 right after an emoji or a keycap's digit asks for text or emoji presentation.
const PRESENTATION_BASE = /[\p{Extended_Pictographic}\p{Emoji_Component}#*0-9]$/u;
// A subdivision flag (England, Scotland, Wales): a black flag, two to six tag letters or digits, a cancel tag.
const SUBDIVISION_FLAG = /\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,6}\u{E007F}/gu;

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
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x0085: 'NEXT LINE',
  0x001b: 'ESCAPE',
  0x0000: 'NULL',
};

// A tag character's name, by the ASCII it smuggles.
const nameOf = (code: number) =>
  NAMES[code] ??
  (code >= 0xe0000 && code <= 0xe007f
    ? `TAG ${code >= 0xe0020 && code < 0xe007f ? `"${String.fromCharCode(code - 0xe0000)}"` : 'CHARACTER'}`
    : code >= 0xfe00 && code <= 0xfe0f
      ? `VARIATION SELECTOR-${code - 0xfe00 + 1}`
      : code >= 0xe0100 && code <= 0xe01ef
        ? `VARIATION SELECTOR-${code - 0xe0100 + 17}`
        : undefined);

/** Bidi controls and zero-width characters anywhere in a file: in prose, titles, ids and code alike. */
export function checkInvisible(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const flags = [...text.matchAll(SUBDIVISION_FLAG)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  for (const match of text.matchAll(INVISIBLE)) {
    const index = match.index;
    // An astral character (a tag, a supplementary variation selector) is two UTF-16 units, not an escape.
    const escaped = match[0].length > 1 && (match[0][0] === '&' || match[0][0] === '\\');
    const char = escaped ? unescape(match[0]) : match[0];
    if (escaped && !IS_INVISIBLE.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfeff && index === 0) continue;
    if (flags.some(([start, end]) => index > start && index < end)) continue;
    if (
      (code === 0xfe0e || code === 0xfe0f) &&
      !escaped &&
      PRESENTATION_BASE.test(text.slice(Math.max(0, index - 2), index))
    )
      continue;
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
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}${nameOf(code) ? ` (${nameOf(code)})` : ''}`;
    report(
      `${escaped ? `\`${match[0]}\` is an escape for the invisible character` : 'invisible character'} ${name}: it reorders or hides text, so readers would not see what the check read. Delete it.`,
    );
  }
  return findings;
}

/**
 * Invisible characters in a file's YAML values as they are published, after YAML's own escapes (`\0`, `\e`, `\v`,
 * `\N`, `\L`, `\P`, `\_`…), which the text as written does not show. Lines where the text as written already had
 * one are left to checkInvisible.
 */
export function checkInvisibleValues(
  file: string,
  values: readonly YamlString[],
  reported: ReadonlySet<number>,
): Finding[] {
  const findings: Finding[] = [];
  for (const value of values) {
    if (value.raw === undefined || value.kind) continue;
    // A no-break space is visible as a space, but written `\_` it is one more way to hide a character.
    const escapedSpace = /\\_/.test(value.raw);
    const codes = new Set<number>();
    for (const char of value.text) {
      const code = char.codePointAt(0) ?? 0;
      if (code === 0x200d || code === 0xfe0f || code === 0xfe0e) continue;
      if (IS_INVISIBLE.test(char) || (escapedSpace && code === 0xa0)) codes.add(code);
    }
    if (codes.size === 0 || reported.has(value.line)) continue;
    const names = [...codes].map(
      (code) =>
        `U+${code.toString(16).toUpperCase().padStart(4, '0')}${nameOf(code) ? ` (${nameOf(code)})` : code === 0xa0 ? ' (NO-BREAK SPACE)' : ''}`,
    );
    findings.push({
      file,
      line: value.line,
      column: value.column,
      rule: 'invisible',
      severity: 'error',
      message: `YAML escapes in this value publish invisible characters ${names.join(', ')}: readers would not see what the check read. Remove the escapes.`,
    });
  }
  return findings;
}
