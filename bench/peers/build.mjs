// The library peers' files, built from node_modules when the benchmark starts
// and served by its own server (no CDN). Each peer is cherry-picked and
// minified as a host page with a build step would ship it: one module for the
// component, and the CSS it needs.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';
import { build } from 'vite';

const root = new URL('../..', import.meta.url);

/** `entry` and everything it imports, bundled into one minified ES module, in memory. */
async function bundle(entry) {
  const output = await build({
    configFile: false,
    root: fileURLToPath(root),
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), formats: ['es'], fileName: () => 'peer.js' },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  if (chunks.length !== 1) throw new Error(`${entry}: expected one module, Vite made ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
  return Buffer.from(chunks[0].code);
}

/** Served path → file contents. */
export async function buildPeers() {
  const govukCss = sass.compile(fileURLToPath(new URL('govuk-accordion.scss', import.meta.url)), {
    loadPaths: [fileURLToPath(new URL('node_modules/govuk-frontend/dist', root))],
    style: 'compressed',
    quietDeps: true,
  }).css;
  return {
    '/peers/govuk-accordion.js': await bundle('govuk-accordion.mjs'),
    '/peers/govuk-accordion.css': Buffer.from(govukCss),
    '/peers/shoelace-details.js': await bundle('shoelace-details.mjs'),
    '/peers/shoelace-light.css': readFileSync(new URL('node_modules/@shoelace-style/shoelace/dist/themes/light.css', root)),
  };
}
