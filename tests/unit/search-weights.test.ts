import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { SITUATION_WEIGHT, weighProblemSections } from '../../src/view/search-weights.ts';

const BODY = [
  '<h2 id="context">Context</h2><p>You are about to commit.</p>',
  '<h2 id="problem">Problem</h2><p>Dissent is costly.</p><ul><li>Forces</li></ul>',
  '<h2 id="solution">Solution</h2><p>Change the question.</p>',
].join('\n');

describe('weighing a pattern’s problem sections', () => {
  it('weighs every block of Context and Problem for search, and nothing else', () => {
    const html = parse(weighProblemSections(BODY));
    const weighed = html
      .querySelectorAll('[data-pagefind-weight]')
      .map((element) => [element.text, element.getAttribute('data-pagefind-weight')]);
    const weight = String(SITUATION_WEIGHT.patternProblem);
    expect(weighed).toEqual([
      ['You are about to commit.', weight],
      ['Dissent is costly.', weight],
      ['Forces', weight],
    ]);
    expect(html.querySelector('h2#solution + p')?.hasAttribute('data-pagefind-weight')).toBe(false);
  });
});
