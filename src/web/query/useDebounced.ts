import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `ms`: a read keyed by what the user is still typing
 * asks once they pause, not on every keystroke. Compared by JSON, so a new object holding the
 * same values does not restart the wait.
 */
export function useDebounced<T>(value: T, ms: number): T {
  const json = JSON.stringify(value);
  const [settled, setSettled] = useState(json);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(json), ms);
    return () => window.clearTimeout(timer);
  }, [json, ms]);
  return (settled === undefined ? undefined : JSON.parse(settled)) as T;
}
