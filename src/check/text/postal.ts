// Postal addresses in the shapes the street pattern of personal-data.ts does not read: a street after its
// abbreviation (Polish `ul.`, Russian `ул.`), a Japanese or Chinese block address (`千代田区丸の内1-9-1`), and a
// postcode beside its town (`Leeds LS6 2AB`, `Springfield, IL 62704`, `00-590 Warszawa`, `〒100-0005`).
// postcode-validator (each country's postcode pattern) decides whether a candidate is a postcode of that country.
import { postcodeValidator } from 'postcode-validator';

const TOWN = String.raw`\p{Lu}[\p{Ll}'’.-]+(?:[ -]\p{Lu}[\p{Ll}'’.-]+){0,2}`;
const US_STATES =
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.replace(
    / /g,
    '|',
  );
const AFTER_HOUSE = String.raw`(?<=\p{L}\s\d{1,3}[a-zA-Z]?(?:\/\d{1,4})?, )`;
const CA_PROVINCES = 'AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT';

/** Each pattern, and the country whose postcode its first group holds (none: the shape alone decides). */
const PATTERNS: [pattern: RegExp, country?: string][] = [
  // `ul. Marszałkowska 10/12`, `al. Jerozolimskie 65`, `ул. Тверская 7`: an abbreviation only streets take.
  [
    /(?<![\p{L}.])(?:ul\.|al\.|os\.|pl\.|ulica|aleja|ул\.|улица|пр\.|проспект)\s?\p{Lu}[\p{L}'’.-]{1,30}(?:\s\p{Lu}[\p{L}'’.-]{1,30}){0,2}\s\d{1,4}[a-zA-Z]?(?:\/\d{1,4})?(?![\p{L}\d])/gu,
  ],
  // A ward, city or district, then a block number: `千代田区丸の内1-9-1`, `北京市朝阳区建国路88号`, `丸の内1丁目9番1号`.
  [
    /\p{sc=Han}{1,6}[都道府県市区町村郡县][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{0,12}?\d{1,4}(?:(?:丁目|[-−‐－ー])\d{1,4}(?:(?:番地?|[-−‐－ー])\d{1,4}号?)?|号)/gu,
  ],
  [/〒\s?(\d{3}-?\d{4})/gu, 'JP'],
  // A UK postcode after its town: `Leeds LS6 2AB`.
  [
    new RegExp(
      String.raw`(?<![\p{L}\d])${TOWN},? ([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\p{L}\d])`,
      'gu',
    ),
    'GB',
  ],
  // A Canadian one after a town or province: `Ottawa, ON K1A 0B1`.
  [
    new RegExp(
      String.raw`(?<![\p{L}\d])${TOWN},? (?:(?:${CA_PROVINCES}) )?([A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\p{L}\d])`,
      'gu',
    ),
    'CA',
  ],
  // A US ZIP code after a town and its state: `Springfield, IL 62704`.
  [
    new RegExp(
      String.raw`(?<![\p{L}\d])${TOWN}, (?:${US_STATES}) (\d{5}(?:-\d{4})?)(?![\p{L}\d-])`,
      'gu',
    ),
    'US',
  ],
  // Polish and Dutch postcodes before their town: `00-590 Warszawa`, `1015 CJ Amsterdam`.
  [/(?<![\p{L}\d-])(\d{2}-\d{3}) \p{Lu}\p{Ll}{2,}/gu, 'PL'],
  // Dutch and five-digit postcodes (German, French, Italian, Spanish…) only right after a street and its house
  // number, since a number before a capitalised word is common prose: `Keizersgracht 123, 1015 CJ Amsterdam`.
  [new RegExp(String.raw`${AFTER_HOUSE}(\d{4} ?[A-Z]{2}) \p{Lu}\p{Ll}{2,}`, 'gu'), 'NL'],
  [new RegExp(String.raw`${AFTER_HOUSE}(\d{5}) \p{Lu}\p{Ll}{2,}(?![\p{L}\d])`, 'gu')],
];

/** Postal addresses in a run, where each starts and what it is. */
export function postalAddresses(text: string): { index: number; text: string }[] {
  const found: { index: number; text: string }[] = [];
  for (const [pattern, country] of PATTERNS)
    for (const match of text.matchAll(pattern))
      if (!country || postcodeValidator(match[1] ?? '', country))
        found.push({ index: match.index, text: match[0] });
  return found.sort((a, b) => a.index - b.index);
}
