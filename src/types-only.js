// The run-time side of `jetro-alibaba-faq/react`, `/vue` and `/svelte`, whose declarations
// (dist/types/react.d.ts, …) type the tag in each framework's templates. They hold no code;
// this empty module lets `import 'jetro-alibaba-faq/react'` resolve in a bundler too.
export {};
