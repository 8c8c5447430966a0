import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { FaqDataError, parseFaqDocument } from './src/content/parse.js';

/**
 * `import x from '…/faq.yaml'`: the parsed document, validated with the same
 * code that checks content at run time. A bad file fails the build with its
 * name and the place of the problem, such as `items[3].answer`.
 */
function faqYaml(): Plugin {
  return {
    name: 'faq-yaml',
    transform(source, id) {
      if (!id.endsWith('.yaml')) return null;
      const file = relative(process.cwd(), id);
      let document: unknown;
      try {
        document = parseYaml(source);
        parseFaqDocument(document);
      } catch (error) {
        if (error instanceof YAMLParseError) this.error(`${file}: not valid YAML: ${error.message}`);
        if (error instanceof FaqDataError) this.error(`${file}: ${error.message}`);
        throw error;
      }
      return { code: `export default ${JSON.stringify(document)};`, map: null };
    },
  };
}

/** Prints the standalone module's size and its Subresource Integrity hash. */
function reportModule(): Plugin {
  return {
    name: 'report-module',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!name.endsWith('.js')) continue;
        const code = readFileSync(`${options.dir}/${name}`);
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
        console.log(`\n${options.dir}/${name}: ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip`);
        console.log(`integrity="${integrity}"`);
      }
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

export default defineConfig({
  plugins: [faqYaml(), reportModule(), demoAtRoot()],
  build: {
    // The standalone drop-in module: Lit and the content bundled in, one file.
    lib: {
      entry: 'src/jetro-alibaba-faq.ts',
      formats: ['es'],
      fileName: () => 'jetro-alibaba-faq.js',
    },
    target: 'es2022',
    minify: true,
    rolldownOptions: { output: { minify: true } },
    sourcemap: false,
    reportCompressedSize: false,
  },
});
