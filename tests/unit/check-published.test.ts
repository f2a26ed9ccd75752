// The secrets and personal-data rules read what is published, in real shapes: each case is a file a hostile
// contributor could send, and the rule must name its line.
import { describe, expect, it } from 'vitest';
import { checkedFileOf } from '../../src/check/runner/checked-file.ts';
import { inputOf } from '../../src/check/runner/input.ts';
import personalData from '../../src/check/rules/personal-data.ts';
import secrets from '../../src/check/rules/secrets.ts';
import { parseSource, type SourceFile } from '../../src/reader/source.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import type { Finding } from '../../src/check/types.ts';

const FRONTMATTER = ['---', 'title: A lesson', 'summary: One sentence.', '---', ''].join('\n');

/** What one rule finds in a file: `line rule` for each finding. */
async function findings(
  text: string,
  { file = 'content/lessons/x.mdx', collection = 'lessons' as CollectionName } = {},
): Promise<Finding[]> {
  const kind = file.endsWith('.yaml') ? 'yaml' : 'mdx';
  const source = parseSource(file, text, kind) as SourceFile;
  const checked = checkedFileOf(inputOf(source, collection));
  const found: Finding[] = [];
  const context = {
    known: { has: () => false },
    region: 'US',
    report: (...f: Finding[]) => found.push(...f),
  };
  await secrets(checked, context);
  personalData(checked, context);
  return found;
}

/** The rule and line of each finding in a body placed after a four-line frontmatter (line 5 is the body's first). */
const inBody = async (body: string) =>
  (await findings(FRONTMATTER + body)).map((f) => `${f.line} ${f.rule}`);

const PKCS8 = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  '-----END PRIVATE KEY-----',
];

describe('secrets, in every shape a key is written', () => {
  it.each([
    ['PKCS#8', PKCS8],
    [
      'PKCS#8 encrypted',
      [
        '-----BEGIN ENCRYPTED PRIVATE KEY-----',
        'MIIFHDBOBgkqhkiG9w0BBQ0w',
        '-----END ENCRYPTED PRIVATE KEY-----',
      ],
    ],
    [
      'SEC1 EC',
      [
        '-----BEGIN EC PRIVATE KEY-----',
        'MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oXi6Rzm9eqJa',
        '-----END EC PRIVATE KEY-----',
      ],
    ],
    [
      'OpenSSH',
      [
        '-----BEGIN OPENSSH PRIVATE KEY-----',
        'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
        '-----END OPENSSH PRIVATE KEY-----',
      ],
    ],
    [
      'PGP',
      [
        '-----BEGIN PGP PRIVATE KEY BLOCK-----',
        '',
        'lQOYBF0x',
        '-----END PGP PRIVATE KEY BLOCK-----',
      ],
    ],
    [
      'RSA',
      [
        '-----BEGIN RSA PRIVATE KEY-----',
        'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
        '-----END RSA PRIVATE KEY-----',
      ],
    ],
  ])('finds a %s private key, also in a block quote and a list', async (_, lines) => {
    for (const prefix of ['', '> ', '- ']) {
      const body = `Text before.\n\n${lines.map((line) => prefix + line).join('\n')}\n`;
      expect(await inBody(body), `${prefix || 'plain'}`).toContain('7 secrets');
    }
  });

  it('finds a key body without its header (PKCS#8 of any length)', async () => {
    expect(await inBody(`${PKCS8[1]}${'A'.repeat(200)}\n`)).toContain('5 secrets');
  });

  it.each([
    ['Google API key', 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'],
    [
      'Azure storage key',
      `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${'k'.repeat(86)}==;EndpointSuffix=core.windows.net`,
    ],
    [
      'Azure SAS',
      'https://acme.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=bX2f8KjPq%2BZk1r7n0Yw3h5JtL9cVxQmAeG4sDuoN6iE%3D',
    ],
    [
      'Discord webhook',
      'https://discord.com/api/webhooks/123456789012345678/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEf',
    ],
    [
      'Slack webhook',
      'https://hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/abcdefghijklmnopqrstuvwx',
    ],
    ['Stripe key', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['GitHub fine-grained token', `github_pat_11ABCDEFG0${'a1B2c3D4e5'.repeat(7)}`],
    ['npm token', 'npm_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['credentials in an address', 'https://deploy:S3cretPass@git.acme-corp.io/repo.git'],
    ['credentials in a Redis address', 'redis://cache:S3cretPass@cache.acme-corp.io:6379'],
    ['Stripe webhook secret', 'whsec_abcdefghijklmnopqrstuvwxyz012345'],
    ['JSON password', '```json\n{ "password": "correct horse battery" }\n```'],
    ['.env secret', '```\nDB_PASSWORD=Tr0ub4dor&3\nSTRIPE_SECRET=abc123def456\n```'],
    ['YAML token', '```yaml\napi_token: 9f8e7d6c5b4a\n```'],
  ])('finds a %s', async (_, secret) => {
    expect(await inBody(`The value was ${secret} for a week.\n`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/ secrets$/)]),
    );
  });

  it('is not silenced by secretlint-disable comments', async () => {
    for (const comment of [
      '{/* secretlint-disable */}',
      '<!-- secretlint-disable -->',
      '// secretlint-disable',
    ]) {
      expect(
        await inBody(`${comment}\n\n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\n`),
        comment,
      ).toContain('7 secrets');
    }
  });

  it('finds a token split by emphasis or written with a backslash escape, at its block', async () => {
    expect(await inBody('Token: ghp_wWPw5k4aXcaT4f**NP0UcnZwJUVFk6LO0pINUx** here.\n')).toContain(
      '5 secrets',
    );
    expect(await inBody('Token ghp\\_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx here.\n')).toContain(
      '5 secrets',
    );
  });

  it('finds a token in a YAML value written with escapes, and in a YAML comment', async () => {
    const text = [
      '---',
      'title: A lesson',
      'summary: "ghp\\x5fwWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx"',
      '# the deploy key: ghp_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUy',
      '---',
      'Body.',
    ].join('\n');
    expect((await findings(text)).map((f) => `${f.line} ${f.rule}`)).toEqual([
      '4 secrets',
      '3 secrets',
    ]);
  });

  it('finds a token percent-encoded in a link', async () => {
    expect(
      await inBody('[repo](https://x.example.org/?t=ghp%5FwWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx)\n'),
    ).toContain('5 secrets');
  });

  it('passes prose about passwords and tokens that holds none', async () => {
    expect(
      await inBody(
        'The password was reset, the token: a unit of text, and `api_key = "<your key>"` in the docs.\n',
      ),
    ).toEqual([]);
  });
});

describe('personal data, as published', () => {
  it.each([
    ['an IBAN', 'Paid to DE89 3704 0044 0532 0130 00 on Monday.'],
    ['an IBAN without spaces, lower case', 'Paid to gb82west12345698765432 on Monday.'],
    ['a card number', 'The card 4111 1111 1111 1111 was charged.'],
    ['a US SSN', 'Her SSN 536-22-8726 leaked.'],
    ['a UK NI number', 'NI number AB 12 34 56 C on the form.'],
    ['an internal host', 'The job ran on build01.ci.internal at night.'],
    ['a .corp host', 'See wiki.acme.corp for the runbook.'],
    ['a spelt-out e-mail', 'Write to dana at acme-corp dot com for access.'],
    ['a bracketed e-mail', 'Write to dana [at] acme-corp [dot] com for access.'],
    ['an e-mail split by emphasis', 'Write to dana@*acme-corp*.com for access.'],
    ['an e-mail with escapes', 'Write to dana\\@acme-corp\\.com for access.'],
    ['a tel: link', 'Call [the lead](tel:+14155550123) now.'],
    ['a wa.me link', 'Message [the lead](https://wa.me/14155550123) now.'],
    ['a street address with a capital house letter', 'We met at 42B Baker Street that day.'],
    ['a street address in capitals', 'We met at 42 BAKER STREET that day.'],
    ['an e-mail percent-encoded in a link', '[mail](mailto:dana%40acme-corp.com)'],
  ])('finds %s', async (_, body) => {
    expect(await inBody(`${body}\n`)).toContain('5 personal-data');
  });

  it('finds personal data in every field of an author, a tag and an event, and in comments', async () => {
    const author = [
      'name: Dana Field',
      'role: "Support lead, dana\\x40acme-corp.com"',
      'bio: Reach me at +1 415 555 0123.',
      '# personal: dana.field@gmail.com',
      'links:',
      '  - kind: website',
      '    url: https://dana.example.org/?m=dana%40acme-corp.com',
    ].join('\n');
    const found = await findings(author, {
      file: 'content/authors/dana.yaml',
      collection: 'authors',
    });
    expect(found.map((f) => `${f.line} ${f.rule}`).sort()).toEqual(
      ['2 personal-data', '3 personal-data', '4 personal-data', '7 personal-data'].sort(),
    );
    expect(await inBody('{/* reach dana@acme-corp.com */}\n\nText.\n')).toContain(
      '5 personal-data',
    );
  });

  it('passes what only looks like personal data', async () => {
    expect(
      await inBody(
        [
          'We looked at the dot com bubble, sent 4111 1111 1111 1112 test cards,',
          'kept the example SSN out, and ran `.env.local` on localhost.',
          'Order 42 was closed at 12:30.',
        ].join(' ') + '\n',
      ),
    ).toEqual([]);
  });
});
