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
  const i = id ?? nothing;
  const c = className ?? nothing;
  const t = focusable ? '-1' : nothing;
  const l = lang ?? nothing;
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 2:
      return html`<h2 id=${i} class=${c} tabindex=${t} lang=${l}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} class=${c} tabindex=${t} lang=${l}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} class=${c} tabindex=${t} lang=${l}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} class=${c} tabindex=${t} lang=${l}>${content}</h5>`;
    default:
      return html`<h6 id=${i} class=${c} tabindex=${t} lang=${l}>${content}</h6>`;
  }
}
