import type { Plugin } from 'vite';
export function minifyTemplates(code: string): string;
export function minifyTemplatesPlugin(): Plugin;
export function minifyTemplatesTestPlugin(): { name: string; transform(context: { path: string; body: unknown }): { body: string } | undefined };
