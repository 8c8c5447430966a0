/**
 * The opt-in schema.org FAQPage for the `structured-data` attribute: one
 * JSON-LD script in document.head per widget, kept in step with the content
 * and removed when the widget goes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqContent } from './content/model.js';

/** The FAQPage JSON-LD of the content, safe to put in a script element. */
export function faqPageJsonLd(content: FaqContent): string {
  // schema.org's names, in quotes: the build renames every property that it is not told to keep
  // (scripts/reserved-names.mjs), and it keeps quoted ones, as data that leaves the bundle needs.
  const page = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    'name': content.title,
    'inLanguage': 'ja',
    'mainEntity': content.items.map((item) => ({
      '@type': 'Question',
      'name': item.question,
      'acceptedAnswer': { '@type': 'Answer', 'text': item.answerText },
    })),
  };
  // No "</script>" or "<!--" can form in the script's text.
  return JSON.stringify(page).replace(/</g, '\\u003c');
}

let policy: TrustedTypePolicy | undefined;

/**
 * Pages that require Trusted Types for scripts need a policy to set a
 * script's text. Ours only ever receives the JSON made above.
 */
function scriptText(json: string): unknown {
  const trustedTypes = window.trustedTypes;
  if (!trustedTypes) return json;
  policy ??= trustedTypes.createPolicy('jetro-alibaba-faq#json-ld', { createScript: (input) => input });
  return policy.createScript(json);
}

export class StructuredDataController implements ReactiveController {
  private _script?: HTMLScriptElement;
  /** The content the script was made from: made again only when that changes. */
  private _madeFrom?: FaqContent;

  constructor(
    host: ReactiveControllerHost,
    private readonly _options: { wanted(): boolean; faq(): FaqContent },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this._options.wanted()) {
      this._remove();
      return;
    }
    const content = this._options.faq();
    if (this._script && content === this._madeFrom) return;
    const json = faqPageJsonLd(content);
    try {
      const script = this._script ?? document.createElement('script');
      script.type = 'application/ld+json';
      // The attribute's name in full: the bundle's renaming would shorten a `dataset` key (it is no declared name).
      script.setAttribute('data-jetro-alibaba-faq', '');
      (script as { text: unknown }).text = scriptText(json);
      if (!this._script) document.head.append(script);
      this._script = script;
      this._madeFrom = content;
    } catch (error) {
      // A page whose policy forbids ours: the FAQ works on without structured data.
      console.warn('<jetro-alibaba-faq>: structured data could not be added:', error);
    }
  }

  hostDisconnected(): void {
    this._remove();
  }

  private _remove(): void {
    this._script?.remove();
    this._script = undefined;
    this._madeFrom = undefined;
  }
}
