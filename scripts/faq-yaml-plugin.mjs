// Serves `data/*.yaml` to the test runner as an ES module whose default export
// is the parsed document, or with `?raw` its text, as Vite does. Vite also
// validates it (vite.config.ts); the tests validate it in their own right.
import { parse } from 'yaml';

/** Turns YAML source into the text of an ES module. */
export function yamlToModule(source) {
  return `export default ${JSON.stringify(parse(source))};`;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function faqYamlPlugin() {
  return {
    name: 'faq-yaml',
    resolveMimeType(context) {
      if (context.path.endsWith('.yaml')) return 'js';
    },
    transform(context) {
      if (!context.path.endsWith('.yaml')) return;
      if (context.URL.searchParams.has('raw')) return { body: `export default ${JSON.stringify(context.body)};` };
      return { body: yamlToModule(context.body) };
    },
  };
}
