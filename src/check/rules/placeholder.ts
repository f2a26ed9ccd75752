import type { Prose } from '../text/prose.ts';
import type { CheckedFile, FileContext, Finding } from '../types.ts';

// The guidance `npm run new` writes where the author's words go (src/view/entry-templates.ts): "Replace this with…",
// "Replace with…", at the start of a value, a list item or a sentence, capitalised or not ("owner: replace with a role").
// (No lookbehind over `\s+`: it would rescan a long run of spaces at every position of it.)
const PLACEHOLDER = /(?:^|[.!?:]\s+)([Rr]eplace (?:this )?with)\b/g;

/** Template guidance left in an entry: it would publish as if it were the lesson. */
export function checkPlaceholders(file: string, prose: Prose[]): Finding[] {
  return prose.flatMap((run) =>
    [...run.text.matchAll(PLACEHOLDER)].map((match) => {
      const index = match.index + match[0].length - (match[1] as string).length;
      return {
        file,
        ...run.at(index),
        rule: 'placeholder',
        severity: 'error' as const,
        message: `"${run.text.slice(index, index + 60).split(/[.\n]/)[0]}…" is the template's guidance: write your own words here.`,
      };
    }),
  );
}

/** The `placeholder` rule, on what a reader sees of a file (nothing, when its body does not parse). */
export default function placeholders(file: CheckedFile, context: FileContext): void {
  // The runs as written and published: not comments, which no reader sees, nor a block's joined text, which repeats them.
  const published = file.prose?.filter((run) => !run.derived && run.kind !== 'comment');
  if (published) context.report(...checkPlaceholders(file.file, published));
}
