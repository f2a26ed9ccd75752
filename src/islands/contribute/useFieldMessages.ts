import { useRef, useState } from 'react';
import type { EntryCheck } from './entry-check.ts';
import type { ContributeKind } from './entry-file.ts';
import type { Field } from '../../schemas/form-model.ts';
import type { Values } from './form-values.ts';
import { messageFor } from './messages.ts';

interface Options {
  kind: ContributeKind;
  fields: Field[];
  /** The body the form starts with: left as it is, it is one thing to do. */
  start: string;
  values: Values;
  body: string;
  data: Record<string, unknown>;
  check: EntryCheck | undefined;
}

/**
 * What the form says beside each field: the check's findings in words written for the field, shown once the person
 * has left the field (or tried to send), and only from a result for the answers on screen.
 */
export function useFieldMessages({ kind, fields, start, values, body, data, check }: Options) {
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  // Messages beside fields change only with a result for the answers on screen: a stale one would show a message
  // the person already fixed, for a moment, and move the control under their pointer.
  const fresh = check !== undefined && check.data === data && check.body === body;
  const shown = useRef<{ check?: EntryCheck; left: ReadonlySet<string>; values: Values }>({
    left,
    values,
  });
  if (fresh) shown.current = { check, left, values };

  // A body finding's line in the story box: the file's body starts two lines after the closing `---`.
  const storyLine = (line: number) =>
    line - (check?.file.text.split('\n').indexOf('---', 1) ?? 0) - 2;

  /** The messages for a path, from a check and the values it was run on. */
  const messagesOf = (at: EntryCheck | undefined, shownValues: Values, path: string) => {
    const found = at?.byField[path] ?? [];
    // An untouched body is one thing to do, not one finding per heading's guidance.
    if (path === 'body' && found.length > 0 && at?.body === start)
      return ['Write it under each heading, in your own words, in place of the guidance'];
    return [
      ...new Set(
        found.map((f) =>
          path === 'body'
            ? `Line ${storyLine(f.line)}: ${f.message}`
            : messageFor(fields, shownValues, path, f, kind),
        ),
      ),
    ];
  };

  /** The messages to show beside the field at a path now. */
  const messagesAt = (path: string): string[] => {
    const { check: at, left: seen, values: shownValues } = shown.current;
    return seen.has(path) || seen.has('*') ? messagesOf(at, shownValues, path) : [];
  };

  /** Marks a field as left (`*`: every field), so its messages show. */
  const leave = (path: string) => setLeft((old) => (old.has(path) ? old : new Set([...old, path])));
  /** Forgets which fields were left, as for an empty form. */
  const forget = () => setLeft(new Set());

  return { fresh, messagesOf, messagesAt, leave, forget };
}
