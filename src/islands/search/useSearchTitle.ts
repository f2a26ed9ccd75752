import { useEffect } from 'react';

/** The page's title starts with the query, so a tab and the history name the search. */
export function useSearchTitle(query: string): void {
  useEffect(() => {
    const title = document.title.replace(/^“.*” · /, '');
    document.title = query.trim() ? `“${query.trim()}” · ${title}` : title;
  }, [query]);
}
