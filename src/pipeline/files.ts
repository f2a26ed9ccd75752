import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

// A name of its own per process and call, so two writers never share a temporary file.
const partialName = (file: string) =>
  `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

/** Writes a file through a temporary name and a rename: a killed build, or two at once, never leave half a file under a valid name. */
export async function writeAtomic(file: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = partialName(file);
  try {
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** {@link writeAtomic}, for callers that cannot wait. */
export function writeAtomicSync(file: string, data: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = partialName(file);
  try {
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
