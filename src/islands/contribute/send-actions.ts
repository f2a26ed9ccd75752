/** What the send buttons do: download the file, copy it, or open GitHub with it for a pull request. */
import type { EntryCheck } from './entry-check.ts';
import { CONTRIBUTE_COLLECTIONS, type ContributeKind } from './entry-file.ts';
import { pullRequestLink } from './pull-request.ts';

interface Options {
  kind: ContributeKind;
  check: EntryCheck | undefined;
  /** Whether anything is left to do: the pull request then waits, and the error summary says what. */
  blocked: boolean;
  repository: string;
  branch: string;
  /** Says what happened, in the page's status line. */
  say: (status: string) => void;
  /** Remembers the file text as sent. */
  markSent: (text: string) => void;
  /** Shows what is left to do: every field's messages, and the error summary. */
  showProblems: () => void;
}

const copy = async (text: string) => {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
};

/** The three ways to send the file; each says what it did. */
export function sendActions({
  kind,
  check,
  blocked,
  repository,
  branch,
  say,
  markSent,
  showProblems,
}: Options) {
  const sent = (how: string) => {
    if (check) markSent(check.file.text);
    say(how);
  };
  const notLoaded = () => say('The page is still loading its checks: try again in a moment.');
  const download = () => {
    if (!check) return notLoaded();
    const url = URL.createObjectURL(new Blob([check.file.text], { type: 'text/markdown' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${check.file.slug}.mdx`;
    link.click();
    URL.revokeObjectURL(url);
    sent(
      `Downloaded ${check.file.slug}.mdx: add it to content/${CONTRIBUTE_COLLECTIONS[kind]}/ in your copy of the repository.`,
    );
  };
  const copyFile = async () => {
    if (!check) return notLoaded();
    if (await copy(check.file.text)) sent('The file is on your clipboard.');
    else say('The browser did not allow copying: select the file below and copy it yourself.');
  };
  const openPullRequest = async () => {
    // GOV.UK's way: the button always answers; with something left to do (or the checks still loading, when the
    // summary follows their result), the summary at the top says what.
    if (!check || blocked) return showProblems();
    const link = pullRequestLink(repository, branch, check.file.path, check.file.text);
    if (!link.withFile) {
      const copied = await copy(check.file.text);
      say(
        copied
          ? 'The file is too long for a link: it is on your clipboard. Paste it into the editor GitHub opens.'
          : 'The file is too long for a link and the browser did not allow copying: copy it from below, then paste it into the editor GitHub opens.',
      );
    } else
      say('GitHub opens in a new tab: propose the new file there, then open the pull request.');
    markSent(check.file.text);
    window.open(link.url, '_blank', 'noopener');
  };
  return { download, copyFile, openPullRequest };
}
