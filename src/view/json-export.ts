import { isReference } from '../domain/frontmatter-links.ts';
import { isoDay } from './dates-and-counts.ts';

/** A value as it would be written in frontmatter: references as ids, dates as YYYY-MM-DD, nested values likewise. */
export function toFrontmatterValue(value: unknown): unknown {
  if (isReference(value)) return value.id;
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return value.map(toFrontmatterValue);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toFrontmatterValue(v)]));
  return value;
}
