import { useState } from 'react';

// A person's view choices on this computer (the board's compact view): kept across restarts in
// the renderer's local storage, like the interface language. Not shop data, so not in the database.

function read(key: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(key);
    return stored === null ? fallback : stored === 'true';
  } catch {
    return fallback;
  }
}

/** A yes/no view choice that the next start opens with. */
export function useRememberedFlag(key: string, fallback = false): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => read(key, fallback));
  const set = (next: boolean) => {
    setValue(next);
    try {
      window.localStorage.setItem(key, String(next));
    } catch {
      // Not remembering is harmless: the view still switches now.
    }
  };
  return [value, set];
}
