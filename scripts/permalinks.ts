#!/usr/bin/env node
// npm run permalinks: records every URL the library serves in permalinks.json, so that none can disappear unnoticed.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readLibrary } from '../src/reader/read-entries.ts';
import { manifestBeside, permalinkEntries, readManifest } from '../src/check/entries/permalinks.ts';
import { contentDir } from '../src/pipeline/content-dir.ts';
import { servedUrls } from '../src/domain/permalinks.ts';

// The manifest sits beside the content folder it protects.
const manifest = relative(process.cwd(), manifestBeside(contentDir()));
const published = readManifest(manifest);
const served = [...servedUrls(permalinkEntries(readLibrary(contentDir()).entries)).keys()];
// Recorded URLs are never dropped here: retiring one is a deliberate edit of the file.
const all = [...new Set([...published, ...served])].sort();
writeFileSync(manifest, `[\n${all.map((url) => `  ${JSON.stringify(url)}`).join(',\n')}\n]\n`);
console.log(`${manifest}: ${all.length} URLs (${all.length - published.length} new).`);
