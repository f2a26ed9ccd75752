import { useMemo, useState } from 'react';
import { CONTRIBUTE_FORMS } from './contribute-forms.ts';
import { DraftNote } from './DraftNote.tsx';
import type { ContributeKind } from './entry-file.ts';
import { EntryForm } from './EntryForm.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import { sectionsOf } from './form-sections.ts';
import { cleanValues } from './form-values.ts';
import type { Choice, FieldContext } from './field-context.ts';
import { bodyName } from './kind-words.ts';
import { PreviewPane } from './PreviewPane.tsx';
import { problemsOf } from './problems.ts';
import { sendActions } from './send-actions.ts';
import { SendSection } from './SendSection.tsx';
import { TaskList } from './TaskList.tsx';
import { taskState } from './task-state.ts';
import { useDraft } from './useDraft.ts';
import { useEntryCheck } from './useEntryCheck.ts';
import { useFieldMessages } from './useFieldMessages.ts';
import { useUnsentWarning } from './useUnsentWarning.ts';
import './contribute.css';

/** Everything the page hands the form, worked out at build time (src/page-data/contribute.ts). */
export interface ContributeProps {
  /** What the form writes: a lesson, or a proposed pattern or trap. */
  kind: ContributeKind;
  /** The library's entries by collection, for the fields that reference them. */
  choices: Record<string, Choice[]>;
  /** Slugs the new entry may not take: every entry's of its collection, former ones included. */
  takenSlugs: string[];
  /** The site's region (site.config.ts): the page's check reads its national phone numbers first, as the check does. */
  region: string;
  /** The pull-request template's sanitization checklist, one Markdown line per item. */
  checklist: string[];
  /** Where "Open a pull request" sends the file. */
  repository: string;
  branch: string;
  /** The library's most cited pattern, for the body's example of a link; none in a library without patterns. */
  examplePattern?: Choice | undefined;
}

/** A contribute page: a lesson, pattern or trap form read off its schema, checked as it is typed, kept as a draft and sent as a pull request. */
export default function Contribute(props: ContributeProps) {
  const { kind, choices, takenSlugs, region, checklist } = props;
  const { fields, body: start } = CONTRIBUTE_FORMS[kind];
  const sections = useMemo(() => sectionsOf(fields, kind, bodyName(kind)), [fields, kind]);
  // Whether the person has started (focused or pressed anything, or has a draft): then the checks load.
  const [wanted, setWanted] = useState(false);
  const [status, setStatus] = useState('');
  const [ticked, setTicked] = useState<boolean[]>(() => checklist.map(() => false));
  // Set by pressing the send button with something left to do: the error summary shows, every field's messages too.
  const [tried, setTried] = useState(0);
  const draft = useDraft(kind, fields, start, () => setWanted(true));
  const { values, body } = draft;
  const data = useMemo(() => cleanValues(fields, values), [fields, values]);
  const check = useEntryCheck({
    kind,
    data,
    body,
    takenSlugs,
    region,
    wanted,
    onProblem: setStatus,
  });
  useUnsentWarning(draft.edited && check !== undefined && check.file.text !== draft.sent);
  const messages = useFieldMessages({ kind, fields, start, values, body, data, check });
  const context: FieldContext = {
    kind,
    choices,
    messagesAt: messages.messagesAt,
    leave: messages.leave,
  };
  // Everything still to do, in the form's order: each field's messages, the file's, then the checklist.
  const problems = problemsOf(check, {
    fields,
    bodyName: bodyName(kind),
    messagesOf: (path) => messages.messagesOf(check, values, path),
    checklistLength: checklist.length,
    unticked: ticked.filter((t) => !t).length,
  });
  const actions = sendActions({
    kind,
    repository: props.repository,
    branch: props.branch,
    check,
    blocked: problems.length > 0,
    say: setStatus,
    markSent: draft.setSent,
    showProblems: () => {
      messages.leave('*');
      setTried((n) => n + 1);
    },
  });
  // The box's state comes read: React empties an event's currentTarget once its handler returns, before this runs.
  const tick = (index: number, checked: boolean) =>
    setTicked((old) => old.map((t, j) => (j === index ? checked : t)));
  const discard = () => {
    draft.discard();
    messages.forget();
    setTried(0);
    setStatus('The draft is discarded: the form is empty again.');
  };

  return (
    <div
      className="contribute"
      data-ready={draft.ready || undefined}
      onFocus={() => setWanted(true)}
      onPointerDown={() => setWanted(true)}
    >
      <DraftNote restored={draft.restored} onDiscard={discard} />
      <div className="contribute__work">
        {tried > 0 && problems.length > 0 && <ErrorSummary problems={problems} tried={tried} />}
        <TaskList
          kind={kind}
          sections={sections}
          stateOf={(section) =>
            taskState(section, { values, body, start, check, fresh: messages.fresh })
          }
        />
        <EntryForm
          kind={kind}
          sections={sections}
          values={values}
          onChange={draft.change}
          bodyName={bodyName(kind)}
          body={body}
          onBody={draft.typeBody}
          context={context}
          examplePattern={props.examplePattern}
        />
        <SendSection
          kind={kind}
          number={sections.length + 1}
          checklist={checklist}
          ticked={ticked}
          onTick={tick}
          check={check}
          wanted={wanted}
          actions={actions}
          status={status}
          repository={props.repository}
          branch={props.branch}
        />
      </div>
      <PreviewPane kind={kind} values={values} check={check} bodyName={bodyName(kind)} />
    </div>
  );
}
