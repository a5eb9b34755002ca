import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/** Marks the history entries a screen wrote itself, so they are not read back as news. */
const WRITTEN_HERE = { addressState: true } as const;

/**
 * A screen's choices (filters, a period) kept in the screen and copied to the address, so a link
 * can open the screen filtered and going back restores it — but never read back from the
 * address as it is written. The router updates the address in a transition: a keystroke or a
 * second filter set before it lands would start from the stale value and silently drop input.
 * An address the screen did not write (a link, the navigation while already here) is followed.
 */
export function useAddressState<T>(
  read: (params: URLSearchParams) => T,
  write: (state: T) => URLSearchParams,
): [T, (update: (current: T) => T) => void] {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState(() => read(params));
  const address = write(state).toString();

  const setParamsLatest = useRef(setParams);
  useEffect(() => {
    setParamsLatest.current = setParams;
  });
  useEffect(() => {
    setParamsLatest.current(new URLSearchParams(address), { replace: true, state: WRITTEN_HERE });
  }, [address]);

  const location = useLocation();
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (!(location.state as typeof WRITTEN_HERE | null)?.addressState)
      setState(read(new URLSearchParams(location.search)));
  }
  return [state, setState];
}
