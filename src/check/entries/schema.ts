import { z } from 'astro/zod';
import { schemas } from '../../schemas/index.ts';
import type { CheckedEntry } from '../../reader/read-entries.ts';
import { didYouMean } from '../text/nearest.ts';
import { locate, locateKey } from '../../reader/source.ts';
import type { Finding } from '../types.ts';
import type { SchemaResult } from '../types.ts';

type Issue = z.core.$ZodIssue;

/** A message that says what is wrong with a field and how to fix it. */
function explain(issue: Issue, field: string, raw: unknown): string {
  if (issue.code === 'invalid_type' && raw === undefined) {
    return `\`${field}\` is required: add it.`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = issue.values.map(String);
    return `\`${field}\` must be one of ${allowed.map((v) => `\`${v}\``).join(', ')}.${didYouMean(String(raw), allowed)}`;
  }
  return `\`${field}\`: ${issue.message}.`.replace(/\.\.$/, '.');
}

/** Every frontmatter problem of one entry, each at the line of its field. */
export function checkSchema(entry: CheckedEntry): SchemaResult {
  const { source, collection, path } = entry;
  const at = (position: { line: number; column: number }, message: string): Finding => ({
    file: source.file,
    ...position,
    rule: 'schema',
    severity: 'error',
    message,
  });
  if (source.yamlErrors.length) {
    return {
      findings: source.yamlErrors.map((e) => at(e, `the YAML does not parse: ${e.message}`)),
      fields: {},
    };
  }
  const data = path.reduce<unknown>(
    (value, key) => (value as Record<string, unknown> | undefined)?.[key],
    source.data,
  );
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    const expected = collection === 'tags' ? 'a label and a description' : 'a map of fields';
    return { findings: [at(locate(source, path), `expected ${expected} here.`)], fields: {} };
  }
  const schema = schemas[collection];
  const findings: Finding[] = [];
  const fields: Record<string, unknown> = {};
  const record = data as Record<string, unknown>;
  const known = Object.keys(schema.shape);
  // Each field is parsed on its own so that one bad field never hides another.
  for (const [key, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const result = fieldSchema.safeParse(record[key]);
    if (result.success) {
      fields[key] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const extra of issue.keys) {
          findings.push(
            at(
              locateKey(source, [...path, key, ...issue.path.map(String)], extra),
              `unknown field \`${key}.${extra}\`: remove it.`,
            ),
          );
        }
        continue;
      }
      const fieldPath = [key, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
      const raw = fieldPath.reduce<unknown>(
        (value, k) => (value as Record<PropertyKey, unknown> | undefined)?.[k],
        record,
      );
      findings.push(
        at(locate(source, [...path, ...fieldPath]), explain(issue, fieldPath.join('.'), raw)),
      );
    }
  }
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) {
      findings.push(
        at(
          locateKey(source, path, key),
          `unknown field \`${key}\`.${didYouMean(key, known)} Remove it or rename it.`,
        ),
      );
    }
  }
  return { findings, fields };
}
