// Control characters have no meaning in a title or a summary, and XML 1.0 forbids most of them: a feed with one
// is not a feed any reader parses. The check refuses them in content; the feed and JSON writers drop them all
// the same, so nothing that slips past reaches a reader's software.
// C0 controls but tab, line feed and carriage return; DEL and the C1 controls; the line and paragraph separators
// (which end a JavaScript string literal in older engines); noncharacters; lone surrogates (no UTF-8 for them).
const CONTROLS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Characters that draw nothing and can reorder or hide text (bidi controls, Unicode tags, zero-width spaces).
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u{E0000}-\u{E007F}]/gu;

/** Text without control characters, noncharacters, lone surrogates or hidden characters: safe in any XML or JSON a reader's software parses. */
export function withoutControls(text: string): string {
  return text.replace(CONTROLS, '').replace(HIDDEN, '');
}
