import { evidenceFor, overclaims } from '../../domain/learning-loop/evidence.ts';
import type { LessonFacts } from '../../domain/learning-loop/facts.ts';
import { EVIDENCE_NEEDED } from '../../schemas/pattern.ts';
import { CONFIDENCE } from '../../schemas/vocabulary.ts';
import type { CheckedEntry } from '../../reader/read-entries.ts';
import { locate } from '../../reader/source.ts';
import type { Finding, Library, RuleContext } from '../types.ts';

type RawLesson = { patterns?: unknown; event?: unknown };

/** The citations every lesson makes, read from raw frontmatter so one broken lesson never hides evidence. */
export function citations(entries: readonly CheckedEntry[]): LessonFacts[] {
  return entries
    .filter((e) => e.collection === 'lessons')
    .map((e) => {
      const data = (e.source.data ?? {}) as RawLesson;
      const patterns = Array.isArray(data.patterns)
        ? data.patterns.filter((p): p is string => typeof p === 'string')
        : [];
      const event = typeof data.event === 'string' ? data.event : undefined;
      return {
        id: e.id,
        title: e.id,
        published: new Date(0),
        event,
        lens: '',
        failureKind: '',
        patterns,
        traps: [],
        actions: [],
      };
    });
}

/** The lessons citing each pattern, in library order: evidenceFor would otherwise scan every lesson for every pattern. */
export function citingLessons(lessons: readonly LessonFacts[]): Map<string, LessonFacts[]> {
  const citing = new Map<string, LessonFacts[]>();
  for (const lesson of lessons) {
    for (const pattern of new Set(lesson.patterns)) {
      const list = citing.get(pattern);
      if (list) list.push(lesson);
      else citing.set(pattern, [lesson]);
    }
  }
  return citing;
}

/**
 * A pattern that claims more confidence than the lessons citing it and its known uses support;
 * `knownUses` is countKnownUses of the pattern's body, which the per-file analysis counts (and caches).
 */
export function checkEvidence(
  entry: CheckedEntry,
  fields: Record<string, unknown>,
  citing: ReadonlyMap<string, readonly LessonFacts[]>,
  knownUses: number,
): Finding[] {
  const confidence = fields['confidence'] as 1 | 2 | 3 | undefined;
  if (entry.collection !== 'patterns' || confidence === undefined) return [];
  const evidence = evidenceFor(
    { id: entry.id, title: '', confidence, knownUses },
    citing.get(entry.id) ?? [],
  );
  if (!overclaims(evidence)) return [];
  const missing = evidence.needed - evidence.instances;
  const lower =
    ([3, 2, 1] as const).find((level) => evidence.instances >= EVIDENCE_NEEDED[level]) ?? 1;
  return [
    {
      file: entry.source.file,
      ...locate(entry.source, ['confidence']),
      rule: 'evidence',
      severity: 'error',
      message:
        `confidence ${confidence} (${CONFIDENCE[confidence].label.toLowerCase()}) needs ${evidence.needed} independent instances; this pattern has ${evidence.instances} ` +
        `(${evidence.events.length} event(s) and ${evidence.unattached} other lesson(s) citing it, ${evidence.knownUses} known use(s)). ` +
        `Add ${missing} more known use(s) under ## Known uses, or claim confidence ${lower} until lessons cite it.`,
    },
  ];
}

/** The `evidence` rule, on each checked pattern, with the known uses analyseFile counted in its body. */
export default async function evidence(library: Library, context: RuleContext): Promise<void> {
  const citing = citingLessons(citations(library.all));
  const analyses = await library.analyses();
  for (const entry of library.entries) {
    context.report(
      ...checkEvidence(
        entry,
        library.schema(entry).fields,
        citing,
        analyses.get(entry.source.file)?.knownUses ?? 0,
      ),
    );
  }
}
