// window.shopdesk for the browser harness: the same two functions the Electron preload
// exposes, over HTTP to the harness on 127.0.0.1. The per-run token comes from a <meta> the
// harness injects into index.html (another site cannot read it) and goes in a custom header
// (another site cannot send one without a CORS preflight the harness never grants).
(() => {
  const meta = document.querySelector('meta[name="shopdesk-harness-token"]');
  const token = meta ? meta.getAttribute('content') : '';
  const listeners = new Map();
  let source = null;

  function ensureEvents() {
    if (source) return;
    source = new EventSource(`/__harness/events?token=${encodeURIComponent(token)}`);
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
          headers: { 'content-type': 'application/json', 'x-shopdesk-token': token },
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
