// Types only: @secretlint/types comes with @secretlint/core, whose API is written in them.
import type { SecretLintRuleCreator } from '@secretlint/types';

// Credentials laid out by how they are used rather than by what they look like: no secretlint rule (the recommended
// preset is every kept one) reads command lines, login files or tables. The command-line shapes follow gitleaks'
// `curl-auth-user` rule (gitleaks is Go and ships its rules in TOML, not as an npm package), widened to the other
// clients that take a password as an argument.

// A value that names a password rather than being one: a variable, a placeholder, a prompt.
const PLACEHOLDER =
  /^(?:<[^>]*>|\$\{?[\w]+\}?|\{\{[^}]*\}\}|%[\w]+%|\*+|x+|\.{3}|…|(?:your|my|the)[_-]?\w*|redacted|changeme|password|passwd|secret|example\w*)$/i;
// What ends a value in a sentence or a quote and is not part of it.
const TRAILING = /[.,;:!?)\]"'`]+$/;

const COMMANDS: [name: string, pattern: RegExp][] = [
  // curl, wget and httpie with a user and password: `curl -u admin:Tr7…`, `--user=a:b`, `http -a a:b`.
  [
    'password on a command line',
    /\b(?:curl|wget|http|https)\b[^\n]{0,200}?[ \t](?:-u|--user|-a|--auth)(?:=|[ \t]+)["']?[^\s:"']{1,64}:([^\s"']{3,128})/g,
  ],
  // mysql's `-pPASS` (no space: with one, mysql prompts), and any client's `--password=PASS` or `-a PASS` (redis-cli).
  [
    'password on a command line',
    /\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n]{0,200}?[ \t]-p([^\s"'-][^\s"']{2,127})/g,
  ],
  [
    'password on a command line',
    /(?<![\w-])--(?:password|passwd|pass)(?:=|[ \t]+)["']?([^\s"'-][^\s"']{2,127})/g,
  ],
  [
    'password on a command line',
    /\b(?:redis-cli\b[^\n]{0,200}?[ \t]-a|sshpass[ \t]+-p)[ \t]*["']?([^\s"'-][^\s"']{2,127})/g,
  ],
  // A .pgpass line, `host:port:database:user:password`, alone on its line.
  [
    '.pgpass line',
    /^[ \t>|-]*[\w.*-]+:(?:\d{1,5}|\*):[\w.*-]+:[\w.*@-]+:([^\s:]{3,128})[ \t|]*$/gm,
  ],
  // A .netrc entry: `machine host login user password pass`.
  ['.netrc entry', /\bmachine[ \t]+\S+[ \t]+login[ \t]+\S+[ \t]+password[ \t]+(\S{3,128})/g],
];

// A login pair in a sentence: `admin / Winter2025!`, or after a word that says it is one, `root:Tr7Kq2W`,
// `login admin/Winter2025`. The password must look chosen (letters and digits, and a capital or a symbol), so
// "read / write" and "Q3 / Q4" pass.
const PAIR_SPACED = /(?<![\w.@/-])[\w.@-]{2,40}[ \t]+\/[ \t]+([^\s"'`/]{8,64})/g;
const PAIR_NAMED =
  /\b(?:log(?:ged)?[ \t]?in|sign(?:ed)?[ \t]in|credentials?|user(?:name)?|account|konto|benutzer|compte|usuario|utente)\b[^\n]{0,40}?(?<![\w.@/:-])[\w.@-]{2,40}[ \t]*[/:][ \t]*([^\s"'`/:]{6,64})/gi;
const CHOSEN = /^(?=.*\d)(?=.*[A-Za-z])(?:(?=.*[A-Z])(?=.*[a-z])|(?=.*[!#$%^&*_+=~|\\<>?@]))/;

// A table column headed by a password's or a key's name, in any of the languages the phrases rule reads.
const HEADER =
  /^(?:password|passwort|kennwort|passphrase|passcode|passwd|pwd|pw|pin|mot de passe|contraseña|contrasena|senha|wachtwoord|lösenord|passord|hasło|haslo|heslo|salasana|secret|token|api[ _-]?key|access[ _-]key|secret[ _-]key|wi-?fi key|пароль|パスワード|密码|비밀번호)s?$/iu;
// The headers of that list that name a password (the others name a key or a token).
const PASSWORD_HEADER =
  /^(?:password|passwort|kennwort|passphrase|passcode|passwd|pwd|pw|pin|mot de passe|contraseña|contrasena|senha|wachtwoord|lösenord|passord|hasło|haslo|heslo|salasana|wi-?fi key|пароль|パスワード|密码|비밀번호)s?$/iu;
// A table's delimiter row: `| --- | :---: |`.
const DELIMITER = /^[ \t>]*\|?(?:[ \t]*:?-{1,}:?[ \t]*\|)+(?:[ \t]*:?-{1,}:?[ \t]*)?$/;

/** The cells of a table row (a leading and a trailing pipe dropped, escaped pipes kept). */
const cells = (row: string): { text: string; start: number }[] => {
  const found: { text: string; start: number }[] = [];
  let start = 0;
  const body = row.replace(/^[ \t>]*\|?/, (lead) => {
    start = lead.length;
    return '';
  });
  let at = start;
  for (const part of body.split(/(?<!\\)\|/)) {
    const lead = part.length - part.trimStart().length;
    found.push({ text: part.trim(), start: at + lead });
    at += part.length + 1;
  }
  if (found.length > 1 && found.at(-1)?.text === '') found.pop();
  return found;
};

/** Each value under a password-named column header: [header, value, offset of the value]. */
function* tableSecrets(text: string): Generator<[string, string, number]> {
  // Only texts with a delimiter row hold a table: most never get past this test.
  if (!/\|[ \t]*:?-{3,}/.test(text)) return;
  const lines = text.split('\n');
  let offset = 0;
  const starts = lines.map((line) => {
    const start = offset;
    offset += line.length + 1;
    return start;
  });
  for (let i = 1; i < lines.length; i++) {
    if (!DELIMITER.test(lines[i] as string) || !(lines[i] as string).includes('-')) continue;
    const header = cells(lines[i - 1] as string);
    const columns = header
      .map((cell, index) => ({ index, name: cell.text.replace(/^\*\*|\*\*$/g, '').trim() }))
      .filter((cell) => HEADER.test(cell.name));
    if (columns.length === 0) continue;
    for (let j = i + 1; j < lines.length && (lines[j] as string).includes('|'); j++) {
      const row = cells(lines[j] as string);
      for (const column of columns) {
        const cell = row[column.index];
        const value = cell?.text.replace(/^[`*_]+|[`*_]+$/g, '') ?? '';
        // A value, not a word: "reset", "none" or "n/a" in a password column say what happened to one. Under a
        // token's or a key's name (a design token, a keyboard key) only a long generated-looking value is a secret.
        if (!cell || value.length < 4 || PLACEHOLDER.test(value) || /\s/.test(value)) continue;
        if (!/[\d!#$%^&*_+=~|\\<>?@]/.test(value)) continue;
        if (!PASSWORD_HEADER.test(column.name) && (value.length < 16 || !CHOSEN.test(value)))
          continue;
        yield [column.name, value, (starts[j] as number) + cell.start + cell.text.indexOf(value)];
      }
    }
  }
}

const messages = {
  COMMAND: {
    en: (props: { KIND: string; SECRET: string }) => `found a ${props.KIND}: ${props.SECRET}`,
  },
  PAIR: {
    en: (props: { SECRET: string }) => `found a login and its password: ${props.SECRET}`,
  },
  TABLE: {
    en: (props: { FIELD: string; SECRET: string }) =>
      `found a value in a table column headed \`${props.FIELD}\`: ${props.SECRET}`,
  },
};

/** Passwords on command lines, in .pgpass and .netrc lines, in login pairs and in table columns named for them. */
export const secretLayouts: SecretLintRuleCreator = {
  messages,
  meta: {
    id: 'lesson-share/secret-layouts',
    recommended: true,
    type: 'scanner',
    supportedContentTypes: ['text'],
  },
  create(context) {
    const t = context.createTranslator(messages);
    const report = (start: number, secret: string, message: ReturnType<typeof t>) =>
      context.report({ message, range: [start, start + secret.length] });
    return {
      file(source) {
        const text = source.content;
        for (const [kind, pattern] of COMMANDS)
          for (const match of text.matchAll(pattern)) {
            const secret = (match[1] ?? '').replace(TRAILING, '');
            if (secret.length < 3 || PLACEHOLDER.test(secret)) continue;
            const start = match.index + match[0].lastIndexOf(match[1] ?? '');
            report(start, secret, t('COMMAND', { KIND: kind, SECRET: secret }));
          }
        for (const pattern of [PAIR_SPACED, PAIR_NAMED])
          for (const match of text.matchAll(pattern)) {
            const secret = (match[1] ?? '').replace(TRAILING, '');
            if (secret.length < 6 || !CHOSEN.test(secret) || PLACEHOLDER.test(secret)) continue;
            report(
              match.index + match[0].lastIndexOf(match[1] ?? ''),
              secret,
              t('PAIR', { SECRET: secret }),
            );
          }
        for (const [header, secret, start] of tableSecrets(text))
          report(start, secret, t('TABLE', { FIELD: header, SECRET: secret }));
      },
    };
  },
};
