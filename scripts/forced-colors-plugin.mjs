// A test-runner command the built-in emulateMedia lacks: forced colours
// (Windows high contrast), emulated in Chromium over the DevTools Protocol.
// In the browser: executeServerCommand('emulate-forced-colors', 'active' | 'none').

export function forcedColorsPlugin() {
  // Emulation lasts as long as the DevTools session that set it: keep it open until 'none'.
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') {
        throw new Error(`forced colours can only be emulated in Chromium, not ${session.browser.name}`);
      }
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload === 'active' ? 'active' : 'none' }] });
      if (payload !== 'active') {
        sessions.delete(session.id);
        await cdp.detach();
      }
      return true;
    },
  };
}
