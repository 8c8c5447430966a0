/**
 * The attributes whose values are checked. An unusable value is ignored, as
 * if the attribute were not set, and the element says so once in the console.
 */
import { ANCHOR_PREFIX } from './anchors.js';
import { checkHref, LinkError } from './content/rich-text.js';

/** `anchor-prefix`, or '' when it is unusable. */
export const usablePrefix = (prefix: string | undefined): string => (prefix && ANCHOR_PREFIX.test(prefix) ? prefix : '');

/** `contact-url` as a checked address, or undefined: the introduction's お問合せフォーム then leads to the contact block. */
export function usableContactHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return checkHref(url);
  } catch (error) {
    if (error instanceof LinkError) return undefined;
    throw error;
  }
}

/** Warns that `attribute` is ignored when it is set (`value`) but not usable (`usable` is empty). */
export function warnIfIgnored(attribute: string, value: string | undefined, usable: string | undefined, rule: string): void {
  if (value && !usable) console.warn(`<jetro-alibaba-faq>: ${attribute} "${value}" is ignored: ${rule}.`);
}
