// The short names of the styles' private custom properties, for scripts/minify-templates.mjs (in Node).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { minifyTemplates } from './minify-templates.mjs';

/**
 * The private custom properties of src/ (`--_space`: the styles' own, which no page sets) and
 * their short names, `--_a`, `--_b`…, the most used first: the same in every file, whatever order
 * they are minified in, and for the build and the test runner alike. A name that also appears
 * outside a css`…` template (a script that sets it) keeps its name.
 */
export function privateProperties(dir = 'src') {
  const inCss = new Map();
  const anywhere = new Map();
  const count = (map, text) => {
    for (const [name] of text.matchAll(/--_[\w-]+/g)) map.set(name, (map.get(name) ?? 0) + 1);
  };
  for (const file of readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(join(dir, file), 'utf8');
    const cssTexts = [];
    minifyTemplates(code, undefined, cssTexts);
    cssTexts.forEach((text) => count(inCss, text));
    count(anywhere, code);
  }
  const names = [...inCss]
    .filter(([name, n]) => anywhere.get(name) === n)
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([name]) => name);
  const taken = new Set();
  return new Map(names.map((name) => [name, `--_${shortName(name.slice(3), taken)}`]));
}

/**
 * A letter of the name, the first one free (`space` → `s`, then `surface` → `u`): a letter that
 * the long name had compresses better, in gzip and in brotli, than one from a…z in turn.
 */
function shortName(word, taken) {
  const candidates = [...word.toLowerCase().replace(/[^a-z]/g, ''), ...'abcdefghijklmnopqrstuvwxyz'];
  let short = candidates.find((letter) => !taken.has(letter));
  for (let n = 2; !short; n++) short = candidates.map((letter) => letter.repeat(n)).find((letters) => !taken.has(letters));
  taken.add(short);
  return short;
}
