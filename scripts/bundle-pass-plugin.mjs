// The bundle pass of `npm test` (TEST_BUNDLE=1, see web-test-runner.config.mjs): the element's
// test files run on dist/jetro-alibaba-faq.js, the module every reader downloads, with its
// minified templates, its mangled property names and its order of evaluation.
//
// - `src/jetro-alibaba-faq.ts`, the element's entry, which the tests and the editor import, is
//   served as the built module's export, so they get the bundle's class;
// - `src/jetro-alibaba-faq.component.ts`, the element's class in the sources, is refused: a test
//   that imports it would test the sources in the bundle pass without anyone seeing;
// - every test file of the pass ends with a check that `<jetro-alibaba-faq>` was defined, and by
//   the bundle (a file that never uses the element belongs to the source-only list).
// The pure modules (src/ids.ts, src/search/*, src/content/*…) are still served from the sources:
// the bundle does not export them, and the tests that import them test them, not the element.

/**
 * The test files that do not run in the bundle pass, and why: they test no element, only
 * modules that the bundle does not export (and so would run on the sources a second time),
 * or they load the built module already.
 */
export const SOURCE_ONLY = [
  // Pure functions of src/anchors.ts and src/roving-focus.ts.
  'test/anchors.test.ts',
  // src/content/: the validator and the rich-text parser, on documents.
  'test/content-model.test.ts',
  'test/fetch-deadline.test.ts',
  // The editor's list of changes and the build's YAML step, in Node's code.
  'test/editor-changes.test.ts',
  // src/long-faq.ts's controller, on a stub host.
  'test/long-faq.test.ts',
  // scripts/minify-templates.mjs, a build step.
  'test/minify-templates.test.ts',
  // src/search/: normalisation, the index and the highlighting; romaji, words and the forgiving steps.
  'test/search-normalize.test.ts',
  'test/search-steps.test.ts',
  // Loads dist/jetro-alibaba-faq.js in a frame, in both passes alike.
  'test/standalone-module.test.ts',
];

export const BUNDLE = '/dist/jetro-alibaba-faq.js';
const ENTRY = '/src/jetro-alibaba-faq.ts';
const CLASS_SOURCE = '/src/jetro-alibaba-faq.component.ts';

const entryFromBundle = `// Served by scripts/bundle-pass-plugin.mjs in place of the sources' entry.
import { JetroAlibabaFaq } from '${BUNDLE}';
if (!JetroAlibabaFaq || customElements.get('jetro-alibaba-faq') !== JetroAlibabaFaq)
  throw new Error('bundle pass: <jetro-alibaba-faq> is not the class of ${BUNDLE}');
export { JetroAlibabaFaq };
`;

const refused = `export let JetroAlibabaFaq;\nthrow new Error('bundle pass: ${CLASS_SOURCE} was imported, so this file would test the sources; import the element from src/jetro-alibaba-faq.js, which the bundle pass serves from ${BUNDLE}');\n`;

// Appended to each test file: a root hook, after the file's last test, that fails the file unless
// the element it tested is the bundle's.
const definedByBundle = `
after('<jetro-alibaba-faq> came from ${BUNDLE}', async () => {
  // Read before the import below, which would define it.
  const defined = customElements.get('jetro-alibaba-faq');
  if (!defined) throw new Error('bundle pass: this file never defined <jetro-alibaba-faq>; if it tests no element, add it to SOURCE_ONLY in scripts/bundle-pass-plugin.mjs');
  const { JetroAlibabaFaq } = await import('${BUNDLE}');
  if (defined !== JetroAlibabaFaq) throw new Error('bundle pass: <jetro-alibaba-faq> was defined by another script than ${BUNDLE}');
});
`;

/** @returns {import('@web/dev-server-core').Plugin} */
export function bundlePassPlugin() {
  return {
    name: 'bundle-pass',
    serve(context) {
      if (context.path === ENTRY) return { body: entryFromBundle, type: 'js' };
      if (context.path === CLASS_SOURCE) return { body: refused, type: 'js' };
      return undefined;
    },
    transform(context) {
      if (!/^\/test\/.*\.test\.ts$/.test(context.path)) return undefined;
      return { body: `${context.body}\n${definedByBundle}` };
    },
  };
}

/**
 * `executeServerCommand('public-names')`, in both passes: the element's public names from the
 * manifest that `npm run build` wrote, and the keys of the interface strings and the events'
 * details, read from the sources as the build reads them (scripts/reserved-names.mjs).
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function publicNamesPlugin() {
  return {
    name: 'public-names',
    async executeCommand({ command }) {
      if (command !== 'public-names') return undefined;
      const { publicNamesOf, publicTypeKeys } = await import('./reserved-names.mjs');
      const { readFile } = await import('node:fs/promises');
      const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
      return { ...publicNamesOf(manifest), attributeTypes: attributeTypesOf(manifest), typeKeys: publicTypeKeys() };
    },
  };
}

/** attribute → [property, type as the manifest writes it]. */
function attributeTypesOf(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
  return Object.fromEntries(declarations.flatMap((d) => d.attributes ?? []).map((a) => [a.name, [a.fieldName, a.type?.text ?? 'string']]));
}
