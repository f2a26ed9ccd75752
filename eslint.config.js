// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'tests/fixtures/**/dist/',
      'tests/fixtures/redteam/',
      '.tmp-tools/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      // `_name` marks a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // A function a newcomer reads in a screen or two (issue 27): a longer one is split into named steps.
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The islands' hooks are called in the same order on every render, and only from components and hooks.
    ...reactHooks.configs.flat.recommended,
    files: ['src/islands/**/*.{ts,tsx}'],
    // Only the rule every hook must keep; exhaustive-deps would list dependencies the islands leave out on purpose.
    rules: { 'react-hooks/rules-of-hooks': 'error' },
  },
);
