// window.shopdesk for the browser harness: the same two functions the Electron preload
// exposes, over HTTP to the harness on 127.0.0.1. The run's secret travels as an HttpOnly cookie
// the harness set when this browser opened its one-time link: no script (and no other program
// reading the page) ever sees it; the harness refuses other Hosts and Origins.
(() => {
  const listeners = new Map();
  let source = null;

  function ensureEvents() {
    if (source) return;
    source = new EventSource('/__harness/events');
    source.onmessage = (message) => {
      const { event, payload } = JSON.parse(message.data);
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
  }

  window.shopdesk = Object.freeze({
    invoke: async (channel, input) => {
      try {
        const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return await response.json();
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'The ShopDesk harness is not reachable.' } };
      }
    },
    on: (event, listener) => {
      ensureEvents();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  });
})();
