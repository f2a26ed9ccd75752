import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readCollection, type CheckedEntry } from '../reader/read-entries.ts';
import { fingerprintOf } from '../reader/fingerprint.ts';
import { contentDir } from '../pipeline/content-dir.ts';
import { countKnownUses } from '../domain/learning-loop/known-uses.ts';
import { parseBody } from '../markdown/parse.ts';
import { renderBody } from '../markdown/render.ts';
import { sourcePath, type CollectionName } from '../schemas/index.ts';
import { checkedBody, checkedEntries, type CheckedBody } from '../reader/handoff.ts';

// A stored body is current only for the renderer that made it: its code and packages are part of every digest.
let renderer: string | undefined;
const rendererVersion = () => (renderer ??= fingerprintOf([resolve('src/markdown/render.ts')]));

/**
 * Loads one collection as the content check read it (or, after an edit in dev, with the check's
 * own reader), so the build and the check agree on every file's frontmatter, and stores each MDX
 * body rendered to HTML (with its headings) in the content store. Bodies never become JavaScript
 * modules; an unchanged file, by digest, is skipped.
 */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: `lesson-share:${collection}`,
    load: async (context) => {
      // The files as the check read them a moment ago; after an edit in dev, as they are now.
      await sync(context, collection, checkedEntries(collection));
      const folder = resolve(contentDir(), sourcePath(collection));
      // The content folder may lie outside the project (LESSON_SHARE_CONTENT), where Vite does not watch by itself.
      context.watcher?.add(folder);
      context.watcher?.on('all', (_event, path) => {
        if (!relative(folder, path).startsWith('..')) void sync(context, collection);
      });
    },
  };
}

async function sync(
  { store, parseData, generateDigest, config, logger }: LoaderContext,
  collection: CollectionName,
  checked?: CheckedEntry[],
): Promise<void> {
  const root = fileURLToPath(config.root);
  const untouched = new Set(store.keys());
  let stored = 0;
  for (const entry of checked ?? readCollection(contentDir(), collection, root).entries) {
    const { source, id } = entry;
    // A file that fails to read is the check's to report (and it stops the build); dev carries on without it.
    const data = entry.path.length
      ? (source.data as Record<string, unknown> | undefined)?.[id]
      : source.data;
    if (!id || source.yamlErrors.length || data === undefined) {
      logger.error(
        `${source.file}: the frontmatter does not read as YAML; run \`npm run check\` for where and why.`,
      );
      continue;
    }
    untouched.delete(id);
    const digest = generateDigest(
      entry.path.length ? JSON.stringify(data) : `${rendererVersion()}\n${source.text}`,
    );
    if (store.get(id)?.digest === digest) continue;
    stored++;
    const parsed = await parseData({
      id,
      data: data as Record<string, unknown>,
      filePath: resolve(root, source.file),
    });
    const body = source.body ? bodyOf(entry) : undefined;
    store.set({
      id,
      data: parsed,
      digest,
      filePath: source.file,
      // The body's text stays out of the store: pages, keys and search read the rendered HTML.
      ...(body && {
        rendered: {
          html: body.rendered.html,
          metadata: {
            headings: body.rendered.headings,
            ...(body.knownUses !== undefined && { knownUses: body.knownUses }),
          },
        },
      }),
    });
  }
  for (const id of untouched) store.delete(id);
  logger.info(
    `${collection}: ${stored} ${stored === 1 ? 'entry' : 'entries'} stored, ${store.keys().length - stored} unchanged.`,
  );
}

// The check's parse and rendering when it read this very text (every build); else one of our own (dev, after an edit).
function bodyOf({ source, collection }: CheckedEntry): CheckedBody {
  const handed = checkedBody(source.file, source.text);
  if (handed) return handed;
  const parsed = parseBody(source.body);
  if ('error' in parsed) {
    const { line, column, message } = parsed.error;
    throw Object.assign(
      new Error(`${source.file}:${line + source.bodyLine - 1}:${column}  mdx  ${message}`),
      { stack: '' },
    );
  }
  const knownUses = collection === 'patterns' ? countKnownUses(parsed.tree) : undefined;
  return { text: source.text, rendered: renderBody(parsed.tree, source.file), knownUses };
}
