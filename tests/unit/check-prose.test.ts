import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/parse.ts';
import { proseOf, yamlStrings } from '../../src/check/text/prose.ts';
import { checkPersonalData } from '../../src/check/text/personal-data.ts';
import { parseSource, type SourceFile } from '../../src/reader/source.ts';

// What stands in the file where each e-mail address is reported: the address itself, if positions are right.
function reported(text: string): string[] {
  const source = parseSource('x.mdx', text, 'mdx') as SourceFile;
  const parsed = parseBody(source.body);
  const tree = 'tree' in parsed ? parsed.tree : undefined;
  const lines = text.split('\n');
  return checkPersonalData(
    'x.mdx',
    proseOf(tree, source.bodyLine, yamlStrings(source), source.body),
    'US',
  )
    .filter((f) => f.message.startsWith('e-mail'))
    .map((f) => (lines[f.line - 1] ?? '').slice(f.column - 1).split(/[\s|`"')\]]/)[0] as string);
}

describe('positions of prose', () => {
  it('places a finding inside a block, folded or quoted YAML value at its own line and column', () => {
    const text = [
      '---',
      'summary: >-',
      '  The release went out',
      '  to ops@acme-corp.io late.',
      'why: |',
      '  First line.',
      '    Indented dana@acme-corp.io here.',
      'gap: "one',
      '  and lee@acme-corp.io"',
      "plain: 'it''s kim@acme-corp.io'",
      '---',
      '',
      'Body.',
      '',
    ].join('\n');
    expect(reported(text)).toEqual([
      'ops@acme-corp.io',
      'dana@acme-corp.io',
      'lee@acme-corp.io',
      'kim@acme-corp.io',
    ]);
  });

  it('places a finding in body text at its character, whatever Markdown stands before it', () => {
    const body = [
      '- first item',
      '  continues with ann@acme-corp.io here',
      '',
      '> quoted line',
      '> and bo@acme-corp.io too',
      '',
      'Some *emphasis* then \\*lit cy@acme-corp.io and &amp; then di@acme-corp.io',
      '',
      '| a | b |',
      '| - | - |',
      '| x | ed@acme-corp.io |',
      '',
      '"Quoted," said fay@acme-corp.io.',
    ];
    expect(reported(['---', 'title: x', '---', '', ...body, ''].join('\n'))).toEqual([
      'ann@acme-corp.io',
      'bo@acme-corp.io',
      'cy@acme-corp.io',
      'di@acme-corp.io',
      'ed@acme-corp.io',
      'fay@acme-corp.io.',
    ]);
  });

  it('places a finding in a link address, a title, alt text, code and a component attribute where it is written', () => {
    const body = [
      '[mail](mailto:gus@acme-corp.io "ask hal@acme-corp.io")',
      '',
      '![sent to ivy@acme-corp.io](https://example.com/a.png)',
      '',
      'Run `ssh jo@acme-corp.io` first.',
      '',
      '```',
      'mail kai@acme-corp.io',
      '```',
      '',
      '<Callout type="note" title="To lu@acme-corp.io">x</Callout>',
    ];
    expect(reported(['---', 'title: x', '---', '', ...body, ''].join('\n'))).toEqual([
      'gus@acme-corp.io',
      'hal@acme-corp.io',
      'ivy@acme-corp.io',
      'jo@acme-corp.io',
      'kai@acme-corp.io',
      'lu@acme-corp.io',
    ]);
  });
});
