import { useEffect, useRef, useState } from 'react';
import type { EntryCheck } from './entry-check.ts';
import type { ContributeKind } from './entry-file.ts';
import type { Values } from './form-values.ts';
import { EntryPreview } from './Preview.tsx';

interface Props {
  kind: ContributeKind;
  values: Values;
  check: EntryCheck | undefined;
  bodyName: string;
}

/** Beside the form on a wide screen; on a phone, one tap away and back, over the form, so nothing shifts. */
export function PreviewPane({ kind, values, check, bodyName }: Props) {
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  const title = String(values['title'] ?? '').trim();
  return (
    <>
      <button
        type="button"
        className="button contribute__preview-toggle"
        aria-expanded={open}
        aria-controls="preview"
        onClick={() => setOpen(true)}
      >
        Preview
      </button>
      <section
        className={`contribute__preview${open ? ' contribute__preview--open' : ''}`}
        id="preview"
        aria-labelledby="preview-heading"
        tabIndex={0}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        <button
          type="button"
          className="button button--quiet contribute__preview-close"
          onClick={() => setOpen(false)}
        >
          Back to writing
        </button>
        <h2 id="preview-heading" ref={heading} tabIndex={-1}>
          Preview: {title || `your ${kind}`}
        </h2>
        <p className="field__hint">How the {kind}’s page will read, in the site’s own styles.</p>
        <EntryPreview kind={kind} values={values} check={check} bodyName={bodyName} />
      </section>
    </>
  );
}
