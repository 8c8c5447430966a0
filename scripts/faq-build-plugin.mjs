// A test-runner command that runs the build's own YAML step on a text, in Node:
// the faq-yaml plugin of vite.config.ts, loaded as `npm run build` loads it.
// In the browser: executeServerCommand('faq-yaml-build', { source }) answers
// { document } (what the build puts in the module) or { error } (its message).
import { resolve } from 'node:path';
import { loadConfigFromFile } from 'vite';

export function faqBuildPlugin() {
  let faqYaml;
  return {
    name: 'faq-yaml-build',
    async executeCommand({ command, payload }) {
      if (command !== 'faq-yaml-build') return undefined;
      faqYaml ??= loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts', process.cwd(), 'silent').then(({ config }) =>
        config.plugins.flat(Infinity).find((plugin) => plugin?.name === 'faq-yaml'),
      );
      const plugin = await faqYaml;
      // What Rollup's this.error does: stop the build with the message.
      const context = {
        error(message) {
          throw new Error(message);
        },
      };
      try {
        const { code } = plugin.transform.call(context, payload.source, resolve('data/faq.yaml'));
        return { document: JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) };
      } catch (error) {
        return { error: error.message };
      }
    },
  };
}
