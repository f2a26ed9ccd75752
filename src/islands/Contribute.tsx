import { useEffect, useMemo, useRef, useState } from 'react';
import { CONTRIBUTE_FORMS } from './contribute-forms.ts';
import { discardDraft, draftKey, loadDraft, restoreValues, saveDraft } from './draft.ts';
import { CONTRIBUTE_COLLECTIONS, type ContributeKind } from './entry-file.ts';
import type { EntryCheck } from './entry-check.ts';
import { sectionsOf, type FormSection } from './form-sections.ts';
import { cleanValues, emptyValues, type Values } from './form-values.ts';
import { controlId, Findings, FormField, type Choice, type FieldContext } from './FormField.tsx';
import { messageFor } from './messages.ts';
import { EntryPreview } from './Preview.tsx';
import { contributingUrl, pullRequestLink } from './pull-request.ts';
import './contribute.css';

/** Everything the page hands the form, worked out at build time (src/page-data/contribute.ts). */
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
// The anchors of the parts that are not fields: the error summary links to them.
const CHECKLIST_ID = 'checklist';
const SUMMARY_ID = 'error-summary';

type Checker = typeof import('./entry-check.ts');

/** One line of the error summary: what to fix, and the control it links to. */
interface Problem {
  href: string;
  message: string;
}

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

// A lesson's body tells a story; a pattern's or trap's describes it.
const bodyName = (kind: ContributeKind) => (kind === 'lesson' ? 'The story' : `The ${kind}`);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.every(isBlank)) ||
  (typeof value === 'object' && value !== null && Object.values(value).every(isBlank));

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
  const sections = useMemo(
    () => sectionsOf(fields, entryKind, bodyName(entryKind)),
    [fields, entryKind],
  );
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
  // Set by pressing the send button with something left to do: the error summary shows, every field's messages too.
  const [tried, setTried] = useState(0);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const run = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const bodyTyped = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

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
    if (draft) setWanted(true);
  }, [fields, draftAt]);

  // The checks (most of the page's script) load when the person starts: a reader who only looks never fetches them.
  useEffect(() => {
    if (!wanted) return;
    import('./entry-check.ts').then(setChecker, () =>
      setStatus('The page could not load its checks; the pull request will still run them.'),
    );
  }, [wanted]);

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

  useEffect(() => {
    if (previewOpen) previewHeading.current?.focus();
  }, [previewOpen]);

  // Messages beside fields change only with a result for the answers on screen: a stale one would show a message
  // the person already fixed, for a moment, and move the control under their pointer.
  const fresh = check !== undefined && check.data === data && check.body === body;
  const shown = useRef<{ check?: EntryCheck; left: ReadonlySet<string>; values: Values }>({
    left,
    values,
  });
  if (fresh) shown.current = { check, left, values };
  const messagesOf = (at: EntryCheck | undefined, shownValues: Values, path: string) => {
    const found = at?.byField[path] ?? [];
    // An untouched body is one thing to do, not one finding per heading's guidance.
    if (path === 'body' && found.length > 0 && at?.body === BODY)
      return ['Write it under each heading, in your own words, in place of the guidance'];
    return [
      ...new Set(
        found.map((f) =>
          path === 'body'
            ? `Line ${storyLine(f.line)}: ${f.message}`
            : messageFor(fields, shownValues, path, f, entryKind),
        ),
      ),
    ];
  };
  // The error summary lists problems in the form's order, the body last.
  const order = (path: string) => {
    const at = fields.findIndex((f) => f.key === path.split('.')[0]);
    return at === -1 ? fields.length : at;
  };
  const messagesAt = (path: string): string[] => {
    const { check: at, left: seen, values: shownValues } = shown.current;
    return seen.has(path) || seen.has('*') ? messagesOf(at, shownValues, path) : [];
  };
  const context: FieldContext = {
    kind: entryKind,
    choices,
    messagesAt,
    leave: (path) => setLeft((old) => (old.has(path) ? old : new Set([...old, path]))),
  };
  const change = (key: string, value: Values[string]) => {
    setValues((old) => ({ ...old, [key]: value }));
    setEdited(true);
  };

  // A body finding's line in the story box: the file's body starts two lines after the closing `---`.
  const storyLine = (line: number) =>
    line - (check?.file.text.split('\n').indexOf('---', 1) ?? 0) - 2;

  // Everything still to do, in the form's order: each field's messages, the file's, then the checklist.
  const unticked = ticked.filter((t) => !t).length;
  const problems: Problem[] = check
    ? [
        ...Object.keys(check.byField)
          .sort((a, b) => order(a) - order(b))
          .flatMap((path) =>
            messagesOf(check, values, path).map((message) => ({
              href: `#${controlId(path)}`,
              message: path === 'body' ? `${bodyName(entryKind)}: ${message}` : message,
            })),
          ),
        ...check.elsewhere.map((f) => ({
          href: `#${controlId('body')}`,
          message: `Line ${f.line} of the file: ${f.message}`,
        })),
        ...(unticked > 0
          ? [
              {
                href: `#${CHECKLIST_ID}`,
                message: `Tick ${unticked === checklist.length ? 'each item of' : `the ${plural(unticked, 'item')} left on`} the checklist once you have checked it yourself`,
              },
            ]
          : []),
      ]
    : [];
  const summaryShown = tried > 0 && problems.length > 0;
  // The error summary takes the focus when it appears, as GOV.UK's does, so a screen reader reads it first.
  useEffect(() => {
    if (summaryShown) summary.current?.focus();
  }, [tried, summaryShown]);
  const answersToFix = check
    ? Object.keys(check.byField).length + (check.elsewhere.length > 0 ? 1 : 0)
    : 0;

  const markSent = (how: string) => {
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
  const notLoaded = () => setStatus('The page is still loading its checks: try again in a moment.');
  const download = () => {
    if (!check) return notLoaded();
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
    if (!check) return notLoaded();
    if (await copy(check.file.text)) markSent('The file is on your clipboard.');
    else
      setStatus('The browser did not allow copying: select the file below and copy it yourself.');
  };
  const openPullRequest = async () => {
    // GOV.UK's way: the button always answers; with something left to do (or the checks still loading, when the
    // summary follows their result), the summary at the top says what.
    if (!check || problems.length > 0) {
      context.leave('*');
      setTried((n) => n + 1);
      return;
    }
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
    setTried(0);
    setStatus('The draft is discarded: the form is empty again.');
  };

  // A step's state in the task list, from its answers and what the check says of them.
  const stateOf = (section: FormSection): 'Not started' | 'In progress' | 'Completed' => {
    if (section.fields.length === 0) {
      if (body === BODY) return 'Not started';
      return check?.byField['body']?.length ? 'In progress' : 'Completed';
    }
    const keys = section.fields.map((f) => f.key);
    if (keys.every((k) => isBlank(values[k]))) return 'Not started';
    const open =
      !fresh ||
      Object.keys(check.byField).some((path) => keys.includes(path.split('.')[0] ?? '')) ||
      section.fields.some((f) => !f.optional && isBlank(values[f.key]));
    return open ? 'In progress' : 'Completed';
  };
  const title = String(values['title'] ?? '').trim();

  return (
    <div
      className="contribute"
      data-ready={ready || undefined}
      onFocus={() => setWanted(true)}
      onPointerDown={() => setWanted(true)}
    >
      {/* One line, drawn from the start: a restored draft changes its words, never the layout. */}
      <div className="contribute__draft" role="status">
        {restored ? (
          <p>
            Your draft from {new Date(restored).toLocaleString()} is back, as you left it.{' '}
            <button type="button" className="button button--link" onClick={discard}>
              Discard the draft
            </button>
          </p>
        ) : (
          <p>
            Your answers are kept in this browser as you type, and sent nowhere until you send them.
          </p>
        )}
      </div>

      <div className="contribute__work">
        {summaryShown && (
          <div
            className="error-summary"
            id={SUMMARY_ID}
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
        )}

        <nav className="task-list" aria-labelledby="task-list-heading">
          <h2 id="task-list-heading">Your {entryKind}, step by step</h2>
          <ol>
            {sections.map((section) => {
              const state = stateOf(section);
              return (
                <li key={section.id}>
                  <a href={`#${section.id}`}>{section.title}</a>
                  <span
                    className={`task-list__state task-list__state--${state.replace(' ', '-').toLowerCase()}`}
                  >
                    {state}
                  </span>
                </li>
              );
            })}
            <li>
              <a href="#send-heading">Check and send</a>
            </li>
          </ol>
        </nav>

        <form
          className="contribute__form"
          aria-labelledby="form-heading"
          onSubmit={(e) => e.preventDefault()}
        >
          <h2 id="form-heading" className="visually-hidden">
            Your {entryKind}
          </h2>
          <p className="field__hint">
            Each answer is checked when you leave it, by the same rules as the pull request’s check.
          </p>
          {sections.map((section, i) => (
            <section
              className="form-step"
              id={section.id}
              key={section.id}
              aria-labelledby={`${section.id}-title`}
            >
              <h2 id={`${section.id}-title`}>
                <span className="form-step__number">{i + 1}.</span> {section.title}
              </h2>
              {section.fields.map((field) => (
                <FormField
                  key={field.key}
                  field={field}
                  path={field.key}
                  value={values[field.key] ?? ''}
                  onChange={(v) => change(field.key, v)}
                  context={context}
                />
              ))}
              {section.fields.length === 0 && (
                <div className="field">
                  <label htmlFor={controlId('body')}>{bodyName(entryKind)}, in Markdown</label>
                  <p className="field__hint" id={`${controlId('body')}-hint`}>
                    The headings are in place: write under each, in your own words. Patterns and
                    traps can be linked as <code>[Pre-mortem](/patterns/pre-mortem/)</code>.
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
                    aria-invalid={messagesAt('body').length > 0 || undefined}
                    aria-describedby={`${controlId('body')}-hint${messagesAt('body').length ? ` ${controlId('body')}-findings` : ''}`}
                  />
                  <Findings id={`${controlId('body')}-findings`} messages={messagesAt('body')} />
                </div>
              )}
            </section>
          ))}
        </form>

        <section className="contribute__send" aria-labelledby="send-heading">
          <h2 id="send-heading">
            <span className="form-step__number">{sections.length + 1}.</span> Check and send
          </h2>
          <fieldset className="field contribute__checklist" id={CHECKLIST_ID}>
            <legend>Before you send: the pull request’s checklist</legend>
            <p className="field__hint">
              The page will be public and permanent. Tick each box once you have checked it
              yourself.
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
          {/* Never greyed out: it says what is left to do, and pressing it shows where. */}
          <p className="contribute__todo" id="send-note">
            {check === undefined
              ? wanted
                ? 'The page is loading its checks.'
                : 'The page checks your answers as soon as you start.'
              : answersToFix === 0
                ? `The page finds nothing to fix. ${
                    unticked > 0
                      ? `Tick the ${plural(unticked, 'checklist item')} left to send it.`
                      : 'GitHub opens its editor with the file filled in; it forks the repository for you if you cannot write to it.'
                  }`
                : `Still to do before it can be sent: ${plural(answersToFix, 'answer')} to give or fix${
                    unticked > 0 ? ` and ${plural(unticked, 'checklist item')} to tick` : ''
                  }.`}
          </p>
          <div className="contribute__actions">
            <button
              type="button"
              className="button"
              aria-describedby="send-note"
              onClick={() => void openPullRequest()}
            >
              Open a pull request
            </button>
            <button type="button" className="button button--quiet" onClick={download}>
              Download the file
            </button>
            <button type="button" className="button button--quiet" onClick={() => void copyFile()}>
              Copy the file
            </button>
          </div>
          <p className="field__hint">
            The page runs the check’s rules that need only your file. What needs the whole library
            (whether people are named, links, the evidence behind patterns) the pull request’s check
            runs, and a reviewer reads the rest. Prefer your own tools?{' '}
            <a href={contributingUrl(repository, branch)}>CONTRIBUTING</a> explains the route
            through git.
          </p>
          <p className="contribute__status" role="status">
            {status}
          </p>
          <details className="contribute__file">
            <summary>
              The file:{' '}
              <code>{check?.file.path ?? `content/${CONTRIBUTE_COLLECTIONS[entryKind]}/…`}</code>
            </summary>
            <pre tabIndex={0}>
              <code>{check?.file.text ?? ''}</code>
            </pre>
          </details>
        </section>
      </div>

      {/* Beside the form on a wide screen; on a phone, one tap away and back, over the form, so nothing shifts. */}
      <button
        type="button"
        className="button contribute__preview-toggle"
        aria-expanded={previewOpen}
        aria-controls="preview"
        onClick={() => setPreviewOpen(true)}
      >
        Preview
      </button>
      <section
        className={`contribute__preview${previewOpen ? ' contribute__preview--open' : ''}`}
        id="preview"
        aria-labelledby="preview-heading"
        tabIndex={0}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setPreviewOpen(false);
        }}
      >
        <button
          type="button"
          className="button button--quiet contribute__preview-close"
          onClick={() => setPreviewOpen(false)}
        >
          Back to writing
        </button>
        <h2 id="preview-heading" ref={previewHeading} tabIndex={-1}>
          Preview: {title || `your ${entryKind}`}
        </h2>
        <p className="field__hint">
          How the {entryKind}’s page will read, in the site’s own styles.
        </p>
        <EntryPreview
          kind={entryKind}
          values={values}
          check={check}
          bodyName={bodyName(entryKind)}
        />
      </section>
    </div>
  );
}
