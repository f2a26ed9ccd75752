import type { Library, RuleContext } from '../types.ts';

/** The `schema` rule: files that are not entries at all, then every checked entry's frontmatter. */
export default async function schema(library: Library, context: RuleContext): Promise<void> {
  for (const u of library.unreadable) {
    if ((u.rule ?? 'schema') === 'schema' && library.included(u.file))
      context.report({
        file: u.file,
        line: 1,
        column: 1,
        rule: 'schema',
        severity: 'error',
        message: u.reason,
      });
  }
  await library.each(library.entries, (entry) => context.report(...library.schema(entry).findings));
}
