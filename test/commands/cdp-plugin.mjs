// A test-runner plugin giving tests the DevTools protocol of their own page:
//   executeServerCommand('cdp', { method, params }) → the protocol's result.
// Used for the accessibility tree, media emulation (forced colours, reduced
// motion, colour scheme) and time-zone overrides.
//
// One DevTools session per browser page, reused by every test file that page runs:
// Chromium refuses a time-zone override from a second session while the first one's
// is in effect ("Timezone override is already in effect").
export function cdpPlugin() {
  const clients = new WeakMap();
  return {
    name: 'cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      const page = session.browser.getPage(session.id);
      let client = clients.get(page);
      if (!client) {
        client = await page.target().createCDPSession();
        clients.set(page, client);
      }
      return client.send(payload.method, payload.params ?? {});
    },
  };
}
