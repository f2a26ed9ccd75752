import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { rules as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { normalise } from './normalise.ts';
import type { Prose } from './prose.ts';
import { joinSplitTokens } from './secret-joins.ts';
import { secretLayouts } from './secret-layouts.ts';
import { secretPhrases } from './secret-phrases.ts';
import { secretShapes } from './secret-shapes.ts';
import type { Finding } from '../types.ts';

// secretlint times every rule on every text with performance marks that it keeps for the whole run, unless told not
// to (secretlint/secretlint#1633): about a sixth of its cost here, and memory that grows with the library. The
// profiler is a package of its own, pinned to @secretlint/core's version so that this is the instance core marks with.
secretLintProfiler.setEnabled(false);

// secretlint's own `secretlint-disable` comments would silence every secrets rule to the end of a file, and
// CONTRIBUTING says no comment can. They work through one rule of the recommended preset, so the preset's
// rules are loaded one by one, without that one (a preset's per-rule `disabled` is not honoured by @secretlint/core).
const COMMENT_FILTER = '@secretlint/secretlint-rule-filter-comments';

// The preset's scanners, the AWS rule's ID scan turned on (account and access key ids), and our rules for the
// shapes the preset does not know and for passwords written out in prose.
const config = {
  rules: [
    { id: secretPhrases.meta.id, rule: secretPhrases },
    { id: secretShapes.meta.id, rule: secretShapes },
    { id: secretLayouts.meta.id, rule: secretLayouts },
    ...recommended
      .filter((rule) => rule.meta.id !== COMMENT_FILTER)
      .map((rule) => ({
        id: rule.meta.id,
        rule,
        ...(rule.meta.id === '@secretlint/secretlint-rule-aws'
          ? { options: { enableIDScanRule: true } }
          : {}),
      })),
  ],
};

/** One secret secretlint found: its message (the secret masked), where it stands, and the secret itself, for telling repeats apart. */
interface Found {
  message: string;
  range: readonly [number, number];
  secret: string;
}

// secretlint drops duplicate messages by comparing each with every later one (quadratic in findings): a long text
// is read in pieces of about this many characters, cut at blank lines (which no secret spans) or line ends.
const PIECE = 16_000;

/** Where a text is cut for secretlint: after a blank line, or else a line end, at or past each PIECE characters. */
function pieces(content: string): [start: number, end: number][] {
  const cuts: [number, number][] = [];
  let start = 0;
  while (content.length - start > 2 * PIECE) {
    // A blank line if there is one soon, else a line end (a private key's header is found on its own line).
    const blank = content.indexOf('\n\n', start + PIECE);
    const cut =
      blank >= 0 && blank < start + 2 * PIECE
        ? blank + 2
        : content.indexOf('\n', start + PIECE) + 1;
    if (cut <= 0) break;
    cuts.push([start, cut]);
    start = cut;
  }
  cuts.push([start, content.length]);
  return cuts;
}

async function lint(file: string, content: string): Promise<Found[]> {
  const found: Found[] = [];
  for (const [start, end] of pieces(content))
    for (const piece of await lintPiece(file, content.slice(start, end)))
      found.push({ ...piece, range: [piece.range[0] + start, piece.range[1] + start] });
  return found;
}

async function lintPiece(file: string, content: string): Promise<Found[]> {
  const result = await lintSource({
    source: {
      filePath: file,
      content,
      ext: file.slice(file.lastIndexOf('.')),
      contentType: 'text',
    },
    options: { config, maskSecrets: false },
  });
  // One finding per place: where the preset and our shapes both know a secret, the preset's (more specific) message.
  const byStart = new Map<number, (typeof result.messages)[number]>();
  for (const m of result.messages) {
    const earlier = byStart.get(m.range[0]);
    if (
      !earlier ||
      (earlier.ruleId.startsWith('lesson-share/') && !m.ruleId.startsWith('lesson-share/'))
    )
      byStart.set(m.range[0], m);
  }
  return [...byStart.values()].map((m) => {
    // Masked as secretlint masks, but for the names of what was found (our rules' KIND, FIELD and SCHEME).
    let message = m.message;
    for (const [name, value] of Object.entries(m.data ?? {}))
      if (
        typeof value === 'string' &&
        value.length > 0 &&
        name !== 'KIND' &&
        name !== 'FIELD' &&
        name !== 'SCHEME'
      )
        message = message.split(value).join('*'.repeat(value.length));
    return { message, range: m.range, secret: keyOf(content.slice(m.range[0], m.range[1])) };
  });
}

// The same secret, however it is written around (spaces, line breaks, case of a scheme).
const keyOf = (secret: string) => secret.replace(/\s+/g, '');

// 1-based line and column of offsets in a text, by binary search over its line starts: linear in all.
const placer = (text: string) => {
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  return (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
};

const finding = (
  file: string,
  at: { line: number; column: number },
  message: string,
  note = '',
): Finding => ({
  file,
  ...at,
  rule: 'secrets',
  severity: 'error' as const,
  message: `${message.replace(/\.$/, '')}${note}. Remove it from the file and revoke it: it is in the git history now.`,
});

/**
 * API keys, tokens, private keys, credentials in URLs and passwords written out, anywhere in the file: as
 * written, and as a reader sees it (character references decoded, invisible characters dropped), so that
 * `ghp&#95;…` or a token split by a zero-width space is found too. `seen` collects the secrets found, with their lines.
 */
export async function checkSecrets(
  file: string,
  text: string,
  seen = new Map<string, number[]>(),
): Promise<Finding[]> {
  const place = placer(text);
  const findings: Finding[] = [];
  const places = new Set<string>();
  const record = (secret: string, line: number) => {
    const lines = seen.get(secret);
    if (lines) lines.push(line);
    else seen.set(secret, [line]);
  };
  for (const found of await lint(file, text)) {
    const at = place(found.range[0]);
    record(found.secret, at.line);
    places.add(`${at.line}:${at.column}`);
    findings.push(finding(file, at, found.message));
  }
  // A token cut over lines, table rows or concatenated strings, joined: reported where its first piece stands.
  const joined = joinSplitTokens(text);
  if (joined)
    for (const found of await lint(file, joined.text)) {
      const at = place(joined.source(found.range[0]));
      if (places.has(`${at.line}:${at.column}`) || seen.has(found.secret)) continue;
      record(found.secret, at.line);
      places.add(`${at.line}:${at.column}`);
      findings.push(
        finding(
          file,
          at,
          found.message,
          ' (split over lines, cells or strings: joined, it is one secret)',
        ),
      );
    }
  const normalised = normalise(text);
  if (normalised.text === text) return findings;
  for (const found of await lint(file, normalised.text)) {
    const at = place(normalised.source(found.range[0]));
    record(found.secret, at.line);
    if (!places.has(`${at.line}:${at.column}`)) findings.push(finding(file, at, found.message));
  }
  return findings;
}

/**
 * Secrets in what is published, which the text as written may hide: YAML values after their escapes, a block's
 * text with its inline formatting joined (`ghp_**abc…**`), addresses percent-decoded, comments. The runs are read
 * in one pass, joined by blank lines; a secret already found in the file as written is not reported again.
 */
export async function checkSecretsInProse(
  file: string,
  prose: readonly Prose[],
  seen = new Map<string, number[]>(),
  read: readonly string[] = [],
): Promise<Finding[]> {
  // A run the text as written (or normalised) holds word for word was read with it: only what differs is read again.
  const fresh = prose.filter((run) => !read.some((text) => text.includes(run.text)));
  if (fresh.length === 0) return [];
  const starts: number[] = [];
  let joined = '';
  for (const run of fresh) {
    starts.push(joined.length);
    joined += `${run.text}\n\n`;
  }
  const findings: Finding[] = [];
  for (const found of await lint(file, joined)) {
    // The run the secret starts in: the last whose start is at or before it (binary search).
    let index = 0;
    for (let high = starts.length - 1; index < high;) {
      const middle = (index + high + 1) >> 1;
      if ((starts[middle] as number) <= found.range[0]) index = middle;
      else high = middle - 1;
    }
    const run = fresh[index] as Prose;
    const at = run.at(found.range[0] - (starts[index] as number));
    // The same secret found as written on the lines this run stands on is the same finding.
    const [first, last] = run.lines ?? [
      run.at(0).line,
      run.at(Math.max(0, run.text.length - 1)).line,
    ];
    if (
      seen
        .get(found.secret)
        ?.some((line) => line >= Math.min(first, at.line) && line <= Math.max(last, at.line))
    )
      continue;
    const lines = seen.get(found.secret);
    if (lines) lines.push(at.line);
    else seen.set(found.secret, [at.line]);
    const note =
      run.derived === 'block'
        ? ' (in the text as published, with its formatting joined: it starts in this run of text)'
        : run.derived === 'decoded'
          ? ' (once the address is decoded, as a browser shows it)'
          : ' (in the value as published)';
    findings.push(finding(file, at, found.message, note));
  }
  return findings;
}
