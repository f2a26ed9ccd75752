import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '../../src/pipeline/island-style.ts';

describe('hoistIslandStyle', () => {
  it('moves the island style from the body into the head and leaves other pages alone', () => {
    const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
    const page = `<html><head><title>x</title></head><body><main>${style}<astro-island></astro-island></main></body></html>`;
    expect(hoistIslandStyle(page)).toBe(
      `<html><head><title>x</title>${style}</head><body><main><astro-island></astro-island></main></body></html>`,
    );
    const plain = '<html><head></head><body><p>no island</p></body></html>';
    expect(hoistIslandStyle(plain)).toBe(plain);
  });
});
