import { decodeHTML } from 'entities';

// Where a `##` section of a stored body starts: rehype-slug gives every heading its id.
const h2Start = (slug: string) => new RegExp(`<h2 id="${slug}"[\\s>]`);
const NEXT_H2 = /<h2[\s>]/g;

/** A body's parts with one `##` section lifted out, so a page can show it elsewhere: `[section, rest]`. */
export function liftSection<P extends object>(
  parts: readonly P[],
  slug: string,
  htmlOf: (part: P) => string | undefined,
  make: (html: string) => P,
): [section: P[], rest: P[]] {
  const section: P[] = [];
  const rest: P[] = [];
  let inside = false;
  for (const part of parts) {
    const html = htmlOf(part);
    if (html === undefined) {
      (inside ? section : rest).push(part);
      continue;
    }
    // Cut the text at the section's heading and at the next heading after it; each piece goes where it belongs.
    let text = html;
    while (text) {
      if (!inside) {
        const start = text.search(h2Start(slug));
        if (start === -1) {
          rest.push(make(text));
          break;
        }
        if (start > 0) rest.push(make(text.slice(0, start)));
        text = text.slice(start);
        inside = true;
      }
      NEXT_H2.lastIndex = 1;
      const end = NEXT_H2.exec(text)?.index ?? -1;
      if (end === -1) {
        section.push(make(text));
        break;
      }
      section.push(make(text.slice(0, end)));
      rest.push(make(text.slice(end)));
      inside = false;
      text = '';
    }
  }
  return [section, rest];
}

/** The first sentence of a section's first paragraph, as plain text: a line that says when the entry applies. */
export function firstSentence(html: string, slug: string): string | undefined {
  const at = html.search(h2Start(slug));
  if (at === -1) return undefined;
  const paragraph = /<p>([\s\S]*?)<\/p>/.exec(html.slice(at))?.[1];
  if (!paragraph) return undefined;
  const text = decodeHTML(paragraph.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  // A sentence ends at a full stop, question or exclamation mark followed by a space and a capital.
  return /^.+?[.!?](?=\s+[A-Z“"]|$)/.exec(text)?.[0] ?? text;
}
