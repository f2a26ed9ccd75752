import ActionTable from '../author/ActionTable.astro';
import EntryRef from '../author/EntryRef.astro';
import Callout from './Callout.astro';
import FourQuestions from './FourQuestions.astro';
import Link from './Link.astro';
import '../author/author.css';

/**
 * The components every site page may use without importing them: the same ones, drawn by the same code, as an
 * entry's Callout, FourQuestions, PatternRef/TrapRef and ActionTable; and `a`, so a Markdown link to `/patterns/`
 * lands under the site's base. Site pages may import anything else too.
 */
export const PROSE_COMPONENTS = { ActionTable, Callout, EntryRef, FourQuestions, a: Link };
