import {
  FAILURE_KINDS,
  FIELDS as PRACTICE_FIELDS,
  LENSES,
  TRAP_KINDS,
} from '../../schemas/vocabulary.ts';
import { liftSection } from '../../view/body-sections.ts';
import { personalLessonSentence } from '../../view/personal-lesson.ts';
import type { EntryCheck } from './entry-check.ts';
import type { ContributeKind } from './entry-file.ts';
import { linesOf, type Values } from './form-values.ts';
import { wordingOf } from './wording.ts';

interface Props {
  kind: ContributeKind;
  values: Values;
  /** The last check, for the body rendered as the site renders it (absent until the checks load). */
  check: EntryCheck | undefined;
  bodyName: string;
}

/** The entry as its page will read, in the site's styles: its facts, the four questions or warning signs, the body. */
export function EntryPreview({ kind, values, check, bodyName }: Props) {
  const questions = (values['questions'] ?? {}) as Values;
  const personal = (values['personal_lesson'] ?? {}) as Values;
  const trapKind = TRAP_KINDS[String(values['kind']) as keyof typeof TRAP_KINDS];
  const drawsOn = ((values['draws_on'] ?? []) as string[]).map(
    (id) => PRACTICE_FIELDS[id as keyof typeof PRACTICE_FIELDS]?.label ?? id,
  );
  // The same lines the file gets: a "- " typed before a sign is not shown as a second marker.
  const signs = linesOf(String(values['warning_signs'] ?? ''));
  const lens = LENSES[String(values['lens']) as keyof typeof LENSES];
  const failureKind = FAILURE_KINDS[String(values['failure_kind']) as keyof typeof FAILURE_KINDS];
  // As on a lesson's page: its short version first, then the four questions, then the rest of the story.
  const [short, rest] =
    check?.bodyHtml === undefined
      ? [[], []]
      : liftSection(
          [{ html: check.bodyHtml }],
          kind === 'lesson' ? 'the-short-version' : '',
          (part) => part.html,
          (html) => ({ html }),
        );
  const html = (parts: { html: string }[]) => parts.map((p) => p.html).join('');
  // Until the checks load the body cannot be rendered: one line in its place, so nothing drawn moves when it comes.
  if (check === undefined)
    return (
      <div className="contribute__page">
        <p className="field__hint">The preview draws as soon as you start writing.</p>
      </div>
    );
  return (
    <div className="contribute__page">
      {typeof values['summary'] === 'string' && values['summary'].trim() && (
        <p className="lead">{values['summary']}</p>
      )}
      <dl className="meta">
        {lens && (
          <div>
            <dt>Lens</dt>
            <dd>{lens.label}</dd>
          </div>
        )}
        {failureKind && (
          <div>
            <dt>Failure kind</dt>
            <dd>
              {failureKind.label}: {failureKind.meaning}
            </dd>
          </div>
        )}
        {trapKind && (
          <div>
            <dt>Kind</dt>
            <dd>
              {trapKind.label}: {trapKind.meaning}
            </dd>
          </div>
        )}
        {drawsOn.length > 0 && (
          <div>
            <dt>Draws on</dt>
            <dd>{drawsOn.join(', ')}</dd>
          </div>
        )}
      </dl>
      {signs.length > 0 && (
        <>
          <h3>Watch for</h3>
          <ul className="warning-signs">
            {signs.map((sign, i) => (
              <li key={i}>{sign}</li>
            ))}
          </ul>
        </>
      )}
      {short.length > 0 && (
        <div className="prose" dangerouslySetInnerHTML={{ __html: html(short) }} />
      )}
      {kind === 'lesson' && (
        <>
          <h3>The four questions</h3>
          <div className="questions questions--stacked">
            {(['intended', 'happened', 'gap', 'why'] as const).map((key) => (
              <div key={key}>
                <h4>
                  {key === 'why' && failureKind
                    ? `Why: ${failureKind.label.toLowerCase()}`
                    : wordingOf(`questions.${key}`, key).label}
                </h4>
                <p>{String(questions[key] ?? '')}</p>
              </div>
            ))}
          </div>
        </>
      )}
      {check?.bodyHtml !== undefined ? (
        <div className="prose" dangerouslySetInnerHTML={{ __html: html(rest) }} />
      ) : (
        <p className="field__hint">{bodyName} shows here once its Markdown is safe to publish.</p>
      )}
      {kind === 'lesson' && (
        <section className="panel personal-lesson" aria-label="The personal lesson">
          <p>
            {personalLessonSentence({
              pattern: String(personal['pattern'] ?? '') || '…',
              develop: String(personal['develop'] ?? '') || '…',
              plan: String(personal['plan'] ?? '') || '…',
            })}
          </p>
        </section>
      )}
    </div>
  );
}
