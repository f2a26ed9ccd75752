import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        // Pure code, each file in its own temp folders: files run in parallel. The timeout only catches a hang: some
        // tests spawn the check, which on a loaded shared machine takes far longer than Vitest's default 5 s.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Site tests run `astro build`, which writes .astro/ and the caches under node_modules/ in the project: one build at a time.
          fileParallelism: false,
          // After the unit project, never beside it (groupOrder): a build beside parallel unit files would race them for the project's caches and for the CPU their timed tests measure.
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
