import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import type { Finding } from '../finding.ts';
import { normalise } from '../normalise.ts';
import { secretPhrases } from './secret-phrases.ts';
import type { CheckedFile, FileContext } from '../rule.ts';

// secretlint's recommended preset, with the AWS rule's ID scan turned on (account and access key ids), and
// our rule for tokens and passwords written out in prose.
const config = {
  rules: [
    { id: secretPhrases.meta.id, rule: secretPhrases },
    {
      id: '@secretlint/secretlint-rule-preset-recommend',
      rule: recommended,
      rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }],
    },
  ],
};

const lint = (file: string, content: string) =>
  lintSource({
    source: {
      filePath: file,
      content,
      ext: file.slice(file.lastIndexOf('.')),
      contentType: 'text',
    },
    options: { config, maskSecrets: true },
  });

// 1-based line and column of offsets in a text, by binary search over its line starts: linear in all.
const placer = (text: string) => {
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  return (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
};

/**
 * API keys, tokens, private keys, credentials in URLs and passwords written out, anywhere in the file: as
 * written, and as a reader sees it (character references decoded, invisible characters dropped), so that
 * `ghp&#95;…` or a token split by a zero-width space is found too.
 */
export async function checkSecrets(file: string, text: string): Promise<Finding[]> {
  const finding = (line: number, column: number, message: string): Finding => ({
    file,
    line,
    column,
    rule: 'secrets',
    severity: 'error' as const,
    message: `${message.replace(/\.$/, '')}. Remove it from the file and revoke it: it is in the git history now.`,
  });
  const findings = (await lint(file, text)).messages.map((m) =>
    finding(m.loc.start.line, m.loc.start.column + 1, m.message),
  );
  const normalised = normalise(text);
  if (normalised.text === text) return findings;
  const seen = new Set(findings.map((f) => `${f.line}:${f.column}`));
  const place = placer(text);
  for (const message of (await lint(file, normalised.text)).messages) {
    const at = place(normalised.source(message.range[0]));
    if (!seen.has(`${at.line}:${at.column}`))
      findings.push(finding(at.line, at.column, message.message));
  }
  return findings;
}

/** The `secrets` rule, on a file's whole text. */
export default async function secrets(file: CheckedFile, context: FileContext): Promise<void> {
  context.report(...(await checkSecrets(file.file, file.text)));
}
