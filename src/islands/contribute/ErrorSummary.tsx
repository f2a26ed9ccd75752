import { useEffect, useRef } from 'react';
import type { Problem } from './problems.ts';

interface Props {
  problems: Problem[];
  /** How many times the person has tried to send: each try brings the focus back. */
  tried: number;
}

/** What is left to do, each line linked to its control: it takes the focus when it appears, as GOV.UK's does, so a screen reader reads it first. */
export function ErrorSummary({ problems, tried }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [tried]);
  return (
    <div
      className="error-summary"
      id="error-summary"
      ref={summary}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      role="alert"
    >
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.href}:${p.message}`}>
            <a href={p.href}>{p.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
