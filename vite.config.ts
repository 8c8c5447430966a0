import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { parseDocument } from 'yaml';
import { fallbackHtml } from './scripts/fallback-html.js';
import { FaqYamlError, faqJson, readFaqYaml } from './scripts/faq-yaml.js';
import { minifyBundlePlugin } from './scripts/minify-bundle.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { parseFaqDocument } from './src/content/parse.js';

/**
 * `import x from '…/faq.yaml'`: the parsed document, validated with the same
 * code that checks content at run time. A bad file fails the build with its
 * name and the place of the problem, such as `items[3].answer`.
 */
function faqYaml({ emitData }: { emitData: boolean }): Plugin {
  const documents = new Map<string, unknown>();
  return {
    name: 'faq-yaml',
    transform(source, id) {
      if (!id.endsWith('.yaml')) return null;
      const file = relative(process.cwd(), id);
      let value: unknown;
      try {
        value = readFaqYaml(source, file).document;
      } catch (error) {
        if (error instanceof FaqYamlError) this.error(error.message);
        throw error;
      }
      documents.set(id, value);
      // The corrections are for the content owner, checked above; no visitor needs their bytes.
      return { code: `export default ${JSON.stringify(value, (key, v: unknown) => (key === 'corrections' ? undefined : v))};`, map: null };
    },
    // Beside the module: the content as JSON with its schema (the package's ./data),
    // and the plain-HTML fallback to paste inside the element.
    generateBundle() {
      if (!emitData) return;
      for (const value of documents.values()) {
        this.emitFile({ type: 'asset', fileName: 'faq.json', source: faqJson(value) });
        this.emitFile({ type: 'asset', fileName: 'faq.schema.json', source: readFileSync('data/faq.schema.json', 'utf8') });
        this.emitFile({ type: 'asset', fileName: 'jetro-alibaba-faq.fallback.html', source: fallbackHtml(parseFaqDocument(value)) });
      }
    },
  };
}

/**
 * Prints the standalone module's size and its Subresource Integrity hash, and writes the
 * hash to dist/integrity.json (the package's `./integrity`), so that someone who installs
 * the package and does not build it has the value for the script tag's `integrity`.
 */
function reportModule(): Plugin {
  return {
    name: 'report-module',
    apply: 'build',
    writeBundle(options, bundle) {
      const hashes: Record<string, string> = {};
      for (const name of Object.keys(bundle)) {
        if (!name.endsWith('.js')) continue;
        const code = readFileSync(`${options.dir}/${name}`);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        hashes[name] = `sha384-${createHash('sha384').update(code).digest('base64')}`;
        console.log(`\n${options.dir}/${name}: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
        console.log(`integrity="${hashes[name]}"`);
      }
      writeFileSync(`${options.dir}/integrity.json`, `${JSON.stringify(hashes, null, 2)}\n`);
    },
  };
}

/**
 * The standalone module defines the element only where there is a DOM. Its bundled Lit
 * reads `HTMLElement` and `document` as it loads, so a server build or a worker that imports
 * it would throw; wrapped in this check, it loads there as a module that defines nothing
 * (and exports `JetroAlibabaFaq` as `undefined`). It stays one module, fit for a script tag.
 * The check wraps the minified code, after terser, so terser cannot move anything out of it.
 */
function definesOnlyWithDom(): Plugin {
  return {
    name: 'defines-only-with-dom',
    apply: 'build',
    generateBundle(output, bundle) {
      // A build with a source map is the benchmark's, for profiling in a browser: wrapping its
      // one line would shift every column the map points at, and no server imports it.
      if (output.sourcemap) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // The bundle has no import (everything is inside) and one export statement, at its end.
        const end = /export\s*\{\s*([\w$]+) as JetroAlibabaFaq\s*\};?\s*$/.exec(chunk.code);
        if (!end || /\bimport\b\s*[{*"'(]|\bimport\.meta\b/.test(chunk.code))
          this.error(`${chunk.fileName}: expected one module without imports that ends by exporting JetroAlibabaFaq`);
        // The /* @__PURE__ */ marks are for a bundler, and nothing bundles this file again (they come back after terser).
        const body = chunk.code.slice(0, end.index).replaceAll('/* @__PURE__ */', '');
        chunk.code = `let JetroAlibabaFaq;if(typeof document<"u"&&typeof customElements<"u"){${body};JetroAlibabaFaq=${end[1]}}export{JetroAlibabaFaq};\n`;
      }
    },
  };
}

/**
 * The demo embeds the widget as the README advises: with the plain-HTML
 * fallback inside, which shows until the element renders (and keeps the page
 * from shifting when it does).
 */
function demoFallback(): Plugin {
  const MARKER = '<!-- jetro-alibaba-faq:fallback -->';
  return {
    name: 'demo-fallback',
    transformIndexHtml(html) {
      if (!html.includes(MARKER)) return html;
      const content = parseFaqDocument(parseDocument(readFileSync('data/faq.yaml', 'utf8')).toJS());
      return html.replace(MARKER, fallbackHtml(content));
    },
  };
}

/** `npm run dev` opens on the demo. */
function demoAtRoot(): Plugin {
  return {
    name: 'demo-at-root',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/') return next();
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const build = {
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
  } as const;
  if (mode === 'lib') {
    // `vite build --mode lib`: the library for bundlers, one module per source
    // file and Lit left to the consumer, so a page has one copy of Lit.
    return {
      plugins: [minifyTemplatesPlugin(), faqYaml({ emitData: false })],
      build: {
        ...build,
        outDir: 'dist/lib',
        emptyOutDir: true,
        lib: {
          entry: {
            'jetro-alibaba-faq': 'src/jetro-alibaba-faq.ts',
            'jetro-alibaba-faq.component': 'src/jetro-alibaba-faq.component.ts',
            // What package.json's exports give where there is no DOM, and to the type-only entries.
            'no-dom': 'src/no-dom.js',
            'types-only': 'src/types-only.js',
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'demo') {
    // `vite build --mode demo`: the demo page as a host would serve it, for the benchmark's layout-shift figure,
    // and the editor page for content owners. Relative addresses: the folder works from any static server or share.
    return {
      base: './',
      plugins: [minifyTemplatesPlugin(), faqYaml({ emitData: false }), demoFallback()],
      build: {
        ...build,
        outDir: 'dist-demo',
        emptyOutDir: true,
        // The editor page carries CodeMirror and the YAML parser: a tool for a few content owners, not for visitors.
        chunkSizeWarningLimit: 1000,
        rolldownOptions: { input: ['demo/index.html', 'demo/editor.html'] },
      },
    };
  }
  return {
    plugins: [
      minifyTemplatesPlugin(),
      faqYaml({ emitData: true }),
      minifyBundlePlugin({
        ecma: 2022,
        module: true,
        // keep_fargs: false drops unused trailing parameters; only code reading a function's `length` could
        // tell, and neither Lit nor the element does (strings' functions are called, never measured).
        // unsafe_arrows: a function expression that does not read `this` becomes an arrow, which breaks one
        // called with `new` or read for its `prototype`. The rule for the code (and a Lit upgrade to check): no
        // function expression is a constructor; today the only ones are those terser makes when it inlines.
        compress: { passes: 3, keep_fargs: false, unsafe_arrows: true },
        // builtins: true leaves out terser's own list of DOM names, older and less exact than the generated
        // one, which kept names of ours that the browser does not have (`level`, `marks`).
        mangle: { properties: { keep_quoted: true, builtins: true } },
      }),
      definesOnlyWithDom(),
      reportModule(),
      demoAtRoot(),
      demoFallback(),
    ],
    build: {
      ...build,
      // The standalone drop-in module: Lit and the content bundled in, one file.
      lib: {
        entry: 'src/jetro-alibaba-faq.ts',
        formats: ['es'],
        fileName: () => 'jetro-alibaba-faq.js',
      },
      // Leave dist/lib and dist/types, which other steps of npm run build write.
      emptyOutDir: false,
      // Every byte goes to every visitor: terser, run by minifyBundlePlugin above
      // (Vite's would not let the build generate the reserved names). Rolldown's own
      // pass after it would print the code out again.
      minify: false,
      rolldownOptions: { output: { minify: false } },
    },
  };
});
