/** The unticked items of one `## ` section of a Markdown checklist. */
export function checklistItems(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(`${heading}\n`);
  if (start < 0) return [];
  const rest = markdown.slice(start + heading.length);
  const section = rest.slice(0, rest.search(/\n## |$/));
  return [...section.matchAll(/^- \[ \] (.+)$/gm)].map((m) => (m[1] as string).trim());
}
