// The check's rules, every one: runCheck, analyseFile and check-ignore comments all read this list, and a
// test holds README.md's and CONTRIBUTING.md's lists of rules to it. Adding a rule is a module in this
// folder (default-exporting its check) and one entry here. Modules are loaded when their rule runs, so the
// list itself costs nothing to import.
import type { Rule } from '../types.ts';

/** Every rule of the check, declared once. */
export const rules: readonly Rule[] = [
  {
    id: 'schema',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description: 'Frontmatter that is missing, misspelt, of the wrong type or does not parse.',
    load: () => import('./schema.ts'),
  },
  {
    id: 'references',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description: 'An id, in a field or an author component, that names no entry.',
    load: () => import('./references.ts'),
  },
  {
    id: 'slugs',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description: 'A file name that is not a URL slug, or two entries at one URL.',
    load: () => import('./slugs.ts'),
  },
  {
    id: 'dates',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description: 'A date in the future, or dates in an impossible order.',
    load: () => import('./dates.ts'),
  },
  {
    id: 'sections',
    kind: 'file',
    severity: 'error',
    waivable: false,
    description:
      'An empty body, section or author component, or a pattern without its sections in order.',
    load: () => import('./sections.ts'),
  },
  {
    id: 'mdx',
    kind: 'file',
    severity: 'error',
    waivable: false,
    description: 'A body that does not parse as MDX.',
    load: () => import('./mdx.ts'),
  },
  {
    id: 'mdx-safety',
    kind: 'file',
    severity: 'error',
    waivable: false,
    description: 'Anything in a body that could run code or ship script to readers.',
    load: () => import('./mdx-safety.ts'),
  },
  {
    id: 'secrets',
    kind: 'file',
    severity: 'error',
    waivable: false,
    description:
      'API keys, tokens, private keys and passwords, in a file as written and as published.',
    load: () => import('./secrets.ts'),
  },
  {
    id: 'personal-data',
    kind: 'file',
    severity: 'error',
    waivable: false,
    description:
      'E-mail, phone, IP and street addresses, bank, card and national id numbers, internal hosts, as published.',
    load: () => import('./personal-data.ts'),
  },
  {
    id: 'deceptive-links',
    kind: 'file',
    severity: 'error',
    waivable: false,
    description:
      "A link whose text, host or profile kind says one place and goes to another (a lookalike of the site's host).",
    load: () => import('./deceptive-links.ts'),
  },
  {
    id: 'sizes',
    kind: 'file',
    severity: 'error',
    waivable: false,
    description:
      'A body or its footnotes far past what any entry needs (100,000 characters, 200 footnotes).',
    load: () => import('./sizes.ts'),
  },
  {
    id: 'blameless',
    kind: 'file',
    severity: 'error',
    waivable: true,
    description: 'Blame phrasing, and a person named as the cause of a failure.',
    load: () => import('./blameless.ts'),
  },
  {
    id: 'names',
    kind: 'file',
    severity: 'warning',
    waivable: true,
    description: 'The name of someone who is not an author of the library.',
    load: () => import('./names.ts'),
  },
  {
    id: 'placeholder',
    kind: 'file',
    severity: 'error',
    waivable: false,
    description: "The template's guidance left in an entry.",
    load: () => import('./placeholder.ts'),
  },
  {
    id: 'invisible',
    kind: 'file',
    severity: 'error',
    waivable: false,
    description:
      'Bidi controls, zero-width, tag and control characters, typed, escaped or from YAML escapes.',
    load: () => import('./invisible.ts'),
  },
  {
    id: 'links',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description: 'A link in a body to no entry, to no page of the site, or to a malformed address.',
    load: () => import('./links.ts'),
  },
  {
    id: 'evidence',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description: 'A pattern claiming more confidence than its instances support.',
    load: () => import('./evidence.ts'),
  },
  {
    id: 'permalinks',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description: 'A published URL no entry serves any more, or a former slug in use twice.',
    load: () => import('./permalinks.ts'),
  },
  {
    id: 'public-files',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description:
      'A file under public/ not on its allowlist, not what its name says, or at a path the build generates.',
    load: () => import('./public-files.ts'),
  },
  {
    id: 'files',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description:
      'Anything in content/ that is no entry (a link, a dot-file, a note), or a file that is not UTF-8.',
    load: () => import('./files.ts'),
  },
  {
    id: 'identity',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description:
      "An author named like another (look-alike letters and spaces folded), or an entry with another's title (a warning).",
    load: () => import('./identity.ts'),
  },
  {
    id: 'names-in-titles',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description: "A person's first name in a title or a file name (the permanent URL).",
    load: () => import('./names-in-titles.ts'),
  },
  {
    id: 'check-ignore',
    kind: 'library',
    severity: 'error',
    waivable: false,
    description:
      'A check-ignore comment without a reason, or naming a rule that cannot be silenced.',
    load: () => import('./check-ignore.ts'),
  },
];

/** The rules a `check-ignore` comment may silence. */
export const waivableRules: readonly string[] = rules
  .filter((rule) => rule.waivable)
  .map((rule) => rule.id);
