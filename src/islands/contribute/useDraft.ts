import { useEffect, useState } from 'react';
import { discardDraft, draftKey, loadDraft, restoreValues, saveDraft } from './draft.ts';
import type { ContributeKind } from './entry-file.ts';
import type { Field } from '../../schemas/form-model.ts';
import { emptyValues, type Values } from './form-values.ts';

/**
 * The form's answers and body, kept as a draft in the browser's local storage as the person types: read back once
 * the page is in the browser (`onRestored` is called when there was one), saved on every change, discarded on request.
 */
export function useDraft(
  kind: ContributeKind,
  fields: Field[],
  /** The body the form starts with. */
  start: string,
  onRestored: () => void,
) {
  const draftAt = draftKey(kind);
  const [values, setValues] = useState<Values>(() => emptyValues(fields));
  const [body, setBody] = useState(start);
  // When the draft on screen was saved, if it was restored.
  const [restored, setRestored] = useState<string>();
  const [edited, setEdited] = useState(false);
  // The file text last sent, so a return knows whether anything is unsent.
  const [sent, setSent] = useState<string>();
  // Whether the draft has been looked for: the page's interactive state from then on.
  const [ready, setReady] = useState(false);

  // The draft is read once the page is in the browser: the server has no storage.
  useEffect(() => {
    const draft = loadDraft(localStorage, draftAt);
    if (draft) {
      setValues(restoreValues(fields, draft.values));
      setBody(draft.body);
      setRestored(draft.savedAt);
      setEdited(true);
      if (draft.sent !== undefined) setSent(draft.sent);
    }
    setReady(true);
    if (draft) onRestored();
  }, [fields, draftAt]);

  // Kept as the person types, with what was last sent, so a return finds both.
  useEffect(() => {
    if (!edited) return;
    saveDraft(localStorage, draftAt, {
      values,
      body,
      savedAt: new Date().toISOString(),
      ...(sent === undefined ? {} : { sent }),
    });
  }, [draftAt, edited, values, body, sent]);

  const change = (key: string, value: Values[string]) => {
    setValues((old) => ({ ...old, [key]: value }));
    setEdited(true);
  };
  const typeBody = (text: string) => {
    setBody(text);
    setEdited(true);
  };
  const discard = () => {
    discardDraft(localStorage, draftAt);
    setValues(emptyValues(fields));
    setBody(start);
    setRestored(undefined);
    setEdited(false);
    setSent(undefined);
  };
  return { values, body, restored, edited, sent, setSent, ready, change, typeBody, discard };
}
