import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { usableContactHref, usablePrefix, warnIfIgnored } from './attributes.js';
import { CONTACT_ANCHOR, TOC_ANCHOR } from './content/model.js';
import { ContentSourceController } from './content-source.js';
import { adoptFallback } from './adopt-fallback.js';
import { CopyLinkController } from './copy-link.js';
import { HostContextController } from './host-context.js';
import { TITLE_ID } from './ids.js';
import { LongFaqController } from './long-faq.js';
import { NavigationController } from './navigation.js';
import { OpenAnswersController } from './open-answers.js';
import type { RenderContext } from './render/context.js';
import { memo, same } from './render/memo.js';
import { accordion, contact, header, searchBox, toc } from './render/sections.js';
import { SearchBoxController } from './search-box.js';
import { StructuredDataController } from './structured-data.js';
import type { UiStrings } from './strings.js';
import { styles } from './jetro-alibaba-faq.styles.js';

export type { FaqErrorDetail, FaqSearchDetail, FaqToggleDetail, ToggleSource } from './events.js';

/**
 * The FAQ of JETRO's BtoB グローバル EC プログラム — Alibaba.com 活用支援プログラム
 * （出展中の方）: a table of contents grouped by category, an accordion of the
 * questions and answers, and the contact block, with the page URL's anchors
 * (`#q7`) opening, scrolling to and focusing a question.
 *
 * @summary The JETRO Alibaba.com programme FAQ, with its content built in.
 *
 * @fires jetro-faq-toggle - An answer opened or closed. `detail: { id, open, source }`; `source` is `click`, `keyboard`, `anchor` (the URL or a link), `toc`, `find` (the browser's find-in-page), `all` (the すべて開く button) or `api`.
 * @fires jetro-faq-search - The reader searched; sent once typing pauses (400 ms), so a burst of typing sends one event. `detail: { query, count }`.
 * @fires jetro-faq-error - A document from `data` or `src` was refused, and the widget keeps what it showed, with one console warning. `detail: { reason, path, code, source }`; `path` points into the document (`items[3].answer`, or `''` for the whole); `code` is `invalid`, `json`, `size`, `http`, `network` or `timeout`.
 * @fires jetro-faq-load - A document from `data` or `src` replaced the content. `detail: { source }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The programme name, title and introduction.
 * @csspart search - The search box and its label.
 * @csspart toggle-all - The button that opens or closes every answer.
 * @csspart toc - The table of contents (`nav`).
 * @csspart accordion - The questions and answers.
 * @csspart question - Each question's button.
 * @csspart answer - Each answer's panel.
 * @csspart copy-link - Each answer's button that copies the question's link.
 * @csspart contact - The contact block.
 *
 * @slot - Fallback content, shown until the element renders and to readers without JavaScript. It is hidden once the element renders.
 *
 * @cssproperty --jetro-faq-accent - Links, question labels and controls.
 * @cssproperty --jetro-faq-text - Body text.
 * @cssproperty --jetro-faq-background - The background behind the content.
 * @cssproperty --jetro-faq-surface - The background of the table of contents and the contact block.
 * @cssproperty --jetro-faq-border - Rules between questions, and borders.
 * @cssproperty --jetro-faq-focus - The focus ring.
 * @cssproperty --jetro-faq-radius - Corner radius.
 * @cssproperty --jetro-faq-spacing - The base unit of spacing.
 * @cssproperty --jetro-faq-font - The font family (inherited from the page by default).
 * @cssproperty --jetro-faq-scroll-margin - Room kept above a question scrolled to, and above anything focused, for a sticky page header.
 * @cssproperty --jetro-faq-paragraph-spacing - The space after each paragraph (default 0.75 × `--jetro-faq-spacing`): `2em` is the reader's text spacing of WCAG 1.4.12.
 */
export class JetroAlibabaFaq extends LitElement {
  static override styles = styles;

  /** The public properties, as Lit's static `properties` rather than decorators: no build step has to transform decorators. */
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    contactUrl: { attribute: 'contact-url' },
    anchorPrefix: { attribute: 'anchor-prefix' },
    colorScheme: { attribute: 'color-scheme' },
    lang: {},
    strings: { attribute: false },
    data: { attribute: false },
    src: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
    history: {},
  };

  /** The level of the widget's top heading, 2–6. Categories and questions take the levels below it. */
  headingLevel = 2;

  /**
   * The address of the contact form that the introduction's お問合せフォーム
   * leads to. Without it, that link leads to the contact block.
   */
  contactUrl?: string;

  /** A prefix for this widget's anchors: `alibaba-` makes `#alibaba-q7`. Letters, digits, `-` and `_`. */
  anchorPrefix = '';

  /** `light`, `dark`, or `auto`: the host page's `color-scheme` if it sets one, else the reader's preference. */
  colorScheme: 'light' | 'dark' | 'auto' = 'auto';

  /** The language of the interface (not of the content, which is Japanese): `ja` or `en`. Taken from the nearest ancestor's `lang` when not set, across shadow roots and as it changes. */
  override lang!: string;

  /** Overrides for any of the interface strings. */
  strings: Partial<UiStrings> = {};

  /**
   * An FAQ document (the format of `data/faq.schema.json`) to show instead of
   * the bundled content. It is validated whole; one that fails is refused
   * with a `jetro-faq-error`, and the widget keeps what it showed.
   */
  data?: unknown;

  /** The URL of an FAQ document in JSON to show instead of the bundled content, validated like `data`. */
  src?: string;

  /** Adds a schema.org FAQPage JSON-LD script for the content to `document.head`. */
  structuredData = false;

  /**
   * `push`: navigation puts `#q7` in the page URL, as a history entry, and the URL's anchors open questions.
   * `none`: the URL is left alone, for sites whose fragment is a route (`#/top`); links inside work.
   */
  history: 'push' | 'none' = 'push';

  /*
   * The controllers, one concern each. They never know each other: they meet here.
   * Words: the search's *matches* are what the query finds; the *listed*
   * questions are what the lists show now (in a long FAQ, a step on the way).
   */
  private readonly _context = new HostContextController(this, {
    ownLang: () => this.lang,
    overrides: () => this.strings,
    ownScheme: () => this.colorScheme,
  });
  private readonly _source = new ContentSourceController(this, (content) => this._open.keep(content));
  private readonly _open = new OpenAnswersController(this, () => this._search.matchedIds);
  private readonly _search = new SearchBoxController(this, () => this._source.faq);
  private readonly _long = new LongFaqController(this, {
    faq: () => this._source.faq,
    matched: () => this._search.matches,
    marks: () => this._search.marks,
  });
  private readonly _nav = new NavigationController(this, {
    checkedPrefix: () => usablePrefix(this.anchorPrefix),
    usesUrl: () => this.history !== 'none',
    openQuestion: (id, source) => {
      if (!this._findItem(id)) return false;
      // A question the search does not match cannot be seen: the search gives way. The reader now waits for
      // this question, not for a keystroke: a long FAQ's lists come back in one step, as new content does.
      if (!this._search.matches.ids.has(id)) {
        this._search.set('');
        this._long.listAtOnce();
      }
      this._open.set(id, true, source);
      return true;
    },
    isSection: (anchor) => anchor === TOC_ANCHOR || anchor === CONTACT_ANCHOR || this._source.faq.categories.some((c) => c.id === anchor),
    scrollToTop: (target, instant) => this._long.scrollToTop(target, instant),
  });
  private readonly _copy = new CopyLinkController(this, {
    linkTo: (id) => this._nav.linkTo(id),
    copied: (label) => this._context.ui.linkCopiedName(label),
    notCopied: (url) => this._context.ui.copyFailed(url),
  });
  private _cx?: RenderContext;

  constructor() {
    super();
    // It registers with the element and needs nothing more from it: no field holds it.
    new StructuredDataController(this, { wanted: () => this.structuredData, faq: () => this._source.faq });
  }

  /** @internal Lit's lifecycle, not API. */
  override connectedCallback(): void {
    // Before the controllers connect: navigation then finds the fallback inside, and removes its ids.
    adoptFallback(this);
    super.connectedCallback();
  }

  /** Opens the answer to a question, by its anchor (`q7`). */
  show(id: string): void {
    this._open.set(this._item(id), true, 'api');
  }

  /** Closes the answer to a question, by its anchor (`q7`). */
  hide(id: string): void {
    this._open.set(this._item(id), false, 'api');
  }

  /** Opens every answer. */
  expandAll(): void {
    for (const item of this._source.faq.items) this._open.set(item.id, true, 'api');
  }

  /** Closes every answer. */
  collapseAll(): void {
    for (const item of this._source.faq.items) this._open.set(item.id, false, 'api');
  }

  private _findItem(id: string) {
    return this._source.faq.items.find((item) => item.id === id);
  }

  /** The question with anchor `id`; an unknown id is the caller's mistake. */
  private _item(id: string): string {
    if (this._findItem(id)) return id;
    const known = this._source.faq.items.map((item) => item.id);
    throw new RangeError(`<jetro-alibaba-faq>: no question "${id}" (the questions are ${known[0]}…${known.at(-1)})`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) this._source.useData(this.data);
    if (changed.has('src')) this._source.load(this.src || undefined);
    // The first render already shows what the URL names: no second render, no jump.
    if (!this.hasUpdated) this._nav.routeCurrent(true);
    if (changed.has('anchorPrefix'))
      warnIfIgnored('anchor-prefix', this.anchorPrefix, usablePrefix(this.anchorPrefix), 'use up to 32 letters, digits, "-" and "_"');
    if (changed.has('contactUrl'))
      warnIfIgnored('contact-url', this.contactUrl, usableContactHref(this.contactUrl), 'it must be an https:, http: or mailto: address');
  }

  /** Resolves once the element has rendered, and its lists show what the search matched. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._long.whenCaughtUp(() => super.getUpdateComplete());
  }

  protected override render(): TemplateResult {
    const ui = this._context.ui;
    const cx = (this._cx = same(this._cx, {
      level: this.headingLevel,
      ui,
      uiLang: ui.lang === 'ja' ? undefined : ui.lang,
      searchIndex: this._search.index,
      linkTo: this._nav.linkTo,
      contactHref: usableContactHref(this.contactUrl),
      copyable: this.history !== 'none',
      nav: this._nav,
      search: this._search,
      answers: this._open,
      copy: this._copy,
    }));
    const content = this._source.faq;
    const { query, matches } = this._search;
    const { listed, chunkSize } = this._long;
    return html`
      <section class="faq ${this._context.schemeClass} ${this._long.isLong ? 'long' : ''}" part="base" lang="ja" aria-labelledby=${TITLE_ID}>
        ${memo(header, content, cx)} ${searchBox(query, this._search.count, this._search.related, content.items.length, cx)}
        ${toc(content, listed, chunkSize, query !== '' && matches.ids.size === 0, cx)}
        ${accordion(content, this._search.matchedIds, listed, chunkSize, this._open.ids, this._copy.copiedId, this._nav.targetId, cx)}
        ${memo(contact, content, cx)}
        <p class="visually-hidden" role="status" lang=${cx.uiLang ?? nothing}>${this._copy.announcement}</p>
      </section>
    `;
  }
}
