/** What every field of the form is handed besides its own schema field and value. */
export interface FieldContext {
  /** The kind of entry the form writes, for its wording. */
  kind: string;
  /** The library's entries by collection. */
  choices: Record<string, Choice[]>;
  /** The messages to show beside the field at a path (`actions.0.what`): none until the person has left it or sent. */
  messagesAt: (path: string) => string[];
  /** Marks a field as left, so its findings show. */
  leave: (path: string) => void;
}

/** An entry of the library to pick, by id. */
export interface Choice {
  value: string;
  label: string;
}
