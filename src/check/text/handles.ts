// Handles of people: a chat or social handle next to its platform ("@dana_k on Slack") and a link to a person's
// profile (`github.com/dana-k-research`, `linkedin.com/in/…`). An author's own profile belongs in their author
// file's `links`; anyone else is referred to by role.

const PLATFORMS = String.raw`Slack|Teams|Discord|Telegram|Signal|WhatsApp|Twitter|X|Mastodon|Bluesky|Threads|Instagram|GitHub|GitLab|LinkedIn|Matrix|IRC|Keybase|Mattermost|Zulip|Rocket\.Chat|Skype|WeChat|Line`;
// `@handle` then, within three words, `on Slack`; or the platform right before it: "Slack: @handle", "Telegram @handle".
const HANDLE = new RegExp(
  String.raw`(?<![\w@.])@[A-Za-z][\w.-]{0,38}[A-Za-z\d_](?![\w@/]|\.\w)(?=(?:\W+\w+){0,3}?\W+(?:${PLATFORMS})\b)|(?<=\b(?:${PLATFORMS})(?:\s*[:=-]\s*|\s+(?:handle|user|username|is|as)?\s*))@[A-Za-z][\w.-]{0,38}[A-Za-z\d_](?![\w@/]|\.\w)`,
  'g',
);
// A profile: one path segment on a code host (a repository has two), or a social site's person path.
const PROFILE =
  /(?<![\w.-])(?:https?:\/\/)?(?:www\.)?(?:(?:github|gitlab|codeberg)\.(?:com|org)\/(?!(?:orgs|topics|features|about|pricing|marketplace|sponsors|settings|login|explore)\b)[A-Za-z\d](?:[\w-]{0,38})(?=\/?(?:[\s)\]>"'.,;:!?]|$))|linkedin\.com\/in\/[\w%-]{2,100}|(?:twitter|x|instagram|facebook|tiktok|threads)\.(?:com|net)\/@?(?!(?:home|search|explore|hashtag|i|intent|share|sharer|about|help|privacy|tos)\b)[A-Za-z\d_.]{2,30}(?=\/?(?:[\s)\]>"'.,;:!?]|$))|bsky\.app\/profile\/[\w.-]{3,100}|t\.me\/(?!\+)[A-Za-z][\w]{4,31})/gi;

/** Handles and profile links in a run: where each starts and what it is. */
export function handles(
  text: string,
): { index: number; text: string; kind: 'handle' | 'profile' }[] {
  const found: { index: number; text: string; kind: 'handle' | 'profile' }[] = [];
  if (text.includes('@'))
    for (const match of text.matchAll(HANDLE))
      found.push({ index: match.index, text: match[0], kind: 'handle' });
  if (text.includes('/'))
    for (const match of text.matchAll(PROFILE))
      found.push({ index: match.index, text: match[0], kind: 'profile' });
  return found.sort((a, b) => a.index - b.index);
}
