import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

// The checker itself, as the vnu-jar package ships it (the package's main module is its path).
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One error from the W3C Nu HTML Checker, with the page it is on. */
export interface W3cError {
  file: string;
  line: number | undefined;
  message: string;
  extract: string | undefined;
}

/**
 * Why the Nu HTML Checker cannot run here, or `undefined` when it can. It needs a `java` (11 or newer) on the PATH:
 * vnu-jar's own download of one reaches outside the npm registry, and npm has no JRE that ships inside its package.
 */
export function w3cUnavailable(): string | undefined {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0)
    return 'The W3C HTML check needs Java 11 or newer on the PATH (java -version failed). Install one, e.g. `apt-get install default-jre-headless`.';
  return undefined;
}

/** Every error (warnings and notes left out) the Nu HTML Checker finds in the HTML files under `dir`. */
export function w3cErrors(dir: string): W3cError[] {
  const run = spawnSync(
    'java',
    ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--skip-non-html', dir],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  // vnu prints its JSON report on stderr and exits 1 when it found errors.
  const report = JSON.parse(run.stderr || '{"messages":[]}') as {
    messages: {
      type: string;
      url?: string;
      lastLine?: number;
      message: string;
      extract?: string;
    }[];
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: (m.url ?? '').replace(/^file:/, '').replace(dir, ''),
      line: m.lastLine,
      message: m.message,
      extract: m.extract,
    }));
}

/**
 * Registers the test that every page under `outDir()` passes the Nu HTML Checker. Without Java a developer's run
 * says why and skips it; under CI=true it fails instead, so CI never goes green unchecked.
 */
export function itHasNoW3cErrors(outDir: () => string): void {
  const noJava = w3cUnavailable();
  if (noJava) console.warn(`W3C HTML check not run: ${noJava}`);
  it.skipIf(noJava !== undefined && process.env['CI'] !== 'true')(
    'has no W3C Nu HTML Checker error on any page',
    () => {
      if (noJava) throw new Error(noJava);
      expect(w3cErrors(outDir())).toEqual([]);
    },
  );
}
