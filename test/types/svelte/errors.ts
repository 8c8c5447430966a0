// Type test of `jetro-alibaba-faq/svelte`: what Svelte's markup checks an element's attributes
// against, `SvelteHTMLElements['jetro-alibaba-faq']`, must refuse each line below. If one stops
// failing, its `@ts-expect-error` is unused, and svelte-check fails.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'jetro-alibaba-faq/svelte';

type Attributes = SvelteHTMLElements['jetro-alibaba-faq'];
const log = (text: string) => text;

export const refused: Attributes[] = [
  // @ts-expect-error heading-levl is not an attribute of <jetro-alibaba-faq>
  { 'heading-levl': '3' },
  // @ts-expect-error "three" is not a heading level
  { 'heading-level': 'three' },
  // @ts-expect-error the headingLevel property is a number, not a string
  { headingLevel: '3' },
  // @ts-expect-error color-scheme is light, dark or auto
  { 'color-scheme': 'dim' },
  // @ts-expect-error the toggle event's detail has no `nope`
  { 'onjetro-faq-toggle': (e) => log(e.detail.nope) },
];
