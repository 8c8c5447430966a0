// The published JSON Schema (data/faq.schema.json) and the widget's run-time
// validator (parseFaqDocument in src/content/parse.ts) describe one format
// twice. This differential test makes a few thousand documents from real ones
// by seeded random mutations (wrong types, missing and unknown fields,
// duplicate ids, bad anchors and links, control characters, whitespace,
// lengths at and past each limit…) and checks that both accept or refuse each
// one alike. `npm test` runs it; `node scripts/check-schema.mjs [seed] [count]`
// runs it alone, and a failure prints the seed and case to replay.
//
// A schema cannot say everything: the rules in RUN_TIME_ONLY (and in the
// schema's description) are checked by the widget only. A document that the
// schema accepts and the widget refuses by one of exactly those rules agrees;
// every other difference, in either direction, fails the test.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { runnerImport } from 'vite';
import { parse } from 'yaml';

const SEED = Number(process.argv[2] ?? 20261128) >>> 0;
const COUNT = Number(process.argv[3] ?? 4000);

/** The rules that JSON Schema cannot express, by the place and reason of the widget's refusal. */
const RUN_TIME_ONLY = [
  ['a category id used twice', /^categories\[\d+\]\.id$/, /is used twice$/],
  ['a question number used twice', /^items\[\d+\]\.number$/, /is used twice$/],
  ["an item's category that is not one of the categories", /^items\[\d+\]\.category$/, /is not one of the categories/],
  ['a category without items', /^categories\[\d+\]$/, /has no items$/],
  ['a corrected wording that does not appear in its field', /\.corrected$/, /does not appear in/],
  [
    'a link the widget will not make (scheme, address, anchor syntax, unreadable [label](…))',
    /^(intro|contact\.body|items\[\d+\]\.answer)$/,
    /links are not allowed|is not an absolute URL|is not an anchor of the widget|could not be read/,
  ],
  ['an internal #link that leads to no anchor', /^(intro|contact\.body|items\[\d+\]\.answer)$/, /leads to no question or category/],
];

const root = new URL('..', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('data/faq.schema.json', root), 'utf8'));
const validateSchema = new Ajv2020({ strict: true }).compile(schema);
const { module: parseModule } = await runnerImport(new URL('src/content/parse.ts', root).pathname, { configFile: false, logLevel: 'silent' });
const { FaqDataError, parseFaqDocument } = parseModule;

const bases = [
  parse(readFileSync(new URL('data/faq.yaml', root), 'utf8')),
  JSON.parse(readFileSync(new URL('test/fixtures/small-faq.json', root), 'utf8')),
];

// mulberry32: small, seedable, and the same sequence on every machine.
let state = SEED;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
/** Documents are JSON, so a JSON round trip copies them whole (a field named __proto__ included). */
const clone = (value) => JSON.parse(JSON.stringify(value));

const LIMIT = 20_000;
const WRONG_TYPES = [null, true, false, 0, 1, -1, 1.5, 1e6, 1e6 + 1, '', ' ', 'x', '7', [], ['x'], {}, { x: 1 }];
/** Characters at and around the edges of the forbidden ranges, and whitespace that trim() removes or keeps. */
// prettier-ignore
const CHARACTERS = [
  '\u0000', '\u0008', '\t', '\n', '\u000B', '\u000C', '\r', '\u000E', '\u001B', '\u001F', ' ', '\u007F', '\u0080', '\u009F',
  '\u00A0', '\u200B', '\u2028', '\u2029', '\u202A', '\u202E', '\u202F', '\u2065', '\u2066', '\u2069', '\u206A', '\u3000',
  '\uFEFF', '\uD800', '\uDFFF', '😀', 'ア',
];
/** Anchors at and past each rule: pattern, length, q1…, reserved names, case, spaces. */
// prettier-ignore
const ANCHORS = [
  'a', 'app', 'a-b_c', 'A9', 'q', 'q1', 'q12', 'q01', 'Q1', 'qa', 'q1a', 'contact', 'toc', 'Contact', 'TOC', 'toc2', '1a', '-a', '_a',
  'a.b', 'a b', 'ア', ' app', 'app ', '', 'a'.repeat(64), 'a'.repeat(65), 'application', 'others', 'jetro', 'general',
];
/** Links the widget makes, and links it must refuse. */
// prettier-ignore
const LINKS = [
  '[x](https://example.com/a_(b))', '[x](http://example.com)', '[x](mailto:a@example.com)', '[x](tel:+81-3-0000-0000)',
  '<https://example.com>', 'https://example.com/x', 'a@example.com', '<a@example.com>', '[x](#contact)', '[x](#toc)', '[x](#q1)',
  '[x](#q99)', '[x](#Q1)', '[x](#)', '[x](#a b)', '[x](#application)', '[x](#general)', '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))', '[x](data:text/html,x)', '[x](ftp://example.com)', '[x](/relative)', '[x](http://[)', '[x](',
  '[broken]( https://example.com)', '<javascript:alert(1)>',
];

/** Every place in a document: its path from the root, and the value there. */
function places(value, path = []) {
  const found = [{ path, value }];
  if (Array.isArray(value)) value.forEach((v, i) => found.push(...places(v, [...path, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) found.push(...places(v, [...path, k]));
  return found;
}
const parentOf = (document, path) => path.slice(0, -1).reduce((node, key) => node[key], document);
const describePath = (path) => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('') || '(root)';

/** The mutations. Each changes `document` in place and says what it did. */
const MUTATIONS = {
  'wrong type'(document) {
    const { path } = pick(places(document).filter((p) => p.path.length > 0));
    const value = pick(WRONG_TYPES);
    parentOf(document, path)[path.at(-1)] = clone(value);
    return `${describePath(path)} = ${JSON.stringify(value)}`;
  },
  'missing field'(document) {
    const { path } = pick(places(document).filter((p) => typeof p.path.at(-1) === 'string'));
    delete parentOf(document, path)[path.at(-1)];
    return `no ${describePath(path)}`;
  },
  'unknown field'(document) {
    const { path, value } = pick(places(document).filter((p) => p.value && typeof p.value === 'object' && !Array.isArray(p.value)));
    const name = pick(['x', 'Title', 'answers', 'id', 'number', 'category', 'corrections', '__proto__', 'constructor', 'toString', '']);
    // defineProperty: assigning to __proto__ would change the prototype, not add a field.
    Object.defineProperty(value, name, { value: 'x', enumerable: true, configurable: true, writable: true });
    return `${describePath(path)} gets "${name}"`;
  },
  'list entry removed or emptied'(document) {
    const { path, value } = pick(places(document).filter((p) => Array.isArray(p.value)));
    if (random() < 0.3) value.length = 0;
    else value.splice(Math.floor(random() * value.length), 1);
    return `${describePath(path)} now has ${value.length}`;
  },
  'list entry duplicated'(document) {
    const { path, value } = pick(places(document).filter((p) => Array.isArray(p.value) && p.value.length > 0));
    value.push(clone(pick(value)));
    return `${describePath(path)} repeats an entry`;
  },
  'characters in text'(document) {
    const { path, value } = pick(places(document).filter((p) => typeof p.value === 'string'));
    const character = pick(CHARACTERS);
    const at = pick(['start', 'end', 'middle', 'only']);
    const text = {
      start: character + value,
      end: value + character,
      middle: value.slice(0, 1) + character + value.slice(1),
      only: character.repeat(1 + Math.floor(random() * 3)),
    }[at];
    parentOf(document, path)[path.at(-1)] = text;
    return `${describePath(path)} with U+${character.codePointAt(0).toString(16).toUpperCase()} (${at})`;
  },
  'length at a limit'(document) {
    const { path, value } = pick(places(document).filter((p) => typeof p.value === 'string'));
    const length = pick([LIMIT - 1, LIMIT, LIMIT + 1]);
    const unit = pick(['あ', 'a', '😀']);
    const padding = pick(['', ' ', '  \n']);
    // `length` characters (code points), with or without white space around them; a text with a link keeps it.
    const text = value.startsWith('[') || value.includes('@') ? value : 'x';
    const body = unit.repeat(Math.max(0, length - text.length - padding.length * 2));
    parentOf(document, path)[path.at(-1)] = padding + text + body + padding;
    return `${describePath(path)} of ${length} × "${unit}" with padding ${JSON.stringify(padding)}`;
  },
  anchor(document) {
    const category = pick(document.categories);
    const anchor = pick(ANCHORS);
    const old = category.id;
    category.id = anchor;
    // Half the time its items follow it, so that the id itself is what is tested.
    if (random() < 0.5) for (const item of document.items) if (item.category === old) item.category = anchor;
    return `a category's id = ${JSON.stringify(anchor)}`;
  },
  'category of an item'(document) {
    const item = pick(document.items);
    const value = pick([...ANCHORS, ...document.categories.map((c) => ` ${c.id} `), ...document.categories.map((c) => c.id.toUpperCase())]);
    item.category = value;
    return `items[Q${item.number}].category = ${JSON.stringify(value)}`;
  },
  number(document) {
    const item = pick(document.items);
    const value = pick([0, 1, 2, 12, 13, 999_999, 1_000_000, 1_000_001, -1, 1.5, 2 ** 53, 1e21, '1', pick(document.items).number]);
    item.number = value;
    return `an item's number = ${JSON.stringify(value)}`;
  },
  'link in rich text'(document) {
    const owner = pick([document, document.contact, ...document.items]);
    const key = owner === document ? 'intro' : owner === document.contact ? 'body' : 'answer';
    const link = pick(LINKS);
    owner[key] = `${owner[key]}\n${link}`;
    return `${key} + ${link}`;
  },
  correction(document) {
    const owner = pick([document, ...document.categories, ...document.items]);
    const field = pick(['title', 'programme', 'intro', 'question', 'answer', 'number', 'category', 'id', 'x', '']);
    const current = owner[field];
    const shown = typeof current === 'string' ? current.slice(0, 3) : Array.isArray(current) ? String(current[0]).slice(0, 3) : 'zzz';
    const correction = {
      field,
      original: 'o',
      corrected: random() < 0.8 ? shown : 'not there',
      in: pick([['toc'], ['body'], ['toc', 'body'], [], ['x'], 'toc']),
      reason: 'r',
    };
    if (random() < 0.3) delete correction[pick(Object.keys(correction))];
    owner.corrections = [...(owner.corrections ?? []), correction];
    return `correction of ${JSON.stringify(field)} on ${owner === document ? 'the document' : (owner.id ?? `Q${owner.number}`)}: ${JSON.stringify(correction)}`;
  },
  keywords(document) {
    // The small fixture has no keywords: this gives them to any question, as a list or not.
    const item = pick(document.items);
    const value = pick([[], ['返金'], ['refund', 'へんきん', ' 返金 '], [''], [' '], ['x', 1], [null], [['x']], 'refund', {}, null]);
    item.keywords = clone(value);
    return `items[Q${item.number}].keywords = ${JSON.stringify(value)}`;
  },
  'not a document'(document) {
    const value = pick([null, [], 'x', 1, [document]]);
    return { replace: value, description: `the document is ${JSON.stringify(value)?.slice(0, 20)}` };
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

/** The widget's verdict: null when accepted, else the refusal and the RUN_TIME_ONLY rule it falls under, if any. */
function widgetVerdict(document) {
  try {
    parseFaqDocument(document);
    return null;
  } catch (error) {
    if (!(error instanceof FaqDataError)) return { crash: error };
    const rule = RUN_TIME_ONLY.find(([, path, reason]) => path.test(error.path) && reason.test(error.reason));
    return { error, rule: rule?.[0] };
  }
}

const counts = { 'accepted by both': 0, 'refused by both': 0 };
const runTimeOnly = new Map();
const disagreements = [];
const started = performance.now();
for (let n = 0; n < COUNT; n++) {
  let document = clone(pick(bases));
  const steps = [];
  // Mostly one mutation, so that a disagreement points at one rule; sometimes none, sometimes several.
  const many = random() < 0.05 ? 0 : random() < 0.75 ? 1 : 2 + Math.floor(random() * 3);
  for (let i = 0; i < many; i++) {
    if (!document || typeof document !== 'object' || Array.isArray(document)) break;
    const name = pick(MUTATION_NAMES);
    let result;
    try {
      result = MUTATIONS[name](document);
    } catch {
      continue; // The mutation found no place to apply in a document that earlier steps broke.
    }
    if (typeof result === 'object') {
      document = result.replace;
      steps.push(`${name}: ${result.description}`);
    } else steps.push(`${name}: ${result}`);
  }
  // Both see the document as it would arrive from src: JSON.
  document = clone(document);
  const schemaAccepts = validateSchema(document);
  const widget = widgetVerdict(document);
  if (widget?.crash) {
    disagreements.push({ n, steps, problem: `the widget threw ${widget.crash} instead of a FaqDataError` });
  } else if (schemaAccepts && !widget) counts['accepted by both']++;
  else if (!schemaAccepts && widget) counts['refused by both']++;
  else if (schemaAccepts && widget.rule) runTimeOnly.set(widget.rule, (runTimeOnly.get(widget.rule) ?? 0) + 1);
  else if (schemaAccepts) {
    disagreements.push({ n, steps, problem: `the schema accepts it; the widget refuses: ${widget.error.message}` });
  } else {
    const [first] = validateSchema.errors;
    disagreements.push({ n, steps, problem: `the widget accepts it; the schema refuses: ${first.instancePath || '/'} ${first.message}` });
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(`schema vs widget: seed ${SEED}, ${COUNT} documents in ${seconds} s`);
for (const [what, count] of Object.entries(counts)) console.log(`  ${what}: ${count}`);
for (const [rule, count] of runTimeOnly) console.log(`  refused by the widget only, by the run-time rule "${rule}": ${count}`);
if (disagreements.length > 0) {
  console.error(`  DISAGREEMENTS: ${disagreements.length}`);
  for (const { n, steps, problem } of disagreements.slice(0, 20)) console.error(`  case ${n}: ${steps.join('; ') || 'unchanged'}\n    ${problem}`);
  console.error(`schema vs widget: FAILED (replay with: node scripts/check-schema.mjs ${SEED} ${COUNT})`);
  process.exit(1);
}
console.log('schema vs widget: they agree on every document');
