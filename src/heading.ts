/**
 * An h2–h6 heading at a level chosen at run time. Five plain templates: the
 * static-html alternative (`<${tag}>`) costs far more on every render, which
 * shows with a thousand questions.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  readonly id?: string;
  readonly className?: string;
  /** Whether navigation may move focus to the heading (tabindex="-1"). */
  readonly focusable?: boolean;
  readonly lang?: string;
}

/** An h2 to h6 holding `content`: levels below 2 become 2, above 6 become 6. */
export function heading(level: number, content: unknown, { id, className, focusable = false, lang }: HeadingOptions = {}): TemplateResult {
  const tag = Math.min(6, Math.max(2, Math.round(level) || 2));
  const tabindex = focusable ? -1 : undefined;
  // prettier-ignore
  switch (tag) {
    case 2: return html`<h2 id=${id ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h2>`;
    case 3: return html`<h3 id=${id ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h3>`;
    case 4: return html`<h4 id=${id ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h4>`;
    case 5: return html`<h5 id=${id ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h5>`;
    default: return html`<h6 id=${id ?? nothing} class=${className ?? nothing} tabindex=${tabindex ?? nothing} lang=${lang ?? nothing}>${content}</h6>`;
  }
}
