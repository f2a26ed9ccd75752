import type { RenderedBody } from '../markdown/render.ts';

/** A body as the content check parsed and rendered it, with the exact text it read. */
export interface CheckedBody {
  text: string;
  rendered: RenderedBody;
  /** A pattern's known uses, counted on the same parse. */
  knownUses?: number | undefined;
}

// The check runs in an integration and the loader in Vite's module graph: two module instances, one process.
const KEY = Symbol.for('lesson-share:checked-bodies');
const shelf = globalThis as typeof globalThis & { [KEY]?: ReadonlyMap<string, CheckedBody> };

/** Leaves the bodies the check rendered (by file, relative to the project root) for the content loader. */
export function handOverBodies(bodies: ReadonlyMap<string, CheckedBody>): void {
  shelf[KEY] = bodies;
}

/** Lets the bodies go once the content store holds them: at ten thousand entries they are a few hundred megabytes. */
export function releaseBodies(): void {
  delete shelf[KEY];
}

/** The check's rendering of a file, if it read exactly this text. */
export function checkedBody(file: string, text: string): CheckedBody | undefined {
  const body = shelf[KEY]?.get(file);
  return body?.text === text ? body : undefined;
}
