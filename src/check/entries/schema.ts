import { z } from 'astro/zod';
import { schemas } from '../../schemas/index.ts';
import type { CheckedEntry } from '../../reader/read-entries.ts';
import { didYouMean } from '../text/nearest.ts';
import { locate, locateKey } from '../../reader/source.ts';
import type { Finding } from '../types.ts';
import type { SchemaResult } from '../types.ts';

type Issue = z.core.$ZodIssue;

// Whether a top-level field of a collection takes text (a title), so that a value starting with `[` is a title, not a list.
const takesText = (collection: CheckedEntry['collection'], key: string) => {
  let field = (schemas[collection].shape as Record<string, z.ZodType | undefined>)[key];
  while (field instanceof z.ZodOptional || field instanceof z.ZodDefault)
    field = field.unwrap() as z.ZodType;
  return field instanceof z.ZodString;
};

// What a value of each of Zod's types is, in a contributor's words: how a field's type is said, whatever the field.
const TAKES: Record<string, string> = {
  boolean: 'true or false',
  string: 'text (in quotes if it looks like a number, a date or `true`)',
  number: 'a number',
  array: 'a list: `[a, b]`, or one `- item` per line below it',
  object: 'fields of its own, each on a line indented below it',
  date: 'a date written as YYYY-MM-DD',
};

const shown = (raw: unknown) =>
  typeof raw === 'string' ? `\`${raw}\`` : Array.isArray(raw) ? 'a list' : `\`${String(raw)}\``;

/** Zod's own wording of a size limit ("Too big: expected string to have <=120 characters"), said as what to do; undefined for a schema's own message. */
function explainSize(issue: Issue, field: string, raw: unknown): string | undefined {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return undefined;
  if (!/^Too (?:big|small):/.test(issue.message)) return undefined;
  const unit =
    issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : undefined;
  if (!unit) return undefined;
  const size = typeof raw === 'string' || Array.isArray(raw) ? raw.length : undefined;
  const has = size === undefined ? '' : ` has ${size} ${size === 1 ? unit.slice(0, -1) : unit}:`;
  return issue.code === 'too_big'
    ? `\`${field}\`${has || ' is too long:'} keep it to ${String(issue.maximum)} ${unit} at most.`
    : `\`${field}\`${has || ' is too short:'} write at least ${String(issue.minimum)} ${unit}.`;
}

/** A message that says what is wrong with a field and how to fix it. */
function explain(issue: Issue, field: string, raw: unknown): string {
  if (issue.code === 'invalid_type' && raw === undefined) {
    return `\`${field}\` is required: add it.`;
  }
  // A schema's own message (a date's "use a date written as YYYY-MM-DD") says it better than the type's name.
  if (
    issue.code === 'invalid_type' &&
    issue.message.startsWith('Invalid input') &&
    TAKES[issue.expected]
  ) {
    return `\`${field}\` takes ${TAKES[issue.expected]}, not ${shown(raw)}.`;
  }
  const size = explainSize(issue, field, raw);
  if (size) return size;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = issue.values.map(String);
    return `\`${field}\` must be one of ${allowed.map((v) => `\`${v}\``).join(', ')}.${didYouMean(String(raw), allowed)}`;
  }
  return `\`${field}\`: ${issue.message}.`.replace(/\.\.$/, '.');
}

// `key: value` on one line, at any depth or as a list item's first key.
const KEY_VALUE = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):[ \t]+(\S.*?)\s*$/;
// What YAML reads specially at the start of a plain value (`&`, an anchor, is left out: it is meant as one).
const RESERVED_START = /^[@`%*!|>]/;

/**
 * A hint for a YAML error on a line whose value YAML misreads, the commonest cause of a frontmatter that does not
 * parse: the value holds `: `, starts with a quote it does not end with, or starts with a character YAML reserves
 * (`[` or `{` only where the field takes text). The fix is the value quoted, which the hint writes out.
 */
function quoteHint(text: string, line: number, takesText: (key: string) => boolean): string {
  const [, key = '', value = ''] = KEY_VALUE.exec(text.split(/\r?\n/)[line - 1] ?? '') ?? [];
  if (!key) return '';
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : undefined;
  let why: string | undefined;
  if (quote)
    // A quote that is never closed is the parser's own message ("Missing closing quote").
    why =
      value.indexOf(quote, 1) > 0
        ? 'starts with a quote, so YAML ends the value where the quote closes'
        : undefined;
  else if (RESERVED_START.test(value))
    why = `starts with ${value[0] === '`' ? 'a backtick' : `\`${value[0]}\``}, which YAML reserves`;
  else if (/^[[{]/.test(value) && takesText(key))
    why = `starts with \`${value[0]}\`, which YAML reads as the start of a list`;
  else if (/:\s/.test(value)) why = 'holds `: `, which YAML reads as the start of another field';
  return why
    ? `. The value of \`${key}\` ${why}: put the whole value in double quotes, \`${key}: ${JSON.stringify(value)}\`.`
    : '';
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
      findings: source.yamlErrors.map((e) =>
        at(
          e,
          `the YAML does not parse: ${e.message}${quoteHint(source.text, e.line, (key) => takesText(collection, key))}`,
        ),
      ),
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
