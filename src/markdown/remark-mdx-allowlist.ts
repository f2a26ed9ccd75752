import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findUnsafeNodes } from './mdx-safety.ts';

/**
 * Fails the MDX compile of any entry that would run code or ship script, with the
 * same allowlist the content check uses, so a file the checker never saw is still safe.
 */
export default function remarkMdxAllowlist() {
  return (tree: Root, file: VFile) => {
    const unsafe = findUnsafeNodes(tree);
    if (unsafe.length === 0) return;
    const list = unsafe
      .map((u) => `  ${file.path}:${u.line}:${u.column}  mdx-safety  ${u.message}`)
      .join('\n');
    file.fail(`unsafe MDX (run \`npm run check\`):\n${list}`, {
      place: { line: unsafe[0]?.line ?? 1, column: unsafe[0]?.column ?? 1 },
    });
  };
}
