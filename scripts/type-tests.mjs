// The type tests of the framework declarations (jetro-alibaba-faq/react, /vue, /svelte), against
// the built package (it resolves its own name through package.json's exports, so run
// `npm run build` first). Each folder of test/types is an app as the README writes it, under
// --strict, with lines that must fail marked `@ts-expect-error` (`@vue-expect-error` in Vue
// templates): a directive whose line compiles is itself an error, so a declaration that stops
// refusing a misspelt attribute, a wrong heading level or `e.detail.nope` fails here.
// Run by `npm test`; alone: `npm run build && node scripts/type-tests.mjs`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

// The README's Frameworks examples are compiled too, beside the tests, so that they stay true.
// (Written to git-ignored files: the README is their source.)
const readme = readFileSync('README.md', 'utf8');
const from = readme.indexOf('\n## Frameworks');
// (Its server-rendered recipes are built and run as apps by scripts/framework-apps.mjs.)
const frameworks = readme.slice(from, readme.indexOf('\n### Server-rendered sites', from));
const examples = [
  ['tsx', 'test/types/react/readme-example.tsx', '// Extracted from README.md by scripts/type-tests.mjs: edit the README.'],
  ['vue', 'test/types/vue/ReadmeExample.vue', '<!-- Extracted from README.md by scripts/type-tests.mjs: edit the README. -->'],
  ['svelte', 'test/types/svelte/ReadmeExample.svelte', '<!-- Extracted from README.md by scripts/type-tests.mjs: edit the README. -->'],
];
for (const [language, file, header] of examples) {
  const blocks = [...frameworks.matchAll(new RegExp(`^\`\`\`${language}\n([^]*?)^\`\`\`$`, 'gm'))];
  if (blocks.length !== 1) throw new Error(`README.md, Frameworks: expected one \`\`\`${language} example, found ${blocks.length}`);
  writeFileSync(file, `${header}\n${blocks[0][1]}`);
}

const checks = [
  ['React 19 (tsc)', 'npx', ['tsc', '-p', 'test/types/react']],
  ['Vue 3 with strictTemplates (vue-tsc)', 'npx', ['vue-tsc', '-p', 'test/types/vue']],
  // --tsconfig is relative to --workspace.
  ['Svelte 5 (svelte-check)', 'npx', ['svelte-check', '--workspace', 'test/types/svelte', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
];

let failed = 0;
for (const [name, command, args] of checks) {
  console.log(`type test: ${name}`);
  const { status, error } = spawnSync(command, args, { stdio: 'inherit' });
  if (error) throw error;
  if (status !== 0) {
    failed++;
    console.error(`✗ type test failed: ${name}`);
  }
}
if (failed) process.exit(1);
console.log('type tests: passed');
