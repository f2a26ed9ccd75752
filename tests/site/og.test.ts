import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OG_KINDS } from '../../src/build/og/model.ts';
import { ogImageUrl } from '../../src/view/urls.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/library');
let build: BuildResult;

beforeAll(() => {
  build = buildSite(FIXTURE);
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

/** The ids of a fixture collection, from its file names. */
const idsOf = (kind: string) =>
  readdirSync(join(FIXTURE, kind)).map((file) => basename(file).replace(/\.(mdx|ya?ml)$/, ''));

/** Width and height from the IHDR chunk, after checking the PNG signature. */
function pngSize(png: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR')
    return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('sharing cards', () => {
  const cards = () =>
    OG_KINDS.flatMap((kind) =>
      idsOf(kind).map((id) => ({
        url: ogImageUrl(kind, id),
        file: join(build.outDir, ogImageUrl(kind, id)),
      })),
    );

  it('exist for every pattern, trap, lesson and author of the library', () => {
    expect(cards()).toHaveLength(3 + 2 + 4 + 3);
    expect(
      cards()
        .filter(({ file }) => !existsSync(file))
        .map(({ url }) => url),
    ).toEqual([]);
  });

  it('are 1200×630 PNG images', () => {
    for (const { url, file } of cards())
      expect({ url, size: pngSize(readFileSync(file)) }).toEqual({
        url,
        size: { width: 1200, height: 630 },
      });
  });

  it('differ from one entry to the next', () => {
    const hashes = new Set(
      cards().map(({ file }) => createHash('sha256').update(readFileSync(file)).digest('hex')),
    );
    expect(hashes.size).toBe(cards().length);
  });

  it('are not made for events', () => {
    expect(existsSync(join(build.outDir, 'og/events'))).toBe(false);
  });
});
