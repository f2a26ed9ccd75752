import ActionTable from './ActionTable.astro';
import Callout from './Callout.astro';
import FourQuestions from './FourQuestions.astro';
import PatternRef from './PatternRef.astro';
import Timeline from './Timeline.astro';
import TrapRef from './TrapRef.astro';
import type { AuthorComponentName } from './allowlist.ts';

/** The author components, by the name an entry writes; passed to every entry's <Content components>. */
export const authorComponents = { ActionTable, Callout, FourQuestions, PatternRef, Timeline, TrapRef } satisfies Record<AuthorComponentName, unknown>;
