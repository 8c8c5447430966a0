// Checks data/faq.yaml against the published JSON Schema (data/faq.schema.json),
// so the schema that other publishers follow cannot drift from the real content.
// The widget's own validator (src/content/parse.ts) checks the same file at build
// time and goes further (link schemes, corrections, internal links).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';

const schema = JSON.parse(readFileSync(new URL('../data/faq.schema.json', import.meta.url), 'utf8'));
const document = parse(readFileSync(new URL('../data/faq.yaml', import.meta.url), 'utf8'));

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
if (!validate(document)) {
  for (const error of validate.errors) console.error(`data/faq.yaml${error.instancePath}: ${error.message}`);
  process.exit(1);
}
console.log('data/faq.yaml follows data/faq.schema.json');
