/** What needs fixing in a field, under its label as GOV.UK places an error message: "Error:" for screen readers. */
export function Findings({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="field__findings" id={id}>
      {messages.map((message) => (
        <li key={message}>
          <span className="visually-hidden">Error: </span>
          {message}
        </li>
      ))}
    </ul>
  );
}
