// Types only: @secretlint/types comes with @secretlint/core, whose API is written in them.
import type { SecretLintRuleCreator } from '@secretlint/types';

/**
 * Secrets secretlint's recommended preset does not know, in the shapes gitleaks' rules give them: each a name and
 * a pattern whose whole match is the secret. Patterns start only where their token starts (a lookbehind), so a
 * long run of characters is scanned once.
 */
// What the preset finds itself (GitHub ghp_ tokens, npm, Stripe sk_/rk_, Slack webhooks, http(s) basic auth) is left
// to it: a second message for one secret costs twice in secretlint's duplicate filter, which is quadratic.
const SHAPES: [name: string, pattern: RegExp][] = [
  // Any PEM or PGP private key, whatever its algorithm or encryption (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP … BLOCK):
  // the header alone is enough, and it survives a block quote's or a list's prefix on every line.
  ['private key', /-{3,}\s*BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?\s*-{3,}/gi],
  ['PuTTY private key', /PuTTY-User-Key-File-\d:/g],
  // A key's body without its header: DER (PKCS#8, PKCS#1 and SEC1 start `MII…`, a P-256 SEC1 key `MHcCAQEE`),
  // OpenSSH's own format (`openssh-key-v1` in base64).
  [
    'private key body',
    /(?<![A-Za-z0-9+/])(?:MII[A-Za-z0-9+/]{60,}|MHcCAQEE[A-Za-z0-9+/]{40,}|MIGkAgEBBD[A-Za-z0-9+/]{40,}|b3BlbnNzaC1rZXktdjE[A-Za-z0-9+/]{20,})/g,
  ],
  ['age secret key', /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/gi],
  // OpenAI keys of any length (the preset knows two exact lengths only): a project, service or admin key, or any
  // `sk-` key with OpenAI's `T3BlbkFJ` marker; Anthropic's `sk-ant-` keys.
  ['OpenAI API key', /(?<![\w-])sk-(?:proj|svcacct|admin)-[\w-]{20,}/g],
  ['OpenAI API key', /(?<![\w-])sk-[\w-]{0,100}T3BlbkFJ[\w-]{10,}/g],
  // A legacy key, `sk-` and 48 letters and digits (before OpenAI's marker): gitleaks and the preset need the marker.
  [
    'OpenAI API key',
    /(?<![\w-])sk-(?=[A-Za-z0-9]{0,47}\d)(?=[A-Za-z0-9]{0,47}[A-Z])(?=[A-Za-z0-9]{0,47}[a-z])[A-Za-z0-9]{48}(?![\w-])/g,
  ],
  ['Anthropic API key', /(?<![\w-])sk-ant-[a-z]{2,8}\d{0,3}-[\w-]{30,}/g],
  ['Google API key', /(?<![\w-])AIza[\w-]{35}(?![\w-])/g],
  ['Google OAuth client secret', /(?<![\w-])GOCSPX-[\w-]{28}(?![\w-])/g],
  ['Google OAuth token', /(?<![\w-])ya29\.[\w-]{30,}/g],
  ['Azure storage account key', /AccountKey=[A-Za-z0-9+/]{80,}={0,2}/gi],
  [
    'Azure connection string',
    /(?:SharedAccessKey|SharedAccessSignature)=[A-Za-z0-9+/%]{20,}={0,2}/gi,
  ],
  ['Azure SAS token', /(?<![\w-])sig=[A-Za-z0-9%+/]{30,}(?:%3D|=){0,2}/gi],
  ['Azure AD client secret', /(?<![\w~.-])[\w~.]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/g],
  [
    'Discord webhook',
    /https?:\/\/(?:[\w-]+\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]{20,}/gi,
  ],
  ['Discord bot token', /(?<![\w-])[MNO][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,38}(?![\w-])/g],
  ['Microsoft Teams webhook', /https?:\/\/[\w-]+\.webhook\.office\.com\/webhookb2\/[\w@/-]{40,}/gi],
  ['Stripe webhook secret', /(?<![\w-])whsec_[0-9a-zA-Z]{24,}/g],
  ['GitHub fine-grained token', /(?<![\w-])github_pat_\w{60,}/g],
  ['PyPI token', /(?<![\w-])pypi-AgEIcHlwaS5vcmc[\w-]{50,}/g],
  ['Twilio API key', /(?<![\w-])SK[0-9a-fA-F]{32}(?![\w-])/g],
  ['Telegram bot token', /(?<![\w-])\d{8,10}:AA[\w-]{33}(?![\w-])/g],
  ['Mailgun key', /(?<![\w-])key-[0-9a-f]{32}(?![\w-])/g],
  ['Mailchimp key', /(?<![\w-])[0-9a-f]{32}-us\d{1,2}(?![\w-])/g],
  ['Square token', /(?<![\w-])sq0(?:atp|csp)-[\w-]{22,43}/g],
  ['DigitalOcean token', /(?<![\w-])do[opr]_v1_[a-f0-9]{64}/g],
  ['Atlassian token', /(?<![\w-])ATATT3[\w=-]{150,}/g],
  ['Postman key', /(?<![\w-])PMAK-[a-f0-9]{24}-[a-f0-9]{34}/gi],
  ['Doppler token', /(?<![\w-])dp\.pt\.[a-z0-9]{43}/gi],
  ['Pulumi token', /(?<![\w-])pul-[a-f0-9]{40}(?![\w-])/g],
  ['Alibaba access key', /(?<![\w-])LTAI[a-zA-Z0-9]{20}(?![\w-])/g],
  ['Facebook access token', /(?<![\w-])EAA[A-Za-z0-9]{90,}/g],
  ['Twitter bearer token', /(?<![\w%-])A{22}[A-Za-z0-9%]{30,}/g],
  ['Sentry DSN', /https?:\/\/[a-f0-9]{32}@[\w.-]*sentry\.io\/\d+/gi],
  [
    'Heroku API key',
    // The key is the UUID (group 1) after the word: a lookbehind in its place was tried backwards at every position.
    /\bheroku[\w\s"'=:]{0,20}?\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi,
  ],
  // A user and password in an address of any scheme but http(s), which the preset's basic-auth rule reads:
  // `ftp://user:pass@host`, `redis://u:p@cache`, and `redis://:pass@cache` (no user: redis's own form). Write
  // `ftp://user@host`, or leave the password out.
  [
    'credentials in an address',
    /\b(?!https?:)[a-z][a-z0-9+.-]{1,20}:\/\/[^\s/:@"'<>()[\]]{0,64}:[^\s/@"'<>()[\]]{1,128}@[\w.-]+/gi,
  ],
  ['credentials in an address', /\bhttps?:\/\/:[^\s/:@"'<>()[\]]{3,128}@[\w.-]+/gi],
];

// A secret assigned in code or configuration: JSON (`"password": "…"`), .env (`DB_PASSWORD=…`), YAML
// (`client_secret: …`), shell (`export API_KEY=…`). The key ends in a secret's name; the value is quoted, or holds
// a digit or a symbol, so "token: a unit of text" passes. Placeholders (`<…>`, `${…}`, `***`, `xxx`) pass too.
const KEY = String.raw`[\w.-]{0,40}(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth|credentials?)`;
const ASSIGNMENT = new RegExp(
  String.raw`(?<![\w.-])["']?${KEY}["']?\s*(?::=|=>|[:=])\s*(?:"([^"\n]{4,200})"|'([^'\n]{4,200})'|(?=[^\s"',;]*[\d!#$%^&*_+=~|\\<>?@/])([^\s"',;]{6,200}))`,
  'gi',
);
const PLACEHOLDER =
  /^(?:<[^>]*>|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{[^}]*\}\}|%[A-Z_]+%|\*+|x+|\.{3}|…|(?:your|my|the)[_ -]?\w*|redacted|changeme|example\w*|null|none|true|false|undefined|env\(.*\)|process\.env\..*|os\.environ.*)$/i;

// An HTTP Authorization header of any scheme with its credential: `Authorization: Basic dXNlcjpwYXNz`, `Bearer …`,
// `Digest username=…, response=…`, `token …`, `Proxy-Authorization: …`, in a curl `-H`, JSON or a code block.
// The credential is what follows the scheme; a placeholder (`<token>`, `$TOKEN`) passes.
const AUTH_HEADER =
  /(?<![\w-])(?:proxy-)?authorization["']?\s*[:=]\s*["']?([A-Za-z][\w-]{1,30})[ \t]+([^\s"'<>,\x60]{6,}|[^\s"'<>]{0,40}="[^"\n]{4,}")/gi;
// A bearer token standing alone ("Bearer 9f8e…"), which needs no header name to be used.
const BEARER = /(?<![\w-])Bearer[ \t]+([A-Za-z0-9._~+/-]{16,}=*)/g;

const messages = {
  SHAPE: {
    en: (props: { KIND: string; SECRET: string }) =>
      `found ${/^[AEIOU]/.test(props.KIND) ? 'an' : 'a'} ${props.KIND}: ${props.SECRET}`,
  },
  HEADER: {
    en: (props: { SCHEME: string; SECRET: string }) =>
      `found an HTTP Authorization header (${props.SCHEME}) with its credential: ${props.SECRET}`,
  },
  ASSIGNED: {
    en: (props: { FIELD: string; SECRET: string }) =>
      `found a secret assigned to \`${props.FIELD}\`: ${props.SECRET}`,
  },
};

/** Private keys of every format, cloud and service keys beyond secretlint's preset, credentials in addresses, and secrets assigned in JSON, .env or YAML. */
export const secretShapes: SecretLintRuleCreator = {
  messages,
  meta: {
    id: 'lesson-share/secret-shapes',
    recommended: true,
    type: 'scanner',
    supportedContentTypes: ['text'],
  },
  create(context) {
    const t = context.createTranslator(messages);
    return {
      file(source) {
        const text = source.content;
        for (const [name, pattern] of SHAPES)
          for (const match of text.matchAll(pattern)) {
            // A pattern with a group reports the group: the secret after the words that name it.
            const secret = match[1] ?? match[0];
            const start = match.index + match[0].lastIndexOf(secret);
            context.report({
              message: t('SHAPE', { KIND: name, SECRET: secret }),
              range: [start, start + secret.length],
            });
          }
        for (const match of text.matchAll(AUTH_HEADER)) {
          const scheme = match[1] ?? '';
          // A sentence's full stop or a closing bracket after the credential is not part of it.
          const secret = (match[2] ?? '').replace(/[.;:)\]]+$/, '');
          if (PLACEHOLDER.test(secret.trim()) || /^\$|^<|^\{\{/.test(secret)) continue;
          const start = match.index + match[0].lastIndexOf(secret);
          context.report({
            message: t('HEADER', { SCHEME: scheme, SECRET: secret }),
            range: [start, start + secret.length],
          });
        }
        for (const match of text.matchAll(BEARER)) {
          const secret = (match[1] ?? '').replace(/\.+$/, '');
          // A word, not a token: a token holds a digit.
          if (!/\d/.test(secret) || PLACEHOLDER.test(secret)) continue;
          const start = match.index + match[0].lastIndexOf(secret);
          context.report({
            message: t('HEADER', { SCHEME: 'Bearer', SECRET: secret }),
            range: [start, start + secret.length],
          });
        }
        for (const match of text.matchAll(ASSIGNMENT)) {
          const secret = match[1] ?? match[2] ?? match[3] ?? '';
          if (PLACEHOLDER.test(secret.trim())) continue;
          const key = /^["']?([\w.-]+)/.exec(match[0])?.[1] ?? '';
          const start = match.index + match[0].lastIndexOf(secret);
          context.report({
            message: t('ASSIGNED', { FIELD: key, SECRET: secret }),
            range: [start, start + secret.length],
          });
        }
      },
    };
  },
};
