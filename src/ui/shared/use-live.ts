import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The value of a Dexie query, kept current: Dexie re-runs it when a write in any extension context
 * (the background) touches what it read, so a new event shows without polling.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): { value: T | undefined; error?: Error } {
  const [state, setState] = useState<{ value: T | undefined; error?: Error }>({ value: undefined });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error: error as Error })),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
