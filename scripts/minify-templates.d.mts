import type { Plugin } from 'vite';
export function minifyTemplates(code: string, shortNames?: ReadonlyMap<string, string>, cssTexts?: string[]): string;
export function minifyTemplatesPlugin(): Plugin;
export function minifyTemplatesTestPlugin(): {
  name: string;
  transform(context: { path: string; body: unknown }): Promise<{ body: string } | undefined>;
};
