// npm run lint: every static gate, each run even when one before it fails.
import { spawnSync } from 'node:child_process';

const gates = [
  ['ESLint (typescript-eslint, eslint-plugin-lit, eslint-plugin-wc)', 'npx', ['eslint', '.']],
  [
    // @jackolope/lit-analyzer, the maintained fork of lit-analyzer: 2.0.3 refuses every binding of Lit 3's
    // `nothing` (a symbol), so `x ?? nothing`, what Lit's own ifDefined does, in fewer bytes, failed its type check.
    "lit-analyzer's strict template checks",
    'npx',
    [
      'lit-analyzer',
      'src',
      '--strict',
      // Its list of CSS properties predates color-scheme, content-visibility and contain-intrinsic-size.
      '--rules.no-invalid-css',
      'off',
    ],
  ],
  ['TypeScript', 'npx', ['tsc', '--noEmit']],
  ['Prettier', 'npx', ['prettier', '--check', '.']],
  ['the custom-elements manifest', 'npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet']],
  ["the README's API tables against the manifest", 'node', ['scripts/api-docs.mjs', '--check']],
];

let failed = 0;
for (const [name, command, args] of gates) {
  console.log(`\n— ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    failed++;
    console.error(`✗ ${name} failed`);
  }
}
if (failed) process.exit(1);
console.log('\nAll lint gates passed.');
