import { Fragment, type Ref } from 'react';
import { SEARCH_TYPES } from '../../view/search-facets.ts';
import { formatDate } from '../../view/dates-and-counts.ts';
import { excerptCuts, excerptParts } from './excerpt.ts';
import type { ResultData } from './pagefind.ts';

// The badge colour of each `type` value; author profiles wear the lesson colour, as on their pages.
const BADGES = Object.fromEntries(
  Object.entries(SEARCH_TYPES).map(([kind, value]) => [
    value,
    kind === 'authors' ? 'lessons' : kind,
  ]),
);

interface Props {
  results: readonly ResultData[];
  /** Whether the reader typed words, so there are matches to show. */
  hasQuery: boolean;
  listRef: Ref<HTMLOListElement>;
  busy: boolean;
}

/** The list of result cards. */
export function Results({ results, hasQuery, listRef, busy }: Props) {
  return (
    <ol className="results" ref={listRef} aria-busy={busy}>
      {results.map((result) => (
        <li key={result.url}>
          <Result result={result} hasQuery={hasQuery} />
        </li>
      ))}
    </ol>
  );
}

function Result({ result, hasQuery }: { result: ResultData; hasQuery: boolean }) {
  const { meta } = result;
  const title = meta['title'] ?? result.url;
  const date = meta['date'];
  const type = result.filters['type']?.[0] ?? '';
  // The section before the first heading is the page itself, already linked by the title.
  const sections = result.sub_results
    .filter((sub) => sub.anchor && sub.url !== result.url)
    .slice(0, 3);
  return (
    <article className="result">
      <p className="eyebrow">
        <span className={`badge badge--${BADGES[type] ?? 'lessons'}`}>{meta['type']}</span>
        {date && <time dateTime={date}>{formatDate(new Date(date))}</time>}
      </p>
      <h3 className="result__title">
        <a href={result.url}>{title}</a>
      </h3>
      <p className="result__summary">{meta['summary']}</p>
      {meta['authors'] && <p className="result__meta">By {meta['authors']}</p>}
      {/* The summary says what the entry is; the excerpts show where the words were found. */}
      {hasQuery && sections.length > 0 && (
        <ul className="result__matches" aria-label={`Matching sections of ${title}`}>
          {sections.map((sub) => (
            <li key={sub.url}>
              <a href={sub.url}>{sub.title}</a>
              <span className="result__excerpt">
                <Excerpt text={sub.excerpt} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {hasQuery && sections.length === 0 && (
        <p className="result__matches result__excerpt">
          <Excerpt text={result.excerpt} />
        </p>
      )}
    </article>
  );
}

function Excerpt({ text }: { text: string }) {
  const parts = excerptParts(text);
  const cut = excerptCuts(parts);
  return (
    <>
      {cut.start && '…'}
      {parts.map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
      {cut.end && '…'}
    </>
  );
}
