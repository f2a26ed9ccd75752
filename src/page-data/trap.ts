import { PAGE_IDS } from '../markdown/page-ids.ts';
import { cameBack } from '../domain/learning-loop/recurrence.ts';
import { common, factLookups, h2s, shown, titled } from './common.ts';
import type { PageInputs, TrapPage } from './types.ts';

/** Everything a trap's page shows: what counters it, and the lessons it caught again after a verified fix. */
export function trapPage(inputs: PageInputs, id: string): TrapPage {
  const { library } = inputs;
  const entry = library.get.traps(id);
  const aside = library.backlinks('traps', id).map((list) => shown(library, 'traps', id, list));
  const came = cameBack(factLookups(inputs.facts).recurrences.get(id) ?? []);
  const outline = [
    { slug: PAGE_IDS.warningSigns, text: 'Watch for' },
    ...(came.length ? [{ slug: PAGE_IDS.cameBack, text: 'Came back after a fix' }] : []),
    ...h2s(entry),
  ];
  return {
    ...common(inputs, 'traps', entry, outline, aside),
    entry,
    cameBack: came,
    counterMoves: titled(library, library.graph.counterMovesFor(id), 'patterns'),
  };
}
