/**
 * A token cut into pieces to slip past a scanner, put back together: the last run of token characters of each of
 * several lines in a row (a key over two lines of a code block, a JWT's three parts, a token's halves in two table
 * rows), and a line's quoted strings joined where code concatenates them (`"AKIA…" + "…"`). What comes back is
 * only those joins, one per line, each mapped back to the file; undefined when a text has none.
 */
export interface Joined {
  text: string;
  /** The offset in the file of an offset in `text`. */
  source: (offset: number) => number;
}

// The token a line ends with: letters, digits and the characters of base64, base64url and JWTs, then what may close
// it (a quote, a table's pipe, a comma, a `+`). At least 8 characters and a digit, as every split secret's pieces
// here have: words ending lines ("week.", "on-call") are never joined.
const TAIL = /(?<![\w+/.~-])([\w+/.~-]{8,}=*)[ \t|"'`,;+)\\]*$/;
const HAS_DIGIT = /\d/;
// Quoted strings joined by `+` (JavaScript, Python, Java), `.` (PHP) or `..` (Lua) on one line.
const CONCAT = /(["'`])[ \t]*(?:\+|\.\.|(?<=[ \t])\.(?=[ \t]))[ \t]*(["'`])/g;

/** The pieces of a text that join into what a split secret would be, or undefined (most texts). */
export function joinSplitTokens(text: string): Joined | undefined {
  // Pieces of the joined text: where each starts in it and in the file.
  const pieces: { at: number; from: number }[] = [];
  let joined = '';
  let run: { token: string; from: number }[] = [];
  const flush = () => {
    if (run.length >= 2) {
      for (const part of run) {
        pieces.push({ at: joined.length, from: part.from });
        joined += part.token;
      }
      joined += '\n\n';
    }
    run = [];
  };
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
    // Only a line's last 300 characters can hold its last token that matters: a 3 MB paragraph is not scanned again.
    const from = Math.max(start, end - 300);
    const line = text.slice(from, end);
    const tail = TAIL.exec(line);
    if (tail?.[1] && HAS_DIGIT.test(tail[1])) run.push({ token: tail[1], from: from + tail.index });
    else flush();
    if (line.includes('+') || line.includes('..') || line.includes(' . ')) {
      CONCAT.lastIndex = 0;
      if (CONCAT.test(line)) {
        // A line of its own, mapped piece by piece: each removed joint shifts what follows.
        let at = 0;
        for (const part of line.split(CONCAT).filter((_, index) => index % 3 === 0)) {
          pieces.push({ at: joined.length, from: from + line.indexOf(part, at) });
          at = line.indexOf(part, at) + part.length;
          joined += part;
        }
        joined += '\n\n';
      }
    }
    if (end === text.length) break;
    start = end + 1;
  }
  flush();
  if (pieces.length === 0) return undefined;
  return {
    text: joined,
    source(offset) {
      let low = 0;
      for (let high = pieces.length - 1; low < high;) {
        const middle = (low + high + 1) >> 1;
        if ((pieces[middle] as { at: number }).at <= offset) low = middle;
        else high = middle - 1;
      }
      const piece = pieces[low] as { at: number; from: number };
      return piece.from + offset - piece.at;
    },
  };
}
