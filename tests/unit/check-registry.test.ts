// The registry of check rules is the one list of them: the documents that list rules, the cache's
// fingerprint and the fixtures' findings are held to it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependenciesOf } from '../../src/reader/fingerprint.ts';
import { RULE_CODE } from '../../src/check/runner/cache.ts';
import { checkSource } from '../../src/check/runner/paths.ts';
import { rules } from '../../src/check/rules/index.ts';
import { ROOT } from '../helpers/build.ts';
import { CASES, caseNames } from './check-fixtures.ts';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const ids = (text: string) =>
  [...text.matchAll(/`([a-z-]+)`/g)].map((match) => match[1] as string).sort();
const sorted = (list: readonly string[]) => [...list].sort();
const registered = sorted(rules.map((rule) => rule.id));

/** README.md's sentence that lists the rules: "The check's rules: `schema`, …." */
const readmeList = () => /The check's rules: ([^.]*)\./.exec(read('README.md'))?.[1] ?? '';
/** The rows of CONTRIBUTING.md's rules table, by the rule in their first cell. */
const contributingRows = () =>
  [...read('CONTRIBUTING.md').matchAll(/^\| `([a-z-]+)`( \(warning\))? \|/gm)].map(
    ([, id = '', warning]) => ({ id, warning: Boolean(warning) }),
  );
/** CONTRIBUTING.md's sentence naming the rules that can be silenced, and its list of those that cannot. */
const waiverLists = () => {
  const match = /can be silenced: ([^.]*)\.[\s\S]*?silences nothing:\s([^.]*)\./.exec(
    read('CONTRIBUTING.md'),
  );
  return { waivable: ids(match?.[1] ?? ''), unwaivable: ids(match?.[2] ?? '') };
};

describe('the registry of check rules', () => {
  it('declares each rule once', () => {
    expect(new Set(registered).size).toBe(registered.length);
  });

  it("lists the same rules as README.md's list of rules", () => {
    expect(ids(readmeList())).toEqual(registered);
  });

  it("lists the same rules as CONTRIBUTING.md's rules table, and marks its warnings there", () => {
    expect(sorted(contributingRows().map((row) => row.id))).toEqual(registered);
    const warnings = rules.filter((rule) => rule.severity === 'warning').map((rule) => rule.id);
    expect(
      sorted(
        contributingRows()
          .filter((row) => row.warning)
          .map((row) => row.id),
      ),
    ).toEqual(sorted(warnings));
    for (const id of warnings) expect(readmeList()).toContain(`\`${id}\` (a warning)`);
  });

  it('lets exactly the rules CONTRIBUTING.md says can be silenced be silenced', () => {
    const { waivable, unwaivable } = waiverLists();
    expect(waivable).toEqual(sorted(rules.filter((rule) => rule.waivable).map((rule) => rule.id)));
    expect(unwaivable).toEqual(
      sorted(rules.filter((rule) => !rule.waivable).map((rule) => rule.id)),
    );
  });

  it('gives every rule a module named by its id, whose default export is its check', async () => {
    const modules = readdirSync(checkSource('rules'));
    for (const rule of rules) {
      expect(modules, rule.id).toContain(`${rule.id}.ts`);
      expect(rule.description, rule.id).toMatch(/^[^\n]{10,120}$/);
      expect(typeof (await rule.load()).default, rule.id).toBe('function');
    }
  });

  it("names only registered rules in the fixtures' findings", () => {
    const printed = caseNames().flatMap((name) =>
      [
        ...readFileSync(join(CASES, name, 'expected.txt'), 'utf8').matchAll(
          /^\S+:\d+:\d+ {2}(\S+)(?: \(warning\))? {2}/gm,
        ),
      ].map((match) => match[1] as string),
    );
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.filter((id) => !registered.includes(id))).toEqual([]);
  });

  it("covers every rule module in the per-file cache's fingerprint", () => {
    // The fingerprint follows imports from analyse.ts, which reaches the rules through the registry (see runner/cache.ts, RULE_CODE).
    const code = RULE_CODE.map(checkSource);
    // A path that names no file would leave its module out of the fingerprint without a word.
    expect(code.filter((file) => !existsSync(file))).toEqual([]);
    const { modules } = dependenciesOf(code);
    const dir = checkSource('rules');
    const ruleModules = readdirSync(dir).filter((file) => file.endsWith('.ts'));
    expect(ruleModules.filter((file) => !modules.has(join(dir, file)))).toEqual([]);
  });
});
