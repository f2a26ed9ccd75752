import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/pipeline/git-history.ts';
import { provenanceOf } from '../../src/view/provenance.ts';

const log = [
  '\u00012026-05-02T10:00:00+02:00',
  '',
  'content/lessons/a.mdx',
  'content/tags.yaml',
  '\u00012026-03-01T09:00:00Z',
  '',
  'content/lessons/a.mdx',
  'content/lessons/b.mdx',
  '',
].join('\n');

describe('git history', () => {
  it('takes a file’s first and last commit dates from a newest-first log', () => {
    const history = parseGitLog(log);
    expect(history.get('content/lessons/a.mdx')).toEqual({
      first: new Date('2026-03-01T09:00:00Z'),
      last: new Date('2026-05-02T08:00:00Z'),
      commits: 2,
    });
    expect(history.get('content/lessons/b.mdx')?.commits).toBe(1);
  });

  it('links an entry to its source, its editor on the published branch and its history, and gives nothing for a file outside the repository', () => {
    const p = provenanceOf(
      'content/lessons/a.mdx',
      'https://example.org/repo',
      'main',
      parseGitLog(log),
    );
    expect(p.sourceUrl).toBe('https://example.org/repo/blob/main/content/lessons/a.mdx');
    expect(p.editUrl).toBe('https://example.org/repo/edit/main/content/lessons/a.mdx');
    expect(p.historyUrl).toBe('https://example.org/repo/commits/main/content/lessons/a.mdx');
    expect(p.lastChanged).toEqual(new Date('2026-05-02T08:00:00Z'));
    expect(
      provenanceOf('../../tmp/x/lessons/a.mdx', 'https://example.org/repo', 'main', new Map()),
    ).toEqual({});
  });
});
