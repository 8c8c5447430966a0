// The package's server-safe entries, written by `npm run build` after the library build:
// - dist/lib/fallback.js and dist/types/fallback.d.ts, `jetro-alibaba-faq/fallback`: the build's
//   fallback HTML (dist/jetro-alibaba-faq.fallback.html) as a string, for a server to put inside
//   the tag (React's dangerouslySetInnerHTML, Vue's v-html, Astro's set:html, Svelte's {@html});
//   no DOM, no Lit, nothing but the text;
// - dist/lib/react-server.js and dist/lib/astro-server.js, which package.json's exports give to
//   server-only code that imports the element, so that such a build fails with what to do.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

// The library build writes dist/lib/<name>.js for each src/<name>.ts: one named like an entry here would be overwritten.
for (const file of ['fallback.js', 'react-server.js', 'astro-server.js']) {
  if (existsSync(`dist/lib/${file}`))
    throw new Error(`dist/lib/${file} came from the library build: rename the source module, the name is the package entry's`);
}

const html = readFileSync('dist/jetro-alibaba-faq.fallback.html', 'utf8').trim();
writeFileSync('dist/lib/fallback.js', `export const fallbackHtml = ${JSON.stringify(html)};\nexport default fallbackHtml;\n`);
writeFileSync(
  'dist/types/fallback.d.ts',
  `/**
 * The FAQ as plain HTML (the build's jetro-alibaba-faq.fallback.html): put it inside the
 * <jetro-alibaba-faq> tag that the server sends, so that the page's HTML holds the 12
 * questions and the contact block before any script runs. Safe to import on a server.
 */
export declare const fallbackHtml: string;
export default fallbackHtml;
`,
);
for (const file of ['react-server.js', 'astro-server.js']) copyFileSync(`src/${file}`, `dist/lib/${file}`);
