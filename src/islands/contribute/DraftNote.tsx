interface Props {
  /** When the draft on screen was saved, if it was restored. */
  restored: string | undefined;
  onDiscard: () => void;
}

/** One line, drawn from the start: a restored draft changes its words, never the layout. */
export function DraftNote({ restored, onDiscard }: Props) {
  return (
    <div className="contribute__draft" role="status">
      {restored ? (
        <p>
          Your draft from {new Date(restored).toLocaleString()} is back, as you left it.{' '}
          <button type="button" className="button button--link" onClick={onDiscard}>
            Discard the draft
          </button>
        </p>
      ) : (
        <p>
          Your answers are kept in this browser as you type, and sent nowhere until you send them.
        </p>
      )}
    </div>
  );
}
