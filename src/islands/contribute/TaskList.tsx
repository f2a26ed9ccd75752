import type { FormSection } from './form-sections.ts';
import type { TaskState } from './task-state.ts';

interface Props {
  kind: string;
  sections: FormSection[];
  stateOf: (section: FormSection) => TaskState;
}

/** The form's steps, each linked and with where it stands, then "Check and send". */
export function TaskList({ kind, sections, stateOf }: Props) {
  return (
    <nav className="task-list" aria-labelledby="task-list-heading">
      <h2 id="task-list-heading">Your {kind}, step by step</h2>
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
  );
}
