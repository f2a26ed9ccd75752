import { evidenceFor } from '../domain/learning-loop/evidence.ts';
import { PATTERN_RELATIONS, keysOf } from '../schemas/vocabulary.ts';
import { firstSentence } from '../view/body-sections.ts';
import { common, factLookups, h2s, shown, titled } from './common.ts';
import { renderedBody } from './library.ts';
import type { PageInputs, PatternPage } from './types.ts';

/** Everything a pattern's page shows: its evidence, its typed relations read from both ends, what it counters. */
export function patternPage(inputs: PageInputs, id: string): PatternPage {
  const { library } = inputs;
  const entry = library.get.patterns(id);
  const { graph } = library;
  const facts = factLookups(inputs.facts);
  // Typed relations read from both ends: "refines" here is "refined by" on the other pattern.
  const relations = keysOf(PATTERN_RELATIONS).flatMap((type) => [
    ...graph
      .outgoing('patterns', id, `relations:${type}`)
      .map((other) => ({ label: PATTERN_RELATIONS[type].label, id: other })),
    ...graph
      .incoming('patterns', id, 'patterns', `relations:${type}`)
      .map((other) => ({ label: PATTERN_RELATIONS[type].inverse, id: other })),
  ]);
  const aside = library
    .backlinks('patterns', id)
    .map((list) => shown(library, 'patterns', id, list));
  return {
    ...common(
      inputs,
      'patterns',
      entry,
      [{ slug: 'at-a-glance', text: 'At a glance' }, ...h2s(entry)],
      aside,
    ),
    entry,
    evidence: evidenceFor(facts.pattern.get(id)!, facts.citing.get(id) ?? []),
    relations: relations.map((r) => ({ ...r, title: library.get.patterns(r.id).data.title })),
    useWhen: firstSentence(renderedBody(entry).html, 'context'),
    counters: titled(library, graph.trapsCounteredBy(id), 'traps'),
  };
}
