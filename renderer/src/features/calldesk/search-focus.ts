import { useEffect } from 'react';

// Ctrl/Cmd+K and F2 put the caret in the call desk's search field from anywhere. The shell's
// hotkey navigates to the call desk and asks for focus; the field may not be mounted yet, so a
// request made while nobody listens waits for the field to mount.

let pending = false;
const listeners = new Set<() => void>();

export function requestSearchFocus(): void {
  if (listeners.size === 0) {
    pending = true;
    return;
  }
  for (const listener of listeners) listener();
}

/** Called by the search field: focus (and select what is typed) whenever it is asked for. */
export function useSearchFocusRequests(focus: () => void): void {
  useEffect(() => {
    listeners.add(focus);
    if (pending) {
      pending = false;
      focus();
    }
    return () => {
      listeners.delete(focus);
    };
  }, [focus]);
}
