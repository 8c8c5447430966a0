// Terser for the standalone module, in place of Vite's own (`build.minify: false`), so that the
// reserved property names can be generated during the build: the names of the third-party code
// are read from the modules the bundle is made of (scripts/reserved-names.mjs gives the rest).
// Otherwise it calls terser as Vite would for an ES library.
import { minify } from 'terser';
import { propertyNamesIn, reservedNames } from './reserved-names.mjs';

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
      const result = await minify(code, options);
      if (properties && process.env.RESERVED_NAMES_LOG === '1') console.log(`${chunk.fileName}: ${names.length} reserved property names`, counts);
      return { code: result.code, map: result.map };
    },
  };
}
