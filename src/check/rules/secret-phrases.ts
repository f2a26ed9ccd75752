// Types only: @secretlint/types comes with @secretlint/core, whose API is written in them.
import type { SecretLintRuleCreator } from '@secretlint/types';

// A JSON Web Token: three base64url parts, the first two JSON objects (`{"` is `eyJ`). The lookbehind starts
// a match only where a run of base64url characters starts, so a long run is scanned once, not once per position.
const JWT = /(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g;
// "the password was hunter2", "PIN: 4711", "passphrase is 'correct horse'": a credential written out in prose.
// The value is quoted, or holds a digit or a symbol, so "the password was reset" passes.
const SPOKEN =
  /\b(?:password|passphrase|passcode|passwd|pwd|pin)s?\s*(?:was|is|were|are|:|=)\s*(?:(["'`“‘])([^"'`”’\n]{3,64})["'`”’]|(?=[^\s]*[\d!#$%^&*_+=~|\\<>?])([^\s"'`“‘]{4,64}))/gi;

const messages = {
  JWT: { en: (props: { TOKEN: string }) => `found a JSON Web Token: ${props.TOKEN}` },
  SPOKEN: { en: (props: { SECRET: string }) => `found a password written out: ${props.SECRET}` },
};

/** JSON Web Tokens and passwords written out in prose, which secretlint's recommended preset does not look for. */
export const secretPhrases: SecretLintRuleCreator = {
  messages,
  meta: {
    id: 'lesson-share/secret-phrases',
    recommended: true,
    type: 'scanner',
    supportedContentTypes: ['text'],
  },
  create(context) {
    const t = context.createTranslator(messages);
    return {
      file(source) {
        for (const match of source.content.matchAll(JWT)) {
          context.report({
            message: t('JWT', { TOKEN: match[0] }),
            range: [match.index, match.index + match[0].length],
          });
        }
        for (const match of source.content.matchAll(SPOKEN)) {
          const secret = match[2] ?? match[3] ?? '';
          const start = match.index + match[0].lastIndexOf(secret);
          context.report({
            message: t('SPOKEN', { SECRET: secret }),
            range: [start, start + secret.length],
          });
        }
      },
    };
  },
};
