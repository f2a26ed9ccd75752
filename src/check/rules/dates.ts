import type { CheckedEntry } from '../../reader/read-entries.ts';
import { locate } from '../../reader/source.ts';
import type { Finding, Library, RuleContext } from '../types.ts';

/** Dates that name when something happened: none may lie in the future. Action due dates may. */
const PAST_FIELDS = ['published', 'updated', 'date', 'started', 'detected', 'contained'] as const;

// An event's timeline, in the order its moments must come.
const TIMELINE = ['started', 'detected', 'contained'] as const;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Publication and event dates in the future, an update or a revisit before publication, an event published before it happened, and an event timeline out of order. */
export function checkDates(
  entry: CheckedEntry,
  fields: Record<string, unknown>,
  today: Date,
): Finding[] {
  const findings: Finding[] = [];
  const at = (field: string, message: string): Finding => ({
    file: entry.source.file,
    ...locate(entry.source, [...entry.path, field]),
    rule: 'dates',
    severity: 'error',
    message,
  });
  for (const field of PAST_FIELDS) {
    const value = fields[field];
    if (value instanceof Date && day(value) > day(today))
      findings.push(
        at(
          field,
          `\`${field}\` is ${day(value)}, in the future: use the date it actually happened (today is ${day(today)}).`,
        ),
      );
  }
  const { published, updated, date } = fields as { published?: Date; updated?: Date; date?: Date };
  if (published instanceof Date && updated instanceof Date && updated < published) {
    findings.push(
      at(
        'updated',
        `\`updated\` (${day(updated)}) is before \`published\` (${day(published)}): an entry is updated after it is first published.`,
      ),
    );
  }
  if (published instanceof Date && date instanceof Date && published < date) {
    findings.push(
      at(
        'published',
        `\`published\` (${day(published)}) is before the event's \`date\` (${day(date)}): an event is written up after it happens.`,
      ),
    );
  }
  findings.push(...checkRevisits(entry, fields, today));
  const timeline = TIMELINE.filter((field) => fields[field] instanceof Date);
  timeline.slice(1).forEach((field, i) => {
    const before = timeline[i]!;
    const [earlier, later] = [fields[before] as Date, fields[field] as Date];
    if (later < earlier)
      findings.push(
        at(
          field,
          `\`${field}\` (${day(later)}) is before \`${before}\` (${day(earlier)}): an event starts, is noticed and is contained in that order.`,
        ),
      );
  });
  return findings;
}

/** A lesson's `revisited` notes: each looks back at the lesson, so it comes after `published` and not after today. */
function checkRevisits(
  entry: CheckedEntry,
  fields: Record<string, unknown>,
  today: Date,
): Finding[] {
  const { published, revisited } = fields as { published?: Date; revisited?: unknown };
  if (!Array.isArray(revisited)) return [];
  return revisited.flatMap((revisit: unknown, index): Finding[] => {
    const date = (revisit as { date?: unknown } | undefined)?.date;
    if (!(date instanceof Date)) return [];
    const where = {
      file: entry.source.file,
      ...locate(entry.source, [...entry.path, 'revisited', index, 'date']),
      rule: 'dates',
      severity: 'error' as const,
    };
    const field = `revisited.${index}.date`;
    if (day(date) > day(today))
      return [
        {
          ...where,
          message: `\`${field}\` is ${day(date)}, in the future: use the day you looked back (today is ${day(today)}).`,
        },
      ];
    if (published instanceof Date && date < published)
      return [
        {
          ...where,
          message: `\`${field}\` (${day(date)}) is before \`published\` (${day(published)}): a revisit looks back at the published lesson, so it comes after; correct the date, or put the note in the body.`,
        },
      ];
    return [];
  });
}

/** The `dates` rule, on the fields of each checked entry that parsed. */
export default async function dates(library: Library, context: RuleContext): Promise<void> {
  await library.each(library.entries, (entry) =>
    context.report(...checkDates(entry, library.schema(entry).fields, library.today)),
  );
}
