/**
 * What src/structured-data.ts calls of the browser's Trusted Types, which TypeScript's DOM library
 * does not declare. A name declared in a src/*.d.ts is the browser's: the build never renames it
 * (scripts/reserved-names.mjs).
 */
interface TrustedTypePolicy {
  createScript(input: string): unknown;
}

interface Window {
  readonly trustedTypes?: {
    createPolicy(name: string, rules: { createScript(input: string): string }): TrustedTypePolicy;
  };
}
