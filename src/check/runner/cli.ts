import { existsSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm run check` was asked to do, or why it cannot do it. */
export type CheckArgs = { files: string[]; cache: boolean; help: boolean } | { error: string };

/** The usage line printed by `--help` and after a bad argument. */
export const CHECK_USAGE = 'usage: npm run check [-- [--no-cache] [content/<collection>/<file>…]]';

/**
 * Reads the check's arguments strictly: an unknown flag, or a named file that does not exist or is not
 * in the content folder, is an error, never a silent "0 files checked".
 */
export function parseCheckArgs(
  args: readonly string[],
  contentDir: string,
  cwd = process.cwd(),
): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: { 'no-cache': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    // Node's message goes on about positionals after `--`; its first sentence names the bad argument.
    const first = /^[^.]*\./.exec((error as Error).message)?.[0] ?? (error as Error).message;
    return { error: `${first} The check takes --no-cache, --help and file names.\n${CHECK_USAGE}` };
  }
  const content = resolve(contentDir);
  for (const file of parsed.positionals) {
    const path = resolve(cwd, file);
    if (!existsSync(path))
      return {
        error: `${file}: no such file. Name files of the library, e.g. content/lessons/<slug>.mdx.`,
      };
    const inside = relative(content, path);
    if (inside.startsWith('..') || inside === '' || !statSync(path).isFile()) {
      return {
        error: `${file}: not a file of the library in ${relative(cwd, content) || '.'}/. Name entries, e.g. content/lessons/<slug>.mdx.`,
      };
    }
    if (!/\.(mdx|yaml)$/.test(inside) || inside.split(sep).length > 2)
      return {
        error: `${file}: not an entry of the library: entries are content/<collection>/<slug>.mdx, content/authors/<id>.yaml or content/tags.yaml.`,
      };
  }
  return {
    files: parsed.positionals,
    cache: !parsed.values['no-cache'],
    help: Boolean(parsed.values.help),
  };
}
