/** The links that send a new file to GitHub, which forks the repository for people who cannot push and proposes the pull request. */

/** Past this length a link may be cut short by a browser or refused by GitHub: the file is copied instead. */
export const MAX_URL_LENGTH = 8000;

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** GitHub's page for a new file at `path` on `branch`, with `text` filled in when given. */
export function newFileUrl(
  repository: string,
  branch: string,
  path: string,
  text?: string,
): string {
  const base = `${repository.replace(/\/+$/, '')}/new/${encodePath(branch)}?filename=${encodePath(path)}`;
  return text === undefined ? base : `${base}&value=${encodeURIComponent(text)}`;
}

/** The link "Open a pull request" follows: with the file in it, or, when that is too long, without (the file is on the clipboard). */
export function pullRequestLink(
  repository: string,
  branch: string,
  path: string,
  text: string,
): { url: string; withFile: boolean } {
  const full = newFileUrl(repository, branch, path, text);
  return full.length <= MAX_URL_LENGTH
    ? { url: full, withFile: true }
    : { url: newFileUrl(repository, branch, path), withFile: false };
}

/** Where CONTRIBUTING.md reads on GitHub. */
export const contributingUrl = (repository: string, branch: string) =>
  `${repository.replace(/\/+$/, '')}/blob/${encodePath(branch)}/CONTRIBUTING.md`;
