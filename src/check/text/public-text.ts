import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { site } from '../../../site.config.ts';
import type { Finding } from '../types.ts';

// Files under public/ that are served as text a reader (or a crawler) can read: what they say is published too.
const TEXT_EXTENSIONS = new Set(['.txt', '.xml', '.webmanifest', '.svg', '.json', '.csv', '.md']);
const TEXT_FILES = new Set(['_headers', '_redirects', 'CNAME']);
// Larger files are not text anyone wrote by hand; the public-files rule still sees them.
const MAX_BYTES = 2_000_000;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return textFiles(path);
    const plain =
      d.isFile() && !lstatSync(path).isSymbolicLink() && lstatSync(path).size <= MAX_BYTES;
    return plain && (TEXT_EXTENSIONS.has(extname(d.name).toLowerCase()) || TEXT_FILES.has(d.name))
      ? [path]
      : [];
  });
}

/** Secrets, personal data and invisible characters in the text files of public/, which are published as they are. */
export async function checkPublicText(publicDir: string, root: string): Promise<Finding[]> {
  return checkTextFiles(textFiles(publicDir), root);
}

/** Secrets, personal data and invisible characters in text files the repository publishes as they are (public/'s, content/README.md). */
export async function checkTextFiles(paths: readonly string[], root: string): Promise<Finding[]> {
  if (paths.length === 0) return [];
  // Loaded only when there is something to read, like the per-file rules (see run.ts).
  const [{ checkSecrets }, { checkPersonalData }, { checkInvisible }, { proseOf }] =
    await Promise.all([
      import('./secrets.ts'),
      import('./personal-data.ts'),
      import('./invisible.ts'),
      import('./prose.ts'),
    ]);
  const findings: Finding[] = [];
  for (const path of paths) {
    const file = relative(root, path).split(sep).join('/');
    const text = readFileSync(path, 'utf8');
    findings.push(
      ...(await checkSecrets(file, text)),
      ...checkPersonalData(
        file,
        proseOf(undefined, 1, [{ text, line: 1, column: 1 }]),
        site.region,
      ),
      ...checkInvisible(file, text),
    );
  }
  return findings;
}
