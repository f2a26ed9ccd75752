import { isIP } from 'node:net';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { Finding } from '../finding.ts';
import type { Prose } from '../prose.ts';

const EMAIL = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/gi;
// RFC 2606 and RFC 6761 names are made for examples; mail to them never reaches anyone.
const RESERVED_DOMAIN = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/i;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
// RFC 5737 documentation ranges, loopback and the unspecified address identify nobody.
const RESERVED_IPV4 = /^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|127\.|0\.0\.0\.0$)/;
// Candidates only; node:net decides what is really an IPv6 address.
const IPV6_CANDIDATE = /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])/gi;
const RESERVED_IPV6 = /^(2001:db8:|::1$)/i;
const STREET =
  /\b\d{1,5}[a-z]?\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Blvd\.|Drive|Way|Court|Place|Terrace|Square|Strasse|Straße)\b/g;

/** E-mail addresses, phone numbers, IP addresses and street addresses in an entry's prose. */
export function checkPersonalData(file: string, prose: Prose[]): Finding[] {
  const findings: Finding[] = [];
  const report = (run: Prose, offset: number, message: string) =>
    findings.push({ file, ...run.at(offset), rule: 'personal-data', severity: 'error', message });
  for (const run of prose) {
    for (const match of run.text.matchAll(EMAIL)) {
      if (!RESERVED_DOMAIN.test(match[1] ?? '')) report(run, match.index, `e-mail address \`${match[0]}\`: remove it, or use a role ("the support lead") or an address at example.com.`);
    }
    for (const match of run.text.matchAll(IPV4)) {
      if (!RESERVED_IPV4.test(match[0])) report(run, match.index, `IP address \`${match[0]}\`: remove it, or use one from 192.0.2.0/24, which is reserved for examples.`);
    }
    for (const match of run.text.matchAll(IPV6_CANDIDATE)) {
      if (isIP(match[0]) === 6 && !RESERVED_IPV6.test(match[0])) report(run, match.index, `IP address \`${match[0]}\`: remove it, or use one from 2001:db8::/32, which is reserved for examples.`);
    }
    for (const match of run.text.matchAll(STREET)) {
      report(run, match.index, `street address \`${match[0]}\`: remove it; name a city or a region at most.`);
    }
    // libphonenumber's candidates are runs of decimal digits: prose without one is not worth its parser.
    const phones = /\p{Nd}/u.test(run.text) ? findPhoneNumbersInText(run.text, 'US') : [];
    for (const phone of phones) {
      report(run, phone.startsAt, 'phone number: remove it; refer to people by role.');
    }
  }
  return findings;
}
