import { useEffect, useState } from 'react';

/**
 * How many of `total` parts below the first screen may be drawn yet: none until `start`, then one
 * more each time the browser is idle, until all are. The window shows the first screen (the
 * totals and the chart of losses by cause) as soon as it is drawn, instead of after every chart
 * of the page: on the benchmark shop the whole page took some 500 ms of rendering, most of it
 * recharts laying out charts nobody sees yet. Once drawn, a part stays (a new period redraws in
 * place, without this staging).
 */
export function useStagedMount(start: boolean, total: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (!start || shown >= total) return;
    // After the next paint, when nothing more urgent waits (at the latest after 150 ms).
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 16));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => setShown((n) => n + 1), { timeout: 150 });
    return () => cancel(handle);
  }, [start, shown, total]);
  return shown;
}
