import {
  findPhoneNumbersInText,
  getCountries,
  isValidPhoneNumber,
  type CountryCode,
} from 'libphonenumber-js';
import { site } from '../../../site.config.ts';
import type { Finding } from '../finding.ts';
import type { Prose } from '../prose.ts';
import type { CheckedFile, FileContext } from '../rule.ts';

// A match starts only where a run of address characters starts: without the lookbehind, a long word with no
// `@` is scanned again from each of its letters (quadratic: a 200 KB word took 20 s).
// Letters of any script: a Cyrillic `о` in `acme.iо` must not hide an address from an ASCII-only pattern.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})/giu;
// RFC 2606 and RFC 6761 names are made for examples; mail to them never reaches anyone.
const RESERVED_DOMAIN = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/i;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
// RFC 5737 documentation ranges, loopback and the unspecified address identify nobody.
const RESERVED_IPV4 = /^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|127\.|0\.0\.0\.0$)/;
// Candidates only; node:net decides what is really an IPv6 address.
const IPV6_CANDIDATE = /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi;
const RESERVED_IPV6 = /^(2001:db8:|::1$)/i;
// The URL parser decides what is an IPv6 address, as node:net would: the rule also runs in the contribute page.
const isIPv6 = (candidate: string) => URL.canParse(`http://[${candidate}]/`);
// "42 Baker Street", "42 baker st.", "12 rue de la Paix", "Hauptstraße 5", "Calle Mayor 3": a house number
// beside a street word, in the English order (number first) or the continental one (number last). Ambiguous
// street words (Way, Place, Drive) count only capitalised, after capitalised words. Words are bounded, and a
// match starts only where a number or a word starts.
const HOUSE = String.raw`(?<![\p{L}\d])\d{1,5}[a-z]?,?\s`;
const STREET = new RegExp(
  [
    String.raw`${HOUSE}(?:\p{Lu}[\p{L}'’.-]{0,20}\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?|Terrace|Square|Sq\.?|Highway|Hwy\.?|Parkway|Crescent|Close|Strasse|Straße)(?![\p{L}])`,
    String.raw`${HOUSE}(?:\p{L}[\p{L}'’.-]{0,20}\s){1,3}(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd\.)(?![\p{L}])`,
    String.raw`${HOUSE}(?:rue|avenue|calle|via|viale|piazza|rua|plaza|avenida)\s(?:\p{L}[\p{L}'’-]{0,20}\s?){1,4}`,
    String.raw`(?<![\p{L}])\p{Lu}\p{Ll}{1,24}(?:straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|laan|gracht|straat|vej|gatan|vägen)\s\d{1,4}[a-z]?(?![\p{L}\d])`,
    String.raw`(?<![\p{L}])(?:Rue|Calle|Via|Viale|Piazza|Rua|Avenida|Plaza)\s(?:\p{L}[\p{L}'’.-]{0,20}\s){1,4}\d{1,4}[a-z]?(?![\p{L}\d])`,
  ].join('|'),
  'gu',
);

// A number written the national way, with a trunk 0 ("030 901820", "07700 900123", "06 12 34 56 78"): which
// region's it is cannot be told, so it is tried against the site's region and then every region.
// Groups are separated, so a long run of digits is split one way only, not tried every way.
const NATIONAL =
  /(?<![\d+./-])(?:\(0\d{1,5}\) ?\d{2,8}|0\d{1,12})(?:[ /-]\d{2,8}){0,4}(?![\d/-]|\.\d)/g;
const REGIONS = getCountries();
// Each distinct candidate costs a parse per region (about 2 ms): past this many in a file, a candidate with a
// plausible length counts as a phone number without asking, so a flood of them stays linear and still fails.
const MAX_CANDIDATES = 100;

/** Phone numbers in a run: international ones and the site region's (libphonenumber's own finder), then national ones of any region. */
function phoneNumbers(text: string, asked: Map<string, boolean>): number[] {
  // libphonenumber's candidates are runs of decimal digits: prose without one is not worth its parser.
  if (!/\p{Nd}/u.test(text)) return [];
  const international = findPhoneNumbersInText(text, site.region as CountryCode).map(
    (phone) => [phone.startsAt, phone.endsAt] as const,
  );
  const found = international.map(([start]) => start);
  let next = 0;
  for (const match of text.matchAll(NATIONAL)) {
    // Both lists run in text order: skip what the first pass found, in one walk.
    while (
      next < international.length &&
      (international[next] as readonly [number, number])[1] <= match.index
    )
      next++;
    if (
      next < international.length &&
      (international[next] as readonly [number, number])[0] <= match.index
    )
      continue;
    const digits = match[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 13) continue;
    let phone = asked.get(digits);
    if (phone === undefined) {
      phone =
        asked.size >= MAX_CANDIDATES ||
        REGIONS.some((region) => isValidPhoneNumber(match[0], region));
      asked.set(digits, phone);
    }
    if (phone) found.push(match.index);
  }
  return found.sort((a, b) => a - b);
}

/** E-mail addresses, phone numbers, IP addresses and street addresses in an entry's prose. */
export function checkPersonalData(file: string, prose: Prose[]): Finding[] {
  const findings: Finding[] = [];
  const asked = new Map<string, boolean>();
  const report = (run: Prose, offset: number, message: string) =>
    findings.push({ file, ...run.at(offset), rule: 'personal-data', severity: 'error', message });
  for (const run of prose) {
    for (const match of run.text.matchAll(EMAIL)) {
      if (!RESERVED_DOMAIN.test(match[1] ?? ''))
        report(
          run,
          match.index,
          `e-mail address \`${match[0]}\`: remove it, or use a role ("the support lead") or an address at example.com.`,
        );
    }
    for (const match of run.text.matchAll(IPV4)) {
      if (!RESERVED_IPV4.test(match[0]))
        report(
          run,
          match.index,
          `IP address \`${match[0]}\`: remove it, or use one from 192.0.2.0/24, which is reserved for examples.`,
        );
    }
    for (const match of run.text.matchAll(IPV6_CANDIDATE)) {
      if (isIPv6(match[0]) && !RESERVED_IPV6.test(match[0]))
        report(
          run,
          match.index,
          `IP address \`${match[0]}\`: remove it, or use one from 2001:db8::/32, which is reserved for examples.`,
        );
    }
    for (const match of run.text.matchAll(STREET)) {
      report(
        run,
        match.index,
        `street address \`${match[0].trim()}\`: remove it; name a city or a region at most.`,
      );
    }
    for (const start of phoneNumbers(run.text, asked)) {
      report(run, start, 'phone number: remove it; refer to people by role.');
    }
  }
  return findings;
}

/** The `personal-data` rule, on what a reader sees of a file (nothing, when its body does not parse). */
export default function personalData(file: CheckedFile, context: FileContext): void {
  if (file.prose) context.report(...checkPersonalData(file.file, file.prose));
}
