import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A source file of the check, named by its path in src/check/ (`runner/worker.ts`, `rules`): found from this
 * module when Node or Vite runs it from source, or under the project's src/check/ if it was bundled.
 */
export function checkSource(name: string): string {
  const beside = import.meta.url.startsWith('file:')
    ? fileURLToPath(new URL(name, new URL('../', import.meta.url)))
    : '';
  return beside && existsSync(beside) ? beside : resolve('src/check', name);
}
