// The property names that terser must not rename in the standalone module (scripts/minify-bundle.mjs),
// generated at every build from the sources of truth, never written by hand:
// - TypeScript's DOM and ES library declarations: every name the browser defines, and the declaration
//   files of src/ (src/trusted-types.d.ts), which declare what the browser has and TypeScript lacks;
// - Lit's declarations, and every property name in the third-party code of the bundle (Lit as built,
//   whose own short internal names, `_$AH`, no declaration lists), passed in by the build;
// - the custom-elements manifest: the element's public attributes, properties, methods, events,
//   CSS parts, custom properties and slots;
// - the JSON Schema of the content (data/faq.schema.json): the keys of documents from `data` and `src`;
// - src/strings.ts and src/events.ts: the keys of `strings` overrides and of the events' details.
// Everything else is the bundle's own, renamed alike wherever it appears. The one rule for the code:
// a key that leaves the bundle as data (JSON-LD's `mainEntity`) is written in quotes, which terser
// keeps (`keep_quoted`). test/public-names.test.ts checks the public names on the built element, and
// scripts/renamed-names-check.mjs, in the build, that no name renamed leaves the bundle.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);

/** Every `.d.ts` (or, with `js`, `.js`) file under `dir`, except the unminified development builds. */
function filesUnder(dir, ending) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith(ending) && !file.split(/[\\/]/).includes('development'))
    .map((file) => join(dir, file));
}

const NAMED = new Set([
  ts.SyntaxKind.PropertySignature,
  ts.SyntaxKind.MethodSignature,
  ts.SyntaxKind.PropertyDeclaration,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.PropertyAssignment,
  ts.SyntaxKind.ShorthandPropertyAssignment,
  ts.SyntaxKind.EnumMember,
  // Globals are properties of `window` and `globalThis`; interfaces and classes name constructors there.
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
]);

/**
 * The property names a file declares or uses: members of interfaces, classes, object types and
 * literals, declared globals, and, in code, every `a.name`, destructured `{ name }`, and string
 * that could name a property (`'name' in a`, `a['name']`).
 */
export function propertyNamesIn(file, text = readFileSync(file, 'utf8')) {
  const kind = file.endsWith('.js') || file.endsWith('.mjs') ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const names = new Set();
  const add = (name) => {
    if (name && (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteralLike(name))) names.add(name.text);
  };
  const visit = (node) => {
    // A declaration's private member is no name of the code that runs: Lit's build renames its own (`_$AH`).
    if (NAMED.has(node.kind)) {
      if (!(ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private)) add(node.name);
    } else if (ts.isPropertyAccessExpression(node)) add(node.name);
    else if (ts.isBindingElement(node)) add(node.propertyName ?? node.name);
    else if (ts.isStringLiteralLike(node) && /^[A-Za-z_$][\w$]*$/.test(node.text)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function fromTypeScriptLibs() {
  const dir = dirname(require.resolve('typescript/lib/lib.d.ts'));
  return readdirSync(dir)
    .filter((file) => /^lib\..*\.d\.ts$/.test(file))
    .flatMap((file) => [...propertyNamesIn(join(dir, file))]);
}

/** The declaration files of src/: what is outside the bundle, such as the browser's Trusted Types. */
function fromOwnDeclarations() {
  return filesUnder('src', '.d.ts').flatMap((file) => [...propertyNamesIn(file)]);
}

function fromLitDeclarations() {
  return (
    ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']
      // The packages' folders (Lit's exports do not list package.json, so require.resolve cannot find it).
      .map((name) => join(process.cwd(), 'node_modules', name))
      .flatMap((dir) => filesUnder(dir, '.d.ts'))
      .flatMap((file) => [...propertyNamesIn(file)])
  );
}

/** The manifest as `npm run build` writes it (custom-elements-manifest.config.mjs keeps the public API only). */
function fromManifest() {
  const { status, stderr } = spawnSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet'], { encoding: 'utf8' });
  if (status !== 0) throw new Error(`cem analyze failed: ${stderr}`);
  return publicNamesOf(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
}

/** The element's public names in a custom-elements manifest, by kind. */
export function publicNamesOf(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
  const all = (key) => declarations.flatMap((d) => d[key] ?? []);
  return {
    attributes: all('attributes').flatMap((a) => [a.name, a.fieldName].filter(Boolean)),
    properties: all('members')
      .filter((m) => m.kind === 'field')
      .map((m) => m.name),
    methods: all('members')
      .filter((m) => m.kind === 'method')
      .map((m) => m.name),
    events: all('events').map((e) => e.name),
    cssParts: all('cssParts').map((p) => p.name),
    cssProperties: all('cssProperties').map((p) => p.name),
    slots: all('slots').map((s) => s.name),
  };
}

/** Every key a document may have: the names under each `properties` of the schema. */
function fromSchema(path = 'data/faq.schema.json') {
  const keys = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.properties && typeof node.properties === 'object') keys.push(...Object.keys(node.properties));
    Object.values(node).forEach(walk);
  };
  walk(JSON.parse(readFileSync(path, 'utf8')));
  return keys;
}

/** The keys of the public types that are no class: the interface strings and the events' details. */
export function publicTypeKeys() {
  return ['src/strings.ts', 'src/events.ts'].flatMap((file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const keys = [];
    const visit = (node) => {
      if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && ts.isIdentifier(node.name)) keys.push(node.name.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return keys;
  });
}

/**
 * The reserved names, sorted, and how many each source gave (for the build's log).
 * `thirdParty`: the property names of the bundle's modules from node_modules.
 */
export function reservedNames(thirdParty = []) {
  const manifest = fromManifest();
  const sources = {
    'TypeScript DOM and ES libraries': fromTypeScriptLibs(),
    'declaration files of src/': fromOwnDeclarations(),
    "Lit's declarations": fromLitDeclarations(),
    'third-party code in the bundle': [...thirdParty],
    'custom-elements manifest': Object.values(manifest).flat(),
    'JSON Schema': fromSchema(),
    'strings and event details': publicTypeKeys(),
  };
  const names = new Set(Object.values(sources).flat());
  return { names: [...names].sort(), counts: Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, new Set(v).size])) };
}
