import { useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../check/finding.ts';
import {
  FAILURE_KINDS,
  FIELDS as PRACTICE_FIELDS,
  LENSES,
  TRAP_KINDS,
} from '../schemas/vocabulary.ts';
import { personalLessonSentence } from '../view/personal-lesson.ts';
import { CONTRIBUTE_FORMS } from './contribute-forms.ts';
import { discardDraft, draftKey, loadDraft, restoreValues, saveDraft } from './draft.ts';
import { CONTRIBUTE_COLLECTIONS, type ContributeKind } from './entry-file.ts';
import {
  controlId,
  FormField,
  messageBeside,
  type Choice,
  type FieldContext,
} from './FormField.tsx';
import { cleanValues, emptyValues, type Values } from './form-values.ts';
import type { EntryCheck } from './entry-check.ts';
import { contributingUrl, pullRequestLink } from './pull-request.ts';
import { itemLabel, wordingOf } from './wording.ts';
import './contribute.css';

/** Everything the page hands the form, worked out at build time (src/build/contribute-page.ts). */
export interface ContributeProps {
  /** What the form writes: a lesson, or a proposed pattern or trap. */
  kind: ContributeKind;
  /** The library's entries by collection, for the fields that reference them. */
  choices: Record<string, Choice[]>;
  /** Slugs the new entry may not take: every entry's of its collection, former ones included. */
  takenSlugs: string[];
  /** The pull-request template's sanitization checklist, one Markdown line per item. */
  checklist: string[];
  /** Where "Open a pull request" sends the file. */
  repository: string;
  branch: string;
}

// Checking on every keystroke would parse the file for letters half typed; this pause skips them.
const TYPING_PAUSE_MS = 250;

type Checker = typeof import('./entry-check.ts');

// `**bold**` and `code` in a checklist line, as React elements: the template's only Markdown.
function inline(markdown: string) {
  return markdown
    .split(/(\*\*[^*]+\*\*|`[^`]+`)/)
    .map((part, i) =>
      part.startsWith('**') ? (
        <strong key={i}>{part.slice(2, -2)}</strong>
      ) : part.startsWith('`') ? (
        <code key={i}>{part.slice(1, -1)}</code>
      ) : (
        part
      ),
    );
}

// "Summary", "Action 1: What will be done", "The story": a field as the form names it.
function fieldName(path: string, kind: ContributeKind): string {
  if (path === 'body') return bodyName(kind);
  const keys = path.split('.');
  const names: string[] = [];
  keys.forEach((key, i) => {
    const schemaPath = keys
      .slice(0, i + 1)
      .filter((k) => !/^\d+$/.test(k))
      .join('.');
    if (/^\d+$/.test(key)) names[names.length - 1] = itemLabel(names.at(-1) ?? '', Number(key));
    else names.push(wordingOf(schemaPath, key, kind).label);
  });
  return names.slice(-2).join(': ');
}

// A lesson's body tells a story; a pattern's or trap's describes it.
const bodyName = (kind: ContributeKind) => (kind === 'lesson' ? 'The story' : `The ${kind}`);

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** A contribute page: a lesson, pattern or trap form read off its schema, checked as it is typed, kept as a draft and sent as a pull request. */
export default function Contribute({
  kind: entryKind,
  choices,
  takenSlugs,
  checklist,
  repository,
  branch,
}: ContributeProps) {
  const { fields, body: BODY } = CONTRIBUTE_FORMS[entryKind];
  const draftAt = draftKey(entryKind);
  const [values, setValues] = useState<Values>(() => emptyValues(fields));
  const [body, setBody] = useState(BODY);
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [checker, setChecker] = useState<Checker>();
  const [check, setCheck] = useState<EntryCheck>();
  const [ticked, setTicked] = useState<boolean[]>(() => checklist.map(() => false));
  const [restored, setRestored] = useState<string>();
  const [edited, setEdited] = useState(false);
  const [sent, setSent] = useState<string>();
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);
  const run = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const bodyTyped = useRef(false);

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
    import('./entry-check.ts').then(setChecker, () =>
      setStatus('The page could not load its checks; the pull request will still run them.'),
    );
    setReady(true);
  }, [fields, draftAt]);

  const data = useMemo(() => cleanValues(fields, values), [fields, values]);

  useEffect(() => {
    if (!checker) return;
    const mine = ++run.current;
    const timer = setTimeout(() => {
      // One check at a time, in order (the rules' libraries are not made to be run twice at once); one that a
      // newer edit has overtaken is skipped. A failure is said, and the next edit checks again.
      queue.current = queue.current
        .then(async () => {
          if (mine !== run.current) return;
          const result = await checker.checkEntry(entryKind, data, body, new Date(), takenSlugs);
          if (mine === run.current) setCheck(result);
        })
        .catch((error: unknown) => {
          console.error(error);
          setStatus('The page could not check the file this time; the pull request’s check will.');
        });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [checker, entryKind, data, body, takenSlugs]);

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

  const unsent = edited && check !== undefined && check.file.text !== sent;
  useEffect(() => {
    if (!unsent) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsent]);

  // Findings beside fields change only with a result for the answers on screen: a stale one would show a message
  // the person already fixed, for a moment, and move the control under their pointer.
  const fresh = check !== undefined && check.data === data && check.body === body;
  const shown = useRef<{ check?: EntryCheck; left: ReadonlySet<string> }>({ left });
  if (fresh) shown.current = { check, left };
  const findingsAt = (path: string): Finding[] => {
    const { check: at, left: seen } = shown.current;
    return seen.has(path) || seen.has('*') ? (at?.byField[path] ?? []) : [];
  };
  const context: FieldContext = {
    kind: entryKind,
    choices,
    findingsAt,
    leave: (path) => setLeft((old) => (old.has(path) ? old : new Set([...old, path]))),
  };
  const change = (key: string, value: Values[string]) => {
    setValues((old) => ({ ...old, [key]: value }));
    setEdited(true);
  };

  const problems = check
    ? [
        ...Object.entries(check.byField).flatMap(([path, fs]) => fs.map((f) => ({ path, f }))),
        ...check.elsewhere.map((f) => ({ path: undefined, f })),
      ]
    : [];
  const allTicked = ticked.every(Boolean);

  const markSent = (how: string) => {
    // Once the file leaves the page, every field's findings show, left or not.
    context.leave('*');
    if (check) setSent(check.file.text);
    setStatus(how);
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  };
  const download = () => {
    if (!check) return;
    const url = URL.createObjectURL(new Blob([check.file.text], { type: 'text/markdown' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${check.file.slug}.mdx`;
    link.click();
    URL.revokeObjectURL(url);
    markSent(
      `Downloaded ${check.file.slug}.mdx: add it to content/${CONTRIBUTE_COLLECTIONS[entryKind]}/ in your copy of the repository.`,
    );
  };
  const copyFile = async () => {
    if (!check) return;
    if (await copy(check.file.text)) markSent('The file is on your clipboard.');
    else
      setStatus('The browser did not allow copying: select the file below and copy it yourself.');
  };
  const openPullRequest = async () => {
    if (!check) return;
    const link = pullRequestLink(repository, branch, check.file.path, check.file.text);
    if (!link.withFile) {
      const copied = await copy(check.file.text);
      setStatus(
        copied
          ? 'The file is too long for a link: it is on your clipboard. Paste it into the editor GitHub opens.'
          : 'The file is too long for a link and the browser did not allow copying: copy it from below, then paste it into the editor GitHub opens.',
      );
    } else
      setStatus(
        'GitHub opens in a new tab: propose the new file there, then open the pull request.',
      );
    context.leave('*');
    setSent(check.file.text);
    window.open(link.url, '_blank', 'noopener');
  };
  const discard = () => {
    discardDraft(localStorage, draftAt);
    setValues(emptyValues(fields));
    setBody(BODY);
    setLeft(new Set());
    setRestored(undefined);
    setEdited(false);
    setSent(undefined);
    setStatus('The draft is discarded: the form is empty again.');
  };

  // A body finding's line in the story box: the file's body starts two lines after the closing `---`.
  const storyLine = (line: number) =>
    line - (check?.file.text.split('\n').indexOf('---', 1) ?? 0) - 2;
  const title = String(values['title'] ?? '').trim();
  const questions = (values['questions'] ?? {}) as Values;
  const personal = (values['personal_lesson'] ?? {}) as Values;
  const trapKind = TRAP_KINDS[String(values['kind']) as keyof typeof TRAP_KINDS];
  const drawsOn = ((values['draws_on'] ?? []) as string[]).map(
    (id) => PRACTICE_FIELDS[id as keyof typeof PRACTICE_FIELDS]?.label ?? id,
  );
  const signs = String(values['warning_signs'] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const lens = LENSES[String(values['lens']) as keyof typeof LENSES];
  const failureKind = FAILURE_KINDS[String(values['failure_kind']) as keyof typeof FAILURE_KINDS];

  return (
    <div className="contribute" data-ready={ready || undefined}>
      {restored && (
        <div className="panel contribute__draft" role="status">
          <p>
            Your draft from {new Date(restored).toLocaleString()} is back, as you left it.{' '}
            <button type="button" className="button button--quiet" onClick={discard}>
              Discard the draft
            </button>
          </p>
        </div>
      )}
      <form
        className="contribute__form"
        aria-labelledby="form-heading"
        onSubmit={(e) => e.preventDefault()}
      >
        <h2 id="form-heading">Your {entryKind}</h2>
        <p className="field__hint">
          Kept in this browser as you type, never sent anywhere until you send it. Each field is
          checked as you leave it, by the same rules as <code>npm run check</code>.
        </p>
        {fields.map((field) => (
          <FormField
            key={field.key}
            field={field}
            path={field.key}
            value={values[field.key] ?? ''}
            onChange={(v) => change(field.key, v)}
            context={context}
          />
        ))}
        <div className="field">
          <label htmlFor={controlId('body')}>{bodyName(entryKind)}, in Markdown</label>
          <p className="field__hint" id={`${controlId('body')}-hint`}>
            The headings are in place: write under each, in your own words. Patterns and traps can
            be linked as <code>[Pre-mortem](/patterns/pre-mortem/)</code>.
          </p>
          <textarea
            id={controlId('body')}
            className="contribute__body"
            rows={16}
            value={body}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              setEdited(true);
              bodyTyped.current = true;
            }}
            onBlur={() => {
              if (bodyTyped.current) context.leave('body');
            }}
            aria-invalid={findingsAt('body').length > 0 || undefined}
            aria-describedby={`${controlId('body')}-hint${findingsAt('body').length ? ` ${controlId('body')}-findings` : ''}`}
          />
          {findingsAt('body').length > 0 && (
            <ul className="field__findings" id={`${controlId('body')}-findings`}>
              {findingsAt('body').map((f) => (
                <li key={`${f.line}:${f.column}:${f.rule}`}>
                  Line {storyLine(f.line)}: {f.message}{' '}
                  <span className="field__rule">({f.rule})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </form>

      {/* Focusable: on a wide screen it scrolls on its own, and a keyboard must be able to scroll it. */}
      <section className="contribute__preview" aria-labelledby="preview-heading" tabIndex={0}>
        <h2 id="preview-heading">Preview: {title || `your ${entryKind}`}</h2>
        <p className="field__hint">
          How the {entryKind}’s page will read, in the site’s own styles.
        </p>
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
          {entryKind === 'lesson' && (
            <>
              <h3>The four questions</h3>
              <div className="questions">
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
          {signs.length > 0 && (
            <>
              <h3>Warning signs</h3>
              <ul>
                {signs.map((sign, i) => (
                  <li key={i}>{sign}</li>
                ))}
              </ul>
            </>
          )}
          {check?.bodyHtml !== undefined ? (
            <div className="prose" dangerouslySetInnerHTML={{ __html: check.bodyHtml }} />
          ) : (
            <p className="field__hint">
              {bodyName(entryKind)} shows here once its Markdown is safe to publish.
            </p>
          )}
          {entryKind === 'lesson' && (
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
      </section>

      <section className="contribute__send" aria-labelledby="send-heading">
        <h2 id="send-heading">Send it</h2>
        {check === undefined ? (
          <p>Checking…</p>
        ) : problems.length > 0 ? (
          <div className="panel contribute__problems">
            <p>
              The page found {plural(problems.length, 'problem')} the check would report. Fix them
              before you send, or the pull request’s check will fail:
            </p>
            <ul>
              {problems.map(({ path, f }) => (
                <li key={`${f.line}:${f.column}:${f.rule}:${f.message}`}>
                  {path ? (
                    <a href={`#${controlId(path)}`} onClick={() => context.leave('*')}>
                      {fieldName(path, entryKind)}
                    </a>
                  ) : (
                    `line ${f.line}`
                  )}
                  : {path ? messageBeside(f) : f.message}{' '}
                  <span className="field__rule">({f.rule})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p>The page finds nothing to fix.</p>
        )}
        <p className="field__hint">
          The page runs the check’s rules that need only your file. What needs the whole library
          (whether people are named, links, the evidence behind patterns) the pull request’s check
          runs, and a reviewer reads the rest.
        </p>
        <fieldset className="field contribute__checklist">
          <legend>Before you send: the pull request’s checklist</legend>
          <p className="field__hint">
            The page will be public and permanent. Tick each box once you have checked it yourself.
          </p>
          {checklist.map((item, i) => (
            <div className="choice" key={item}>
              <input
                type="checkbox"
                id={`checklist-${i}`}
                checked={ticked[i] ?? false}
                onChange={(e) => {
                  // React empties an event's currentTarget once its handler returns: read it before the update runs.
                  const { checked } = e.currentTarget;
                  setTicked((old) => old.map((t, j) => (j === i ? checked : t)));
                }}
              />
              <label htmlFor={`checklist-${i}`}>{inline(item)}</label>
            </div>
          ))}
        </fieldset>
        <div className="contribute__actions">
          <button
            type="button"
            className="button"
            disabled={!check || !allTicked}
            aria-describedby="send-note"
            onClick={() => void openPullRequest()}
          >
            Open a pull request
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={!check}
            onClick={download}
          >
            Download the file
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={!check}
            onClick={() => void copyFile()}
          >
            Copy the file
          </button>
        </div>
        <p className="field__hint" id="send-note">
          {allTicked
            ? 'GitHub opens its editor with the file filled in; it forks the repository for you if you cannot write to it, and proposes the pull request.'
            : 'Tick every box of the checklist to open the pull request.'}{' '}
          Prefer your own tools? <a href={contributingUrl(repository, branch)}>CONTRIBUTING</a>{' '}
          explains the route through git.
        </p>
        <p className="contribute__status" role="status">
          {status}
        </p>
        {check && (
          <details className="contribute__file">
            <summary>
              The file: <code>{check.file.path}</code>
            </summary>
            <pre tabIndex={0}>
              <code>{check.file.text}</code>
            </pre>
          </details>
        )}
      </section>
    </div>
  );
}
