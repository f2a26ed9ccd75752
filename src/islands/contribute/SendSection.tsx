import { Checklist } from './Checklist.tsx';
import type { EntryCheck } from './entry-check.ts';
import { CONTRIBUTE_COLLECTIONS, type ContributeKind } from './entry-file.ts';
import { plural } from './kind-words.ts';
import { answersToFix } from './problems.ts';
import { contributingUrl } from './pull-request.ts';
import type { sendActions } from './send-actions.ts';

interface Props {
  kind: ContributeKind;
  /** The step's number, after the form's. */
  number: number;
  checklist: string[];
  ticked: boolean[];
  onTick: (index: number, checked: boolean) => void;
  check: EntryCheck | undefined;
  /** Whether the checks have been asked for. */
  wanted: boolean;
  actions: ReturnType<typeof sendActions>;
  status: string;
  repository: string;
  branch: string;
}

// What is left before the file can be sent, in one sentence under the checklist.
function sendNote(check: EntryCheck | undefined, wanted: boolean, unticked: number): string {
  if (check === undefined)
    return wanted
      ? 'The page is loading its checks.'
      : 'The page checks your answers as soon as you start.';
  const toFix = answersToFix(check);
  return toFix === 0
    ? `The page finds nothing to fix. ${
        unticked > 0
          ? `Tick the ${plural(unticked, 'checklist item')} left to send it.`
          : 'GitHub opens its editor with the file filled in; it forks the repository for you if you cannot write to it.'
      }`
    : `Still to do before it can be sent: ${plural(toFix, 'answer')} to give or fix${
        unticked > 0 ? ` and ${plural(unticked, 'checklist item')} to tick` : ''
      }.`;
}

/** The last step: the checklist, what is left, the three ways to send the file, and the file itself. */
export function SendSection({
  kind,
  number,
  checklist,
  ticked,
  onTick,
  check,
  wanted,
  actions,
  status,
  repository,
  branch,
}: Props) {
  const unticked = ticked.filter((t) => !t).length;
  return (
    <section className="contribute__send" aria-labelledby="send-heading">
      <h2 id="send-heading">
        <span className="form-step__number">{number}.</span> Check and send
      </h2>
      <Checklist items={checklist} ticked={ticked} onTick={onTick} />
      {/* Never greyed out: it says what is left to do, and pressing it shows where. */}
      <p className="contribute__todo" id="send-note">
        {sendNote(check, wanted, unticked)}
      </p>
      <div className="contribute__actions">
        <button
          type="button"
          className="button"
          aria-describedby="send-note"
          onClick={() => void actions.openPullRequest()}
        >
          Open a pull request
        </button>
        <button type="button" className="button button--quiet" onClick={actions.download}>
          Download the file
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void actions.copyFile()}
        >
          Copy the file
        </button>
      </div>
      <p className="field__hint">
        The page runs the check’s rules that need only your file. What needs the whole library
        (whether people are named, links, the evidence behind patterns) the pull request’s check
        runs, and a reviewer reads the rest. Prefer your own tools?{' '}
        <a href={contributingUrl(repository, branch)}>CONTRIBUTING</a> explains the route through
        git.
      </p>
      <p className="contribute__status" role="status">
        {status}
      </p>
      <details className="contribute__file">
        <summary>
          {/* Two text nodes, as before the split, so the page's HTML is unchanged. */}
          {'The file:'}{' '}
          <code>{check?.file.path ?? `content/${CONTRIBUTE_COLLECTIONS[kind]}/…`}</code>
        </summary>
        <pre tabIndex={0}>
          <code>{check?.file.text ?? ''}</code>
        </pre>
      </details>
    </section>
  );
}
