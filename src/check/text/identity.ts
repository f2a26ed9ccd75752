// Who an entry claims to be: a name as a reader sees it, so that two names that look the same compare equal.
import { rectifyConfusion } from 'unicode-confusables';

// Characters that draw nothing (zero-width spaces and joiners, bidi controls, soft hyphens).
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * A name's look: NFKC (fullwidth and compatibility forms), invisible characters dropped, every kind of space
 * (a no-break space, an ideographic space) one space, then Unicode's confusables skeleton (UTS #39, through
 * unicode-confusables: a Cyrillic `М` is a Latin `M`), case folded and marks dropped, both before and after
 * the skeleton, so that `Мei Tanaka`, `Mei\u00a0Tanaka` and `mei tanaka` all read as `Mei Tanaka`.
 */
export function nameSkeleton(name: string): string {
  const plain = name.normalize('NFKC').replace(IGNORABLE, '').replace(/\s+/gu, ' ').trim();
  const fold = (text: string) =>
    text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return fold(rectifyConfusion(fold(rectifyConfusion(plain))));
}
