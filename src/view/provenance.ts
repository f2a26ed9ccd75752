/** What the repository's history says of one file, as src/pipeline/git-history.ts reads it: all a page prints of it. */
export interface FileChanges {
  last: Date;
  commits: number;
}

/** Where an entry's source lives and how to check its history. */
export interface Provenance {
  /** The file in the repository, when the entry lives inside it. */
  path?: string;
  sourceUrl?: string;
  /** The repository host's editor for the file, on the published branch: a change there becomes a pull request. */
  editUrl?: string;
  historyUrl?: string;
  /** When the file last changed in the repository, from git; undefined without history. */
  lastChanged?: Date;
  commits?: number;
}

/** Links to an entry's source, its editor and its history on the repository host, and its git dates when known. */
export function provenanceOf(
  filePath: string | undefined,
  repository: string,
  branch: string,
  history: ReadonlyMap<string, FileChanges>,
): Provenance {
  // Entries built from a folder outside the repository (tests, the benchmark) have no source to link.
  if (!filePath || filePath.startsWith('..') || filePath.startsWith('/')) return {};
  const seen = history.get(filePath);
  return {
    path: filePath,
    sourceUrl: `${repository}/blob/${branch}/${filePath}`,
    editUrl: `${repository}/edit/${branch}/${filePath}`,
    historyUrl: `${repository}/commits/${branch}/${filePath}`,
    ...(seen ? { lastChanged: seen.last, commits: seen.commits } : {}),
  };
}
