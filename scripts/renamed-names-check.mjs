// The standalone module's check that no property name it renames leaves the bundle (scripts/minify-bundle.mjs
// runs it on the names terser renamed). A renamed key of data that leaves, or a name read from outside,
// breaks only in the bundle, and only where something outside looks: `headers: { Accept }` sent `K:`, and
// `dataset.jetroAlibabaFaq` became `data-de`. The sources' types tell where each renamed name goes:
// - a key of an object literal whose type is not declared in src/: a dictionary handed to an API whose
//   keys the DOM does not declare (fetch's headers), or an object typed `any` or `unknown`;
// - a name read, or destructured, that nothing in src/ declares: `dataset.x`, `JSON.parse(…).x`;
// - a member declared in src/ of an argument to a function declared outside it, but for the built-in
//   collections, which only hold it (Array, Map, Set…): JSON.stringify, structuredClone, history.pushState,
//   postMessage, a CustomEvent's detail, Object.keys read the object's keys, or make them data (a class's
//   instance is taken for no data: Lit's addController() is given controllers, and reads their host… methods).
// What it finds, written in quotes, is kept by the build (terser's keep_quoted), and so no longer renamed.
import { resolve, sep } from 'node:path';
import ts from 'typescript';

const COLLECTIONS = new Set(['Array', 'ReadonlyArray', 'Map', 'ReadonlyMap', 'Set', 'ReadonlySet', 'WeakMap', 'WeakSet', 'Promise']);

/**
 * @param {Set<string>} renamed the property names the build renames
 * @returns {string[]} each place where one leaves the bundle: `file:line: name: why`
 */
export function renamedNamesLeaving(renamed, tsconfig = 'tsconfig.json') {
  const { config } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, resolve('.'));
  const src = resolve('src') + sep;
  const ownFile = (file) => file.startsWith(src) && !file.endsWith('.d.ts');
  // The program has src/'s declaration files too (trustedTypes, the *.yaml imports), as tsc has; only src/'s code is visited.
  const program = ts.createProgram(
    parsed.fileNames.filter((file) => resolve(file).startsWith(src)),
    parsed.options,
  );
  const checker = program.getTypeChecker();
  const own = (declaration) => ownFile(resolve(declaration.getSourceFile().fileName));
  const ownSymbol = (symbol) => Boolean(symbol?.declarations?.length) && symbol.declarations.every(own);
  const found = [];
  const leaves = (node, name, why) => {
    const file = node.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${file.fileName.slice(src.length)}:${line}: ${name}: ${why}`);
  };
  /** The built-in collections: they hold values, and read no key of them. */
  const holds = (declaration) =>
    ts.isInterfaceDeclaration(declaration.parent) && COLLECTIONS.has(declaration.parent.name.text.replace(/Constructor$/, ''));
  /** The members of `type` declared in src/, and theirs, whose names are renamed. */
  const renamedMembers = (type, seen = new Set()) => {
    if (!type || seen.has(type)) return [];
    seen.add(type);
    if (type.isUnionOrIntersection()) return type.types.flatMap((t) => renamedMembers(t, seen));
    if (checker.isArrayType(type) || checker.isTupleType(type)) return checker.getTypeArguments(type).flatMap((t) => renamedMembers(t, seen));
    // Not a function, nor an instance of a class (a controller handed to Lit's addController()): data.
    if (!(type.flags & ts.TypeFlags.Object) || type.getCallSignatures().length || (type.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class) return [];
    return checker
      .getPropertiesOfType(type)
      .filter(ownSymbol)
      .flatMap((p) => [...(renamed.has(p.name) ? [p.name] : []), ...renamedMembers(checker.getTypeOfSymbol(p), seen)]);
  };
  const visit = (node) => {
    const name =
      ts.isPropertyAccessExpression(node) || ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node)
        ? node.name
        : ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)
          ? (node.propertyName ?? node.name)
          : undefined;
    if (name && ts.isIdentifier(name) && renamed.has(name.text)) {
      if (ts.isObjectLiteralExpression(node.parent)) {
        const contextual = checker.getContextualType(node.parent);
        const type = contextual && checker.getNonNullableType(contextual);
        const member = type && !(type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) && checker.getPropertyOfType(type, name.text);
        if (!ownSymbol(member || undefined))
          leaves(node, name.text, `a key of an object of type ${type ? checker.typeToString(type) : 'none'}, not declared in src/`);
      } else if (!ts.isMethodDeclaration(node)) {
        const member = ts.isBindingElement(node)
          ? checker.getPropertyOfType(checker.getNonNullableType(checker.getTypeAtLocation(node.parent)), name.text)
          : checker.getSymbolAtLocation(name);
        // A member with no declaration is one that the binding pattern itself implies (`{ limit = 1 } = {}`).
        const implied = ts.isBindingElement(node) && member && !member.declarations?.length;
        if (!implied && !ownSymbol(member)) leaves(node, name.text, 'read by a name that src/ does not declare');
      }
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const signature = checker.getResolvedSignature(node);
      const declaration = signature?.declaration;
      if (declaration && !own(declaration) && !holds(declaration))
        for (const argument of node.arguments ?? [])
          for (const member of new Set(renamedMembers(checker.getTypeAtLocation(argument))))
            leaves(argument, member, `a member of an object handed to ${node.expression.getText()}()`);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) if (ownFile(resolve(file.fileName))) visit(file);
  return found;
}
