import { useEffect } from 'react';

/** While something is unsent, leaving the page (closing the tab, following a link) asks first. */
export function useUnsentWarning(unsent: boolean): void {
  useEffect(() => {
    if (!unsent) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsent]);
}
