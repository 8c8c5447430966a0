// Terser for the standalone module, in place of Vite's own (`build.minify: false`), so that the
// reserved property names can be generated during the build: the names of the third-party code
// are read from the modules the bundle is made of (scripts/reserved-names.mjs gives the rest).
// Otherwise it calls terser as Vite would for an ES library.
import { minify } from 'terser';
import ts from 'typescript';
import { renamedNamesLeaving } from './renamed-names-check.mjs';
import { propertyNamesIn, reservedNames } from './reserved-names.mjs';

/** How many times `code` writes each property name: `a.name`, `{ name: … }`, `{ name }`, a class's `name() {}`. */
function propertyUses(code) {
  const uses = new Map();
  const count = (name) => {
    if (ts.isIdentifier(name)) uses.set(name.text, (uses.get(name.text) ?? 0) + 1);
  };
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) || ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) count(node.name);
    else if (ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) count(node.name);
    else if (ts.isBindingElement(node) && node.propertyName) count(node.propertyName);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS));
  return uses;
}

/**
 * Terser names the renamed properties in the order it meets them, so a name written once near the
 * top (in Lit) can take one of the few one-letter names and the element's `_host`, written 30 times,
 * a two-letter one. A first run gives the names terser found it can use; the second hands them out
 * again, the shortest to the name written most often. Only the assignment changes: the same names,
 * each safe as terser chose it, and the same reserved list.
 */
async function minifyShortestToMostUsed(code, options) {
  const withCache = (props) => ({ ...options, mangle: { ...options.mangle, properties: { ...options.mangle.properties, cache: { props } } } });
  const first = new Map();
  const { code: firstCode } = await minify(code, withCache(first));
  // The names renamed are the bundle's own: none may leave it (scripts/renamed-names-check.mjs).
  const leaving = renamedNamesLeaving(new Set(first.keys()));
  if (leaving.length) throw new Error(`renamed property names that leave the bundle; write them in quotes:\n${leaving.join('\n')}`);
  const uses = propertyUses(firstCode);
  const mostUsed = [...first].sort(([, a], [, b]) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0)).map(([name]) => name);
  const shortest = [...first.values()].sort((a, b) => a.length - b.length);
  return minify(code, withCache(new Map(mostUsed.map((name, i) => [name, shortest[i]]))));
}

/**
 * @param {import('terser').MinifyOptions} terserOptions what to give terser; `mangle.properties.reserved`
 *   is filled in here.
 * @returns {import('vite').Plugin}
 */
export function minifyBundlePlugin(terserOptions) {
  const thirdParty = new Set();
  return {
    name: 'minify-bundle',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      const file = id.replace(/[?#].*$/, '');
      if (file.includes('/node_modules/') && /\.[cm]?js$/.test(file)) for (const name of propertyNamesIn(file, code)) thirdParty.add(name);
      return null;
    },
    async renderChunk(code, chunk, output) {
      const { names, counts } = reservedNames(thirdParty);
      const properties = terserOptions.mangle?.properties;
      const options = {
        safari10: true,
        ...terserOptions,
        mangle: properties ? { ...terserOptions.mangle, properties: { ...properties, reserved: names } } : terserOptions.mangle,
        // No comments, as Vite gives none (Lit's licence is in the package's files); the
        // /* @__PURE__ */ marks stay for a bundler, as Vite keeps them for a library.
        format: { comments: false, ...terserOptions.format, preserve_annotations: true },
        sourceMap: Boolean(output.sourcemap),
        module: true,
      };
      const result = properties ? await minifyShortestToMostUsed(code, options) : await minify(code, options);
      if (properties && process.env.RESERVED_NAMES_LOG === '1') console.log(`${chunk.fileName}: ${names.length} reserved property names`, counts);
      return { code: result.code, map: result.map };
    },
  };
}
