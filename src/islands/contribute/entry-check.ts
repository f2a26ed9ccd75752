/**
 * Everything the contribute page works out from the answers, loaded after the form is on screen (it carries the
 * check's parsers and rules): the file, what the check's page-safe rules find in it, by field, and the preview.
 */
import { checkInPage } from '../../check/runner/in-page.ts';
import { parseBody } from '../../markdown/parse.ts';
import { renderBody } from '../../markdown/render.ts';
import {
  CONTRIBUTE_COLLECTIONS,
  entryFile,
  type ContributeKind,
  type EntryFile,
} from './entry-file.ts';
import type { Finding } from '../../check/types.ts';

/** What the page shows for the answers as they stand. */
export interface EntryCheck {
  /** The answers it was worked out from, to tell a result for what is on screen from one for letters since typed. */
  data: Record<string, unknown>;
  body: string;
  file: EntryFile;
  /** Findings by the field they belong to (`questions.intended`, `actions.0.what`, `body`). */
  byField: Record<string, Finding[]>;
  /** Findings that belong to no field the person fills in. */
  elsewhere: Finding[];
  /** The body as the site renders it, when it is safe to render (what the build would publish). */
  bodyHtml?: string;
}

// A finding on one item of a list of plain values (`warning_signs.1`, `tags.0`) belongs to the list's one control.
const fieldOf = (path: string) => path.replace(/\.\d+$/, '');

/** Writes the file of a kind for the answers, checks it and renders its body. */
export async function checkEntry(
  kind: ContributeKind,
  data: Record<string, unknown>,
  body: string,
  today: Date,
  takenSlugs: readonly string[],
  region: string,
): Promise<EntryCheck> {
  const file = entryFile(kind, data, body, today);
  const { findings, fieldAt } = await checkInPage(
    file.path,
    file.text,
    CONTRIBUTE_COLLECTIONS[kind],
    region,
  );
  const byField: Record<string, Finding[]> = {};
  const elsewhere: Finding[] = [];
  for (const finding of findings) {
    const field = fieldAt(finding.line);
    if (field) (byField[fieldOf(field)] ??= []).push(finding);
    else elsewhere.push(finding);
  }
  // The scaffolder refuses a taken slug; here the title decides the slug, so the title is told.
  if (takenSlugs.includes(file.slug))
    (byField['title'] ??= []).push({
      file: file.path,
      line: 2,
      column: 8,
      rule: 'slugs',
      severity: 'error',
      message: `${file.path} already exists: choose another title.`,
    });
  const unsafe = findings.some((f) => f.rule === 'mdx' || f.rule === 'mdx-safety');
  const parsed = unsafe ? undefined : parseBody(body);
  const bodyHtml = parsed && 'tree' in parsed ? renderBody(parsed.tree, file.path).html : undefined;
  return { data, body, file, byField, elsewhere, ...(bodyHtml === undefined ? {} : { bodyHtml }) };
}
