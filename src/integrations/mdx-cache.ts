import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, rm, stat, utimes } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { writeAtomic } from '../lib/files.ts';

/** Where compiled MDX is kept between builds, beside the sharing cards. */
export const MDX_CACHE_DIR = resolve('node_modules/.cache/lesson-share/mdx');
// A compiled body nobody has built for this long is dropped, so the cache does not grow forever.
const MAX_AGE_DAYS = 14;

// What the compiler's output depends on besides the file: every package version, our plugins, the config.
function compilerVersion(): string {
  const hash = createHash('sha256');
  for (const file of ['package-lock.json', 'astro.config.mjs', 'src/components/author/allowlist.ts']) hash.update(readFileSync(resolve(file)));
  for (const name of readdirSync(resolve('src/markdown')).sort()) hash.update(name).update(readFileSync(resolve('src/markdown', name)));
  return hash.digest('hex');
}

type Transform = (this: unknown, code: string, id: string) => Promise<unknown>;
interface MdxPlugin {
  name: string;
  transform: { handler: Transform };
}

const isMdxPlugin = (plugin: unknown): plugin is MdxPlugin =>
  typeof plugin === 'object' && plugin !== null && (plugin as { name?: unknown }).name === '@mdx-js/rolldown' && typeof (plugin as MdxPlugin).transform?.handler === 'function';

/** Stats of the last build, for the build log. */
export const mdxCacheStats = { hits: 0, misses: 0 };

/**
 * Keeps each MDX body's compiled module between builds, keyed by the file's text and
 * path and the compiler's version: compiling every body through the unified pipeline
 * was half of the bundle phase, paid again on every rebuild for one edited lesson.
 * It wraps @astrojs/mdx's own transform, so what is cached is exactly what it returns.
 */
export default function mdxCache({ dir = MDX_CACHE_DIR } = {}): AstroIntegration {
  let version = '';
  return {
    name: 'lesson-share:mdx-cache',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const plugin = ((config.vite.plugins ?? []) as unknown[]).flat(Infinity).find(isMdxPlugin);
        if (!plugin) {
          logger.warn('@astrojs/mdx’s compiler was not found: MDX is compiled without the cache.');
          return;
        }
        version = compilerVersion();
        const compile = plugin.transform.handler;
        plugin.transform.handler = async function (code, id) {
          const file = join(dir, `${createHash('sha256').update(`${version}\n${id}\n${code}`).digest('hex')}.json`);
          try {
            const cached = JSON.parse(await readFile(file, 'utf8')) as unknown;
            mdxCacheStats.hits++;
            // Touched on use: the pruning below keeps what builds still read.
            const now = new Date();
            await utimes(file, now, now);
            return cached;
          } catch {
            // Not cached yet (or unreadable): compile it.
          }
          const result = await compile.call(this, code, id);
          mdxCacheStats.misses++;
          await writeAtomic(file, new TextEncoder().encode(JSON.stringify(result)));
          return result;
        };
      },
      'astro:build:done': async ({ logger }) => {
        if (mdxCacheStats.hits + mdxCacheStats.misses === 0) return;
        logger.info(`${mdxCacheStats.hits} MDX bodies reused, ${mdxCacheStats.misses} compiled.`);
        await prune(dir);
      },
    },
  };
}

// At most once a day: stat-ing ten thousand files on every build would cost a second each time.
async function prune(dir: string): Promise<void> {
  const marker = join(dir, '.pruned');
  const last = await stat(marker).then((s) => s.mtimeMs, () => 0);
  if (Date.now() - last < 86_400_000) return;
  await writeAtomic(marker, new Uint8Array());
  const oldest = Date.now() - MAX_AGE_DAYS * 86_400_000;
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return;
  }
  for (const name of names) {
    const file = join(dir, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
    if (mtimeMs < oldest) await rm(file, { force: true });
  }
}
