// The one browser of the browser tests, `npm run screenshots` and `npm run lighthouse`: CHROMIUM_PATH when it is set,
// otherwise the Chromium that the npm package @sparticuz/chromium ships (x64 Linux only), so `npm install` is all a
// machine needs. Nothing here falls back to a browser the system happens to have.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/** What to start and how: the executable, its flags, and its whole environment (this process's, plus what it needs). */
export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  env: Record<string, string | undefined>;
  /** Where the browser came from, for messages and reports. */
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium';
}

/** Headless, no sandbox (root in a container), nothing fetched from outside, no first-run chores. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const require = createRequire(import.meta.url);

/**
 * The browser to launch: CHROMIUM_PATH if set, else @sparticuz/chromium's. Throws, with what to do, when there is none:
 * callers let that fail the run, so no test passes without having driven a real browser.
 */
export async function findChromium(): Promise<ChromiumLaunch> {
  const path = process.env['CHROMIUM_PATH'];
  if (path) {
    if (!existsSync(path))
      throw new Error(
        `CHROMIUM_PATH is ${path}, which does not exist: point it at a Chrome or Chromium executable.`,
      );
    return {
      executablePath: path,
      args: CHROMIUM_FLAGS,
      env: { ...process.env },
      source: 'CHROMIUM_PATH',
    };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `@sparticuz/chromium ships a Chromium for x64 Linux only, and this is ${process.platform} ${process.arch}: ` +
        'set CHROMIUM_PATH to a local Chrome or Chromium (e.g. on a Mac, ' +
        '"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").',
    );
  }
  const dir = await unpacked();
  return {
    executablePath: join(dir, 'chromium'),
    args: CHROMIUM_FLAGS,
    env: {
      ...process.env,
      // The package's own NSS and expat, so the browser needs no system library beyond what Node itself needs (libc).
      LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env['LD_LIBRARY_PATH']]
        .filter(Boolean)
        .join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
    },
    source: '@sparticuz/chromium',
  };
}

/**
 * The package's compressed browser, unpacked once per installed version into node_modules/.cache/. Its own
 * executablePath() unpacks into the shared /tmp/chromium and reuses whatever it finds there (another version, or one
 * half-written by a parallel run), so it runs here in a child process whose temporary folder is a fresh folder of
 * ours, which then takes its place in one rename: concurrent runs each unpack and the first rename wins.
 */
async function unpacked(): Promise<string> {
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    throw new Error(
      '@sparticuz/chromium is not installed: run `npm install` (or set CHROMIUM_PATH to a Chrome or Chromium).',
    );
  }
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = join(packageDir, '..', '..', '.cache', `sparticuz-chromium-${version}`);
  if (existsSync(join(dir, 'fonts.conf'))) return dir;
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  mkdirSync(staging, { recursive: true });
  try {
    // Unpacks the browser, its fonts and SwiftShader, then the NSS and expat libraries it links against.
    const script = `import chromium, { inflate } from '@sparticuz/chromium';
      await chromium.executablePath();
      await inflate(${JSON.stringify(join(packageDir, 'bin', 'al2023.tar.br'))});`;
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: packageDir,
      env: { ...process.env, TMPDIR: staging },
    });
    // The package's fonts.conf names /tmp/fonts; this one names the fonts unpacked here, and the system's where it has any.
    writeFileSync(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(dir, 'fonts', 'fonts')}</dir>
  <cachedir>${join(dir, 'fonts-cache')}</cachedir>
</fontconfig>
`,
    );
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another run finished first: use its copy.
    if (existsSync(join(dir, 'fonts.conf'))) return dir;
    throw new Error(
      `Could not unpack @sparticuz/chromium into ${dir}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return dir;
}
