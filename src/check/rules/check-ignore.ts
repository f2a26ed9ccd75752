import type { Library, RuleContext } from '../types.ts';

/** The `check-ignore` rule: comments without a reason, or naming a rule that cannot be silenced (see ignores.ts, which reads them). */
export default function checkIgnore(library: Library, context: RuleContext): void {
  for (const source of library.files.values()) context.report(...library.ignores(source).findings);
}
