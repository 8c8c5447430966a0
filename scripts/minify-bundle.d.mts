import type { MinifyOptions } from 'terser';
import type { Plugin } from 'vite';
export function minifyBundlePlugin(terserOptions: MinifyOptions): Plugin;
