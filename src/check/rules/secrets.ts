import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import type { Finding } from '../finding.ts';

// secretlint's recommended preset, with the AWS rule's ID scan turned on (account and access key ids).
const config = {
  rules: [
    {
      id: '@secretlint/secretlint-rule-preset-recommend',
      rule: recommended,
      rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }],
    },
  ],
};

/** API keys, tokens, private keys and credentials in URLs, anywhere in the file. */
export async function checkSecrets(file: string, text: string): Promise<Finding[]> {
  const result = await lintSource({
    source: { filePath: file, content: text, ext: file.slice(file.lastIndexOf('.')), contentType: 'text' },
    options: { config, maskSecrets: true },
  });
  return result.messages.map((message) => ({
    file,
    line: message.loc.start.line,
    column: message.loc.start.column + 1,
    rule: 'secrets',
    severity: 'error' as const,
    message: `${message.message.replace(/\.$/, '')}. Remove it from the file and revoke it: it is in the git history now.`,
  }));
}
