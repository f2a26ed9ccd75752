import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder a test run makes (dozens of site builds and library copies, gigabytes in all) goes under
 * one folder, removed when the run ends. Set LESSON_SHARE_KEEP_TEST_OUTPUT=1 to keep it for a look.
 */
export default function setup(): () => void {
  const run = mkdtempSync(join(tmpdir(), 'lesson-share-test-run-'));
  const previous = process.env['TMPDIR'];
  // Test files, and the builds and browsers they start, inherit it; os.tmpdir() reads it on every call.
  process.env['TMPDIR'] = run;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    if (process.env['LESSON_SHARE_KEEP_TEST_OUTPUT'] === '1')
      console.log(`Test output kept in ${run}`);
    else rmSync(run, { recursive: true, force: true });
  };
}
