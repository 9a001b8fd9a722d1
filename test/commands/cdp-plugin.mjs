// A test-runner plugin giving tests the DevTools protocol of their own page:
//   executeServerCommand('cdp', { method, params }) → the protocol's result.
// Used for the accessibility tree, media emulation (forced colours, reduced
// motion, colour scheme) and time-zone overrides.
export function cdpPlugin() {
  const sessions = new Map();
  return {
    name: 'cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp || cdp.page !== page) {
        cdp = { page, client: await page.target().createCDPSession() };
        sessions.set(session.id, cdp);
      }
      return cdp.client.send(payload.method, payload.params ?? {});
    },
  };
}
