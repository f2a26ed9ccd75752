// Types only: @secretlint/types comes with @secretlint/core, whose API is written in them.
import type { SecretLintRuleCreator } from '@secretlint/types';

// A JSON Web Token: three base64url parts, the first two JSON objects (`{"` is `eyJ`). The lookbehind starts
// a match only where a run of base64url characters starts, so a long run is scanned once, not once per position.
const JWT = /(?<![\w-])eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/g;
// A password's name in the main European languages (English, German, French, Spanish, Portuguese, Dutch, Italian,
// Scandinavian, Polish, Czech, Finnish) and the short forms (pw, pwd, PIN).
// A network's key is a password too ("the Wi-Fi key is …", "WLAN-Schlüssel", "clé Wi-Fi"); so are the words of
// Russian, Ukrainian, Turkish, Greek, Japanese, Chinese and Korean.
const WORD = String.raw`(?:password|passwort|kennwort|passphrase|passcode|passwd|pwd|pw|pin|mot de passe|mdp|contraseña|contrasena|senha|palavra-passe|wachtwoord|parola d'ordine|lösenord|losenord|passord|adgangskode|hasło|haslo|heslo|salasana|(?:wi-?fi|wlan|wpa[23]?|network|netzwerk)[ -](?:key|password|passphrase|code|schlüssel|kennwort|passwort)|clé (?:wi-?fi|wpa)|пароль|парол|şifre|sifre|parola|κωδικός|パスワード|密码|密碼|비밀번호)s?(?!\p{L})`;
// What states it: a verb of the main ones ("is", "lautet", "est", "es", "é", "luidt", "è") or a sign.
// Polish and Czech "to"/"jest"/"je", Scandinavian "er"/"är"/"var", Finnish "on", Russian "—", Japanese "は", Chinese "是".
const VERB = String.raw`(?:(?<!\p{L})(?:was|is|were|are|became|set to|lautet|lautete|ist|war|wurde|heißt|hieß|est|était|etait|es|era|fue|é|foi|è|luidt|luidde|to|jest|był|bylo|było|je|byl|er|är|var|on|oli|это|был|было|dır|dir)(?!\p{L})|[:=→：—]|->|は|是)`;
const QUOTED = String.raw`["'\x60“‘„«](?<quoted>[^"'\x60”’“«»\n]{3,64})["'\x60”’“»]`;
// "the password was hunter2", "PIN: 4711", "Das Passwort für das Formular lautet Xk9…", "le mot de passe est 'x'":
// the name, up to four words ("for the form"), what states it, and the value, quoted or holding a digit or a symbol.
const SPOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])${WORD}(?<gap>(?:[ \t]+[^\s.;:!?=→"'\x60“‘„«]{1,30}){0,4}?)[ \t]*${VERB}[ \t]*(?:${QUOTED}|(?<value>[^\s"'\x60“‘„«]{4,64}))`,
  'giu',
);
// "(password Xk9QZi0MQCVKJYj0)": the name right before a value that looks generated (letters and digits, mixed case or a symbol).
const BARE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])${WORD}[ \t]+(?<value>[^\s"'\x60“‘„«]{8,64})`,
  'giu',
);
const GENERATED = /^(?=.*\d)(?=.*[A-Za-z])(?:(?=.*[A-Z])(?=.*[a-z])|(?=.*[!#$%^&*_+=~|\\<>?@]))/;
// An unquoted value right after the verb holds a digit or a symbol ("the password was reset" passes); after words
// between ("the password for the form was …"), a letter and a digit, and not a measure ("12-character", "30min").
const SYMBOL_OR_DIGIT = /[\d!#$%^&*_+=~|\\<>?]/;
const MEASURE = /^[\d.,]+[-–]?\p{L}+$/u;
const TRAILING = /[.,;:!?)\]]+$/;
// A date or a time after "on" or "to" ("rotated the password on 2026-03-15") says when, not what.
const WHEN = /^(?:\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?|\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?)$/i;

/** The password a match of SPOKEN or BARE states, or undefined when the words say something else. */
function stated(match: RegExpMatchArray, bare: boolean): string | undefined {
  if (match.groups?.quoted) return match.groups.quoted;
  const value = (match.groups?.value ?? '').replace(TRAILING, '');
  if (value.length < 4 || WHEN.test(value)) return undefined;
  if (bare) return value.length >= 8 && GENERATED.test(value) ? value : undefined;
  if (!match.groups?.gap) return SYMBOL_OR_DIGIT.test(value) ? value : undefined;
  return value.length >= 6 && /\d/.test(value) && /\p{L}/u.test(value) && !MEASURE.test(value)
    ? value
    : undefined;
}

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
        for (const [pattern, bare] of [
          [SPOKEN, false],
          [BARE, true],
        ] as const)
          for (const match of source.content.matchAll(pattern)) {
            const secret = stated(match, bare);
            if (!secret) continue;
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
