import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/check/runner/terminal.ts';
import type { CheckReport } from '../../src/check/runner/run.ts';
import type { Finding } from '../../src/check/types.ts';

const finding: Finding = {
  file: 'content/lessons/a\n::stop-commands::token\n.mdx',
  line: 1,
  column: 1,
  rule: 'references',
  severity: 'error',
  message: 'unknown tag `x\r\n::error file=y::pwned\u202E`',
};
const report: CheckReport = {
  findings: [finding],
  silenced: [{ finding, reason: 'why\n::warning::no' }],
  files: 1,
  stats: { analysed: 1, cached: 0, workers: 0 },
  permalinks: [],
  library: { entries: [], bodies: new Map() },
};

describe('check output', () => {
  it('prints each finding on one line, a newline in a file name or a value escaped', () => {
    const lines = formatReport(report, { CI: 'true', GITHUB_ACTIONS: 'true' }).flatMap((line) =>
      line.split(/\r?\n/),
    );
    expect(lines).toHaveLength(5);
    // Only the annotation line may start a workflow command.
    expect(lines.filter((line) => line.startsWith('::'))).toEqual([
      expect.stringMatching(/^::error file=content\/lessons\/a%0A%3A%3Astop-commands/),
    ]);
    expect(lines[0]).toBe(
      'content/lessons/a\\n::stop-commands::token\\n.mdx:1:1  references  unknown tag `x\\r\\n::error file=y::pwned\\u{202E}`',
    );
    expect(lines[3]).toContain('[ignored: why\\n::warning::no]');
  });
});
