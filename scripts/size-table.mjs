// npm run size: what each part of the standalone module weighs, in gzip.
//
// It builds the module with a source map and, for each part, gzips the module
// without the bytes that the map says came from that part's files. The
// difference is what the part adds to the module as shipped: a part's text
// that repeats text elsewhere costs little, and unique text costs its full
// weight. So the rows add up to about the total, not exactly.
// (The build with a source map is not wrapped in the DOM check, whose few
// bytes are in the shipped module's total and in no row.)
// Run it after `npm run build`: the total is dist/jetro-alibaba-faq.js's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/** The parts, and the files each is made of: the first that matches a source path takes it. */
const PARTS = [
  ['Lit (LitElement, html, css, guard, directive)', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
  ['the content (data/faq.yaml)', /data\/faq\.yaml$/],
  ['the CSS', /src\/[\w.-]*styles\.ts$/],
  ['validating `data` and `src`: a path and a reason for every refusal', /src\/content\/(parse|model)\.ts$/],
  ['the rich text: lines and links, checked', /src\/content\/rich-text\.ts$/],
  ['the content source: `data`, fetching `src` (size, time-out, last one wins)', /src\/(content-source|content\/(fetch-document|bundled))\.ts$/],
  ['the interface strings, Japanese and English', /src\/strings\.ts$/],
  [
    'search: normalizing, synonyms, the index, marks, the search box',
    /src\/(search\/(normalize|synonyms|search-index|highlight|romaji|steps|words)|search-box)\.ts$/,
  ],
  ['the long FAQ: stepped lists, chunks, settling scrolls', /src\/long-faq\.ts$/],
  ['navigation: URL anchors, history, scrolling, focus, arrow keys', /src\/(navigation|anchors|reveal|roving-focus)\.ts$/],
  ['the partials (src/render), headings, hidden="until-found"', /src\/(render\/|heading|until-found)/],
  ['copying links and announcing it', /src\/(copy-link|copy-text)\.ts$/],
  ['the host context: language, colour scheme', /src\/host-context\.ts$/],
  ['structured data (JSON-LD)', /src\/structured-data\.ts$/],
  ['the element, its events, ids, open answers', /src\/(jetro-alibaba-faq(\.component)?|events|ids|open-answers)\.ts$/],
];

const out = mkdtempSync(join(tmpdir(), 'size-table-'));
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--sourcemap', '--outDir', out, '--emptyOutDir'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const code = readFileSync(join(out, 'jetro-alibaba-faq.js'), 'utf8');
const map = new TraceMap(readFileSync(join(out, 'jetro-alibaba-faq.js.map'), 'utf8'));
rmSync(out, { recursive: true });

// Which part each character of the module came from: a character the map does not name goes with the one before it.
const partOf = [];
let offset = 0;
for (const [lineIndex, line] of code.split('\n').entries()) {
  let part = -1;
  for (let column = 0; column < line.length; column++) {
    const { source } = originalPositionFor(map, { line: lineIndex + 1, column });
    if (source) part = PARTS.findIndex(([, files]) => files.test(source));
    partOf[offset + column] = part;
  }
  partOf[offset + line.length] = part;
  offset += line.length + 1;
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const total = gzip(readFileSync('dist/jetro-alibaba-faq.js'));
const whole = gzip(code);
/** What the module weighs without the characters of part `index`. */
function without(index) {
  let kept = '';
  for (let i = 0; i < code.length; i++) if (partOf[i] !== index) kept += code[i];
  return gzip(kept);
}
const rows = PARTS.map(([label], index) => [label, whole - without(index)]);
rows.push(['what the map names no file for (bundler glue)', whole - without(-1)]);
const sum = rows.reduce((sum, [, bytes]) => sum + bytes, 0);

const width = Math.max(...rows.map(([label]) => label.length));
console.log(`| ${'part'.padEnd(width)} | gzip B |\n| ${'-'.repeat(width)} | -----: |`);
for (const [label, bytes] of rows) console.log(`| ${label.padEnd(width)} | ${String(bytes).padStart(6)} |`);
console.log(`| ${'the rows together'.padEnd(width)} | ${String(sum).padStart(6)} |`);
console.log(`| ${'**the module as shipped** (dist/jetro-alibaba-faq.js)'.padEnd(width)} | ${String(total).padStart(6)} |`);
