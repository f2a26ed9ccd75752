import {
  findPhoneNumbersInText,
  getCountries,
  isValidPhoneNumber,
  type CountryCode,
} from 'libphonenumber-js';
import cardValidator from 'card-validator';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
// python-stdnum's port: each national number's own checksum, so a shape is refused only when its check holds.
import { stdnum } from 'stdnum';
import { handles } from './handles.ts';
import { ipForms } from './ip-forms.ts';
import { foldMailMarks } from './mail-marks.ts';
import { postalAddresses } from './postal.ts';
import type { Prose } from './prose.ts';
import type { Finding } from '../types.ts';

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
// The house letter may be either case ("42B Baker Street"); street words may be capitalised or all capitals.
const HOUSE = String.raw`(?<![\p{L}\d])\d{1,5}[a-zA-Z]?,?\s`;
const STREET_WORDS = String.raw`Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Court|Ct\.?|Place|Pl\.?|Terrace|Square|Sq\.?|Highway|Hwy\.?|Parkway|Pkwy\.?|Crescent|Close|Grove|Gardens|Mews|Quay|Esplanade|Strasse|Straße`;
// Lowercase street names hold no function words: "step 3 of the road map" is no address.
const STOP_WORDS = String.raw`(?:of|the|a|an|on|in|to|and|or|for|at|by|down|up|along|across|per|our|my|your|their|its|this|that)`;
const STREET = new RegExp(
  [
    String.raw`${HOUSE}(?:\p{Lu}[\p{L}'’.-]{0,20}\s){1,3}(?:${STREET_WORDS}|${STREET_WORDS.toUpperCase()})(?![\p{L}])`,
    String.raw`${HOUSE}(?:(?!${STOP_WORDS}\s)\p{L}[\p{L}'’.-]{0,20}\s){1,3}(?:[sS]treet|STREET|[sS]t\.|ST\.|[aA]venue|AVENUE|[aA]ve\.|AVE\.|[rR]oad|ROAD|[rR]d\.|RD\.|[bB]oulevard|BOULEVARD|[bB]lvd\.|BLVD\.)(?![\p{L}])`,
    String.raw`${HOUSE}(?:rue|avenue|boulevard|quai|chemin|impasse|allée|calle|carrer|via|viale|piazza|rua|plaza|avenida)\s(?:\p{L}[\p{L}'’-]{0,20}\s?){1,4}`,
    String.raw`(?<![\p{L}])\p{Lu}\p{Ll}{1,24}(?:straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|laan|gracht|straat|vej|gatan|vägen)\s\d{1,4}[a-z]?(?![\p{L}\d])`,
    String.raw`(?<![\p{L}])(?:Rue|Calle|Carrer|Via|Viale|Piazza|Corso|Rua|Avenida|Plaza)\s(?:\p{L}[\p{L}'’.-]{0,20}\s){1,4}\d{1,4}[a-z]?(?![\p{L}\d])`,
  ].join('|'),
  'gu',
);

// A number written the national way, with a trunk 0 ("030 901820", "07700 900123", "06 12 34 56 78"): which
// region's it is cannot be told, so it is tried against the site's region and then every region.
// Groups are separated, so a long run of digits is split one way only, not tried every way.
// Also the shapes of regions whose national form has no trunk 0: an area code in brackets (Brazil's
// "(11) 91234-5678", North America's "(415) 555-2671") and North America's "415-555-2671".
const NATIONAL =
  /(?<![\d+./-])(?:\(0\d{1,5}\) ?\d{2,8}|0\d{1,12}|\(\d{2,4}\) ?\d{3,5}[ -]\d{4}|\d{3}([-.])\d{3}\1\d{4})(?:[ /-]\d{2,8}){0,4}(?![\d/-]|\.\d)/g;
// Letters written for digits inside a number ("+44 2O 7946 O958"): read as the digits they stand for, for
// phone numbers alone, one character for one so that offsets stay put.
const LETTER_DIGIT = /(?<=\d)[OoIl]|[OoIl](?=\d)/g;
const asDigits = (text: string) => {
  let read = text;
  for (let pass = 0; pass < 4 && LETTER_DIGIT.test(read); pass++)
    read = read.replace(LETTER_DIGIT, (letter) => (letter === 'O' || letter === 'o' ? '0' : '1'));
  return read;
};
const REGIONS = getCountries();
// Each distinct candidate costs a parse per region (about 2 ms): past this many in a file, a candidate with a
// plausible length counts as a phone number without asking, so a flood of them stays linear and still fails.
const MAX_CANDIDATES = 100;

/** Phone numbers in a run: international ones and the site region's (libphonenumber's own finder), then national ones of any region. */
function phoneNumbers(
  text: string,
  asked: Map<string, boolean>,
  region: string,
): [number, number][] {
  text = asDigits(text);
  // libphonenumber's candidates are runs of decimal digits, and no region has a valid number of fewer than four
  // (its metadata's shortest, Niue's or Saint Helena's; every string of one to three digits, bare, with `+`, brackets
  // or spaces, was tried against every region: none is found). Most prose with a digit has fewer ("3 days", "v2").
  let digits = 0;
  for (const _ of text.matchAll(/\p{Nd}/gu)) if (++digits === 4) break;
  if (digits < 4) return [];
  const international = findPhoneNumbersInText(text, region as CountryCode).map(
    (phone) => [phone.startsAt, phone.endsAt] as const,
  );
  const found: [number, number][] = international.map(([start, end]) => [start, end]);
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
    if (phone) found.push([match.index, match.index + match[0].length]);
  }
  return found.sort((a, b) => a[0] - b[0]);
}

// A spelt-out address ("ann at acme dot io", "ann [at] acme [dot] io", "ann(at)acme.io"): the `at` and each dot
// may be written out, bracketed or not; the name and host are what an address holds.
// Bracketed, the word may be another language's (`(arroba)`, `[ät]`, `(punto)`, `{punkt}`) or the sign itself (`(.)`, `[@]`).
const AT = String.raw`(?:\s*[\[({<]\s*(?:at|@|arroba|ät|chez)\s*[\])}>]\s*|\s+at\s+|\s*@\s*)`;
const DOT = String.raw`(?:\s*[\[({<]\s*(?:dot|\.|punto|punkt|point|ponto|pont|kropka)\s*[\])}>]\s*|\s+dot\s+|\.)`;
const SPELT_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{2,64})${AT}([\p{L}\p{N}-]{1,63}(?:${DOT}[\p{L}\p{N}-]{1,63}){0,4}${DOT}(\p{L}{2,24}))(?![\p{L}\p{N}])`,
  'giu',
);
const SPELT_MARK =
  /[[({<]\s*(?:at|dot|@|\.|arroba|ät|chez|punto|punkt|point|ponto|pont|kropka)\s*[\])}>]|\sat\s|\sdot\s/i;
// Plain words around a written-out "at" are a sentence, not an address: "look at the dot com bubble".
const NOT_A_NAME = new Set(
  'a an the this that these those our their his her its my your we they it he she you look looked looking be been is was were arrived arrive stay stayed work worked working meet met home once least most all'.split(
    ' ',
  ),
);
const COMMON_TLD = new Set(
  'com org net io dev co uk de fr es it nl be ch at se no dk fi pl cz eu us ca au nz jp in br mx edu gov info biz me app ai tech mail'.split(
    ' ',
  ),
);
// An internal host name: a reader outside the company cannot reach it, and it maps the company's network.
const INTERNAL_HOST =
  /(?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:internal|corp|lan|local|intranet|localdomain|home\.arpa)(?![\w-]|\.[a-z])/gi;
// A phone number in a link that dials or messages it: `tel:`, `sms:`, `wa.me/…`, WhatsApp's and Telegram's own.
const PHONE_LINK =
  /(?:\b(?:tel|sms|callto|facetime|viber|whatsapp):(?:\/\/send\?phone=)?|\bwa\.me\/|\bapi\.whatsapp\.com\/send\/?\?phone=|\bt\.me\/\+)\+?\d[\d\s().-]{5,20}\d/gi;
// An IBAN's shape: a country code, two check digits, then up to 30 letters and digits, in groups or not;
// ibantools' mod-97 check decides.
const IBAN = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])/g;
// A run of 13 to 19 digits, grouped or not; card-validator decides (a known card brand's prefix and length, and Luhn).
const CARD = /(?<![\d.-])\d(?:[ -]?\d){12,18}(?![\d-]|\.\d)/g;
// A US Social Security number with its dashes, without the numbers the SSA never issues (000, 666, 9xx; 00; 0000).
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g;
// Numbers published as examples by the SSA itself.
const EXAMPLE_SSN = new Set(['078-05-1120', '219-09-9999', '123-45-6789']);
// A UK National Insurance number: two letters (never BG, GB, KN, NK, NT, TN, ZZ, nor D F I Q U V; O never second), six digits, A to D.
const UK_NINO =
  /(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])/g;

// National ids whose shape and check character together are unambiguous; stdnum checks each.
// Italian codice fiscale: six letters, birth date and place (digits may be swapped for LMNPQRSTUV), a check letter.
// stdnum's validators by country and kind (its types index them by any string); the national-ids fixture holds each to a real number.
const valid = (country: string, kind: string, id: string) =>
  stdnum[country]?.[kind]?.validate(id.toUpperCase()).isValid ?? false;
const OMO = '[\\dLMNPQRSTUV]';
const NATIONAL_IDS: [name: string, pattern: RegExp, valid: (id: string) => boolean][] = [
  [
    'Italian codice fiscale',
    new RegExp(
      `(?<![A-Za-z0-9])[A-Za-z]{6}${OMO}{2}[ABCDEHLMPRSTabcdehlmprst]${OMO}{2}[A-Za-z]${OMO}{3}[A-Za-z](?![A-Za-z0-9])`,
      'g',
    ),
    (id) => valid('IT', 'codicefiscale', id),
  ],
  // Spanish DNI (eight digits and a check letter) and NIE (X, Y or Z, seven digits, a check letter).
  [
    'Spanish DNI',
    /(?<![A-Za-z0-9-])\d{8}-?[A-Za-z](?![A-Za-z0-9])/g,
    (id) => valid('ES', 'dni', id),
  ],
  [
    'Spanish NIE',
    /(?<![A-Za-z0-9-])[XYZxyz]-?\d{7}-?[A-Za-z](?![A-Za-z0-9])/g,
    (id) => valid('ES', 'nie', id),
  ],
  // French NIR (numéro de sécurité sociale): sex, year, month, place, order, and a two-digit key (mod 97).
  [
    'French social security number (NIR)',
    /(?<![\d.-])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\d-]|\.\d)/g,
    (id) => valid('FR', 'nir', id),
  ],
  // German Steuer-ID: eleven digits whose check digit any long number may pass by chance, so only where it is named.
  [
    'German tax id (Steuer-ID)',
    /(?<=(?:Steuer-?(?:ID|IdNr\.?|identifikationsnummer)|Identifikationsnummer|IdNr\.?|tax ID)\W{1,4}(?:\p{L}+\W{1,3}){0,3})\d{2} ?\d{3} ?\d{3} ?\d{3}(?!\d)/giu,
    (id) => valid('DE', 'idnr', id),
  ],
];

/** The IBAN a candidate starts with, if any: a trailing word the shape took in ("… 00 and") is dropped group by group. */
function validIban(candidate: string): string | undefined {
  const groups = candidate.toUpperCase().split(/[ -]/);
  while (groups.join('').length >= 15) {
    const iban = electronicFormatIBAN(groups.join('')) ?? '';
    if (isValidIBAN(iban)) return iban;
    groups.pop();
  }
  return undefined;
}

/** A spelt-out e-mail address in a match of SPELT_EMAIL, or undefined when it is a sentence or an ordinary address. */
function speltEmail(match: RegExpMatchArray): string | undefined {
  const [whole, name = '', host = '', tld = ''] = match;
  if (!SPELT_MARK.test(whole)) return undefined;
  const bracketed =
    /[[({<]\s*(?:at|dot|@|\.|arroba|ät|chez|punto|punkt|point|ponto|pont|kropka)\s*[\])}>]/i.test(
      whole,
    ) || whole.includes('@');
  const firstLabel = (/^[\p{L}\p{N}-]+/u.exec(host)?.[0] ?? '').toLowerCase();
  if (!bracketed && (NOT_A_NAME.has(name.toLowerCase()) || NOT_A_NAME.has(firstLabel)))
    return undefined;
  if (!bracketed && !COMMON_TLD.has(tld.toLowerCase())) return undefined;
  const domain = host.replace(new RegExp(DOT, 'giu'), '.').toLowerCase();
  if (RESERVED_DOMAIN.test(domain)) return undefined;
  return `${name}@${domain}`;
}

type Folded = ReturnType<typeof foldMailMarks>;

/** Reports a finding in a run once: a derived run (a block's joined text, a decoded address) only what no run as written found on its lines. */
type Report = (run: Prose, offset: number, key: string, message: string) => void;

function reporter(file: string, findings: Finding[]): Report {
  // What the runs as written found, by kind and value, with the line.
  const found = new Map<string, number[]>();
  return (run: Prose, offset: number, key: string, message: string) => {
    const at = run.at(offset);
    if (run.derived) {
      const [first, last] = run.lines ?? [at.line, at.line];
      if (found.get(key)?.some((line) => line >= first && line <= last)) return;
    } else {
      const lines = found.get(key);
      if (lines) lines.push(at.line);
      else found.set(key, [at.line]);
    }
    const where =
      run.derived === 'block'
        ? ' (found in the text as published, with its formatting joined: it starts in this run of text)'
        : run.derived === 'decoded'
          ? ' (found once the address is decoded, as a browser shows it)'
          : '';
    findings.push({
      file,
      ...at,
      rule: 'personal-data',
      severity: 'error',
      message: message + where,
    });
  };
}

// What a run must hold for each address pattern to match in it: a cheap scan that spares most prose the pattern
// itself (each pattern's matches all hold it, so a run without it has none).
const MAY_HOLD = {
  email: (text: string) => text.includes('@'),
  ipv4: (text: string) => /\d\.\d/.test(text),
  ipv6: (text: string) => /:[0-9a-f]{0,4}:/i.test(text),
  internalHost: (text: string) =>
    /\.(?:internal|corp|lan|local|intranet|localdomain|home\.arpa)(?![\w-]|\.[a-z])/i.test(text),
  digit: (text: string) => /\d/.test(text),
  // A URL's authority, a part with a leading zero (octal) or a hex part.
  ipForm: (text: string) => text.includes('//') || /\b0\d|\.0\d|0x/i.test(text),
};

/** E-mail, IP, street and internal host addresses in one run. */
function reportAddresses(run: Prose, report: Report): void {
  const { text } = run;
  // Look-alike dots folded for the e-mail patterns alone (mail-marks.ts): `acme-corp。com` is acme-corp.com to a mail client.
  const mail = MAY_HOLD.email(text) || SPELT_MARK.test(text) ? foldMailMarks(text) : undefined;
  if (mail && MAY_HOLD.email(text)) reportEmails(run, mail, report);
  // A spelt-out address counts only with a written-out or bracketed `at` or `dot` (speltEmail).
  if (mail && SPELT_MARK.test(text)) reportSpeltEmails(run, mail, report);
  if (MAY_HOLD.ipv4(text)) reportIPv4(run, report);
  // A host a URL parser reads as an IPv4 address, however it is written (ip-forms.ts).
  if (MAY_HOLD.ipForm(text)) reportIpForms(run, report);
  if (MAY_HOLD.ipv6(text)) reportIPv6(run, report);
  if (MAY_HOLD.internalHost(text)) reportInternalHosts(run, report);
  // Every street pattern holds a house number.
  if (MAY_HOLD.digit(text)) reportStreets(run, report);
}

function reportEmails(run: Prose, mail: Folded, report: Report): void {
  for (const match of mail.text.matchAll(EMAIL)) {
    if (RESERVED_DOMAIN.test(match[1] ?? '')) continue;
    const start = mail.source(match.index);
    const written = run.text.slice(start, mail.source(match.index + match[0].length));
    report(
      run,
      start,
      `email:${match[0].toLowerCase()}`,
      written === match[0]
        ? `e-mail address \`${match[0]}\`: remove it, or use a role ("the support lead") or an address at example.com.`
        : `e-mail address \`${written}\` (a mail client reads it as ${match[0]}): remove it, or use a role ("the support lead") or an address at example.com.`,
    );
  }
}

function reportSpeltEmails(run: Prose, mail: Folded, report: Report): void {
  for (const match of mail.text.matchAll(SPELT_EMAIL)) {
    const address = speltEmail(match);
    const start = mail.source(match.index);
    if (address)
      report(
        run,
        start,
        `spelt:${address}`,
        `e-mail address written out (\`${run.text.slice(start, mail.source(match.index + match[0].length))}\` is ${address}): remove it, or refer to people by role.`,
      );
  }
}

function reportIPv4(run: Prose, report: Report): void {
  for (const match of run.text.matchAll(IPV4)) {
    if (!RESERVED_IPV4.test(match[0]))
      report(
        run,
        match.index,
        `ip:${match[0]}`,
        `IP address \`${match[0]}\`: remove it, or use one from 192.0.2.0/24, which is reserved for examples.`,
      );
  }
}

function reportHandles(run: Prose, report: Report): void {
  for (const { index, text, kind } of handles(run.text))
    report(
      run,
      index,
      `${kind}:${text.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '')}`,
      kind === 'handle'
        ? `chat handle \`${text}\`: it reaches a person directly; remove it and refer to them by role ("the study lead").`
        : `link to a person's profile \`${text}\`: remove it and refer to them by role; an author's own profiles go in their author file's \`links\`, and a project is linked by its repository.`,
    );
}

function reportIpForms(run: Prose, report: Report): void {
  for (const { index, written, address } of ipForms(run.text)) {
    // A quad with a leading zero the dotted pattern already read (`01.2.3.4`) is reported once, by it.
    const quad = new RegExp(`^${IPV4.source}$`).test(written);
    if (!quad && !RESERVED_IPV4.test(address))
      report(
        run,
        index,
        `ip:${address}`,
        `IP address \`${written}\` (a browser reads it as ${address}): remove it, or use one from 192.0.2.0/24, which is reserved for examples.`,
      );
  }
}

function reportIPv6(run: Prose, report: Report): void {
  for (const match of run.text.matchAll(IPV6_CANDIDATE)) {
    if (isIPv6(match[0]) && !RESERVED_IPV6.test(match[0]))
      report(
        run,
        match.index,
        `ip:${match[0].toLowerCase()}`,
        `IP address \`${match[0]}\`: remove it, or use one from 2001:db8::/32, which is reserved for examples.`,
      );
  }
}

function reportInternalHosts(run: Prose, report: Report): void {
  for (const match of run.text.matchAll(INTERNAL_HOST)) {
    report(
      run,
      match.index,
      `host:${match[0].toLowerCase()}`,
      `internal host name \`${match[0]}\`: it maps a private network; remove it, or use a name under example.com.`,
    );
  }
}

function reportStreets(run: Prose, report: Report): void {
  const matches = [...run.text.matchAll(STREET)].map((m) => ({ index: m.index, text: m[0] }));
  for (const match of [...matches, ...postalAddresses(run.text)]) {
    report(
      run,
      match.index,
      `street:${match.text.trim().toLowerCase()}`,
      `street address \`${match.text.trim()}\`: remove it; name a city or a region at most.`,
    );
  }
}

// A phone number written in words ("plus four four, two oh, seven nine four six, …"): eight or more digit words
// in a row, read as digits, then asked of libphonenumber like any number.
const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  o: '0',
  nought: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const SPOKEN_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:plus[\s,-]+)?(?:(?:double[\s-]+)?(?:${Object.keys(DIGIT_WORDS).join('|')})(?![\p{L}])[\s,.-]*){8,16}`,
  'giu',
);

function reportSpokenNumbers(run: Prose, report: Report): void {
  for (const match of run.text.matchAll(SPOKEN_NUMBER)) {
    let digits = '';
    for (const [, double, word] of match[0].toLowerCase().matchAll(/(double[\s-]+)?([a-z]+)/g))
      if (word && word in DIGIT_WORDS)
        digits += (DIGIT_WORDS[word] as string).repeat(double ? 2 : 1);
    // Counting aloud ("one, two, three, …") is no number.
    if ('0123456789'.includes(digits) || '9876543210'.includes(digits)) continue;
    const plus = /^plus/i.test(match[0]);
    const phone = plus
      ? isValidPhoneNumber(`+${digits}`)
      : REGIONS.some((region) => isValidPhoneNumber(digits, region));
    if (phone)
      report(
        run,
        match.index,
        `phone:${digits.slice(-9)}`,
        'phone number written in words: remove it; refer to people by role.',
      );
  }
}

/** Bank, card, national id and phone numbers in one run. */
function reportNumbers(
  run: Prose,
  report: Report,
  asked: Map<string, boolean>,
  region: string,
): void {
  // The Italian codice fiscale may be all letters (its digits can be written as letters); every other number
  // pattern here holds an ASCII digit. Phone numbers in other digits are looked for whatever this says.
  if (MAY_HOLD.digit(run.text)) reportDigits(run, report);
  else reportNationalIds(run, report, NATIONAL_IDS.slice(0, 1));
  // A number written in words holds no digit, or some: looked for either way, past a cheap test for a digit word.
  if (/\b(?:nine|eight|seven|six|five|four|three|two|one|oh|zero)\b/i.test(run.text))
    reportSpokenNumbers(run, report);
  for (const [start, end] of phoneNumbers(run.text, asked, region)) {
    report(
      run,
      start,
      `phone:${run.text.slice(start, end).replace(/\D/g, '').slice(-9)}`,
      'phone number: remove it; refer to people by role.',
    );
  }
}

/** Bank, card, US, UK and national id numbers and phone links in a run that holds a digit. */
function reportDigits(run: Prose, report: Report): void {
  for (const match of run.text.matchAll(IBAN)) {
    const iban = validIban(match[0]);
    if (iban) report(run, match.index, `iban:${iban}`, 'bank account number (IBAN): remove it.');
  }
  for (const match of run.text.matchAll(CARD)) {
    const digits = match[0].replace(/\D/g, '');
    if (cardValidator.number(digits).isValid)
      report(run, match.index, `card:${digits}`, 'payment card number: remove it.');
  }
  for (const match of run.text.matchAll(SSN)) {
    if (!EXAMPLE_SSN.has(match[0]))
      report(
        run,
        match.index,
        `ssn:${match[0]}`,
        'US Social Security number: remove it; if you need an example, use 078-05-1120, which the SSA published as one.',
      );
  }
  for (const match of run.text.matchAll(UK_NINO)) {
    report(
      run,
      match.index,
      `nino:${match[0].replace(/ /g, '')}`,
      'UK National Insurance number: remove it; if you need an example, use QQ 12 34 56 C.',
    );
  }
  reportNationalIds(run, report, NATIONAL_IDS);
  for (const match of run.text.matchAll(PHONE_LINK)) {
    report(
      run,
      match.index,
      `phone:${match[0].replace(/\D/g, '').slice(-9)}`,
      'phone number in a link that dials or messages it: remove it; refer to people by role.',
    );
  }
}

function reportNationalIds(run: Prose, report: Report, ids: typeof NATIONAL_IDS): void {
  for (const [name, pattern, valid] of ids)
    for (const match of run.text.matchAll(pattern)) {
      const id = match[0].replace(/[ -]/g, '');
      if (valid(id))
        report(
          run,
          match.index,
          `national:${id.toUpperCase()}`,
          `${name}: remove it; a person is not named by a number.`,
        );
    }
}

/**
 * A file name is the entry's permanent URL (`/lessons/call-4915112345678/`): a phone number in it, written
 * with or without its `+`, is published for good.
 */
export function checkFileName(file: string, region: string): Finding[] {
  const slug = (file.split('/').at(-1) ?? '').replace(/\.[^.]*$/, '');
  const findings: Finding[] = [];
  const asked = new Map<string, boolean>();
  const at = () => ({ line: 1, column: 1 });
  const report = reporter(file, findings);
  const name: Prose = { text: slug.replace(/[-_]/g, ' '), kind: 'url', at };
  reportAddresses(name, report);
  reportNumbers(name, report, asked, region);
  for (const match of asDigits(slug).matchAll(/(?<!\d)\d{8,15}(?!\d)/g))
    if (findings.length === 0 && isValidPhoneNumber(`+${match[0]}`))
      report(name, 0, `phone:${match[0]}`, 'phone number: remove it; refer to people by role.');
  return findings.map((finding) => ({
    ...finding,
    message: `${finding.message.replace(/:.*$/, '')} in the file name, which is the entry's permanent URL: rename the file.`,
  }));
}

/** E-mail addresses, phone numbers, IP and street addresses, bank and card numbers, national ids and internal hosts in an entry's prose. */
export function checkPersonalData(file: string, prose: Prose[], region: string): Finding[] {
  const findings: Finding[] = [];
  const asked = new Map<string, boolean>();
  const report = reporter(file, findings);
  // An author's file holds their own handles and profiles (its `links`): everyone else's are personal data.
  const own = /(?:^|\/)authors\/[^/]+\.ya?ml$/.test(file);
  for (const run of prose) {
    reportAddresses(run, report);
    if (!own) reportHandles(run, report);
    reportNumbers(run, report, asked, region);
  }
  return findings;
}
