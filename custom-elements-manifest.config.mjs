// Read by `cem analyze` (npm run build, npm run docs, npm run lint). The analyzer describes the
// source as it is: every module under src/, private members, and internal state declared in
// `static properties` as if it were an attribute. Tools read the manifest as the package's
// public API, so this plugin leaves only that: the modules that package.json exports, at
// the paths they ship under (dist/lib/*.js), with their public members, attributes and typed
// events.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** `src/x.ts` and `/src/x.js` (how the analyzer names modules) → `dist/lib/x.js`, the file that ships. */
const shipped = (path) => path.replace(/^\.?\/?src\/(.*)\.[jt]s$/, 'dist/lib/$1.js');

/** Every file an `exports` target names, under any condition. */
const targets = (target) => (typeof target === 'string' ? [target] : Object.values(target ?? {}).flatMap(targets));

/** The library files that package.json exports: the only modules a consumer can import. */
const exported = new Set(
  targets(pkg.exports)
    .filter((target) => target.startsWith('./dist/lib/') && target.endsWith('.js'))
    .map((target) => target.slice(2)),
);

const isPublic = (member) => !member.name.startsWith('_') && member.privacy !== 'private' && member.privacy !== 'protected';

function publicApi() {
  /** Event name → its type, from the `GlobalEventHandlersEventMap` declaration beside the element. */
  const eventTypes = new Map();
  return {
    name: 'jetro-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'GlobalEventHandlersEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type) eventTypes.set(member.name.text, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const module of manifest.modules) module.path = shipped(module.path);
      manifest.modules = manifest.modules.filter((module) => exported.has(module.path));
      /** Declaration name → the module that declares it (a re-export names the module it passes through). */
      const declaredIn = new Map(manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => [d.name, module.path])));
      for (const module of manifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.fieldName?.startsWith('_'));
          for (const event of declaration.events ?? []) {
            if (eventTypes.has(event.name)) event.type = { text: eventTypes.get(event.name) };
          }
        }
        // Type-only re-exports (FaqToggleDetail, UiStrings) are no JavaScript export of the file.
        module.exports = (module.exports ?? [])
          .filter((e) => declaredIn.has(e.declaration.name))
          .map((e) => ({ ...e, declaration: { ...e.declaration, module: declaredIn.get(e.declaration.name) } }));
      }
    },
  };
}

export default {
  plugins: [publicApi()],
};
