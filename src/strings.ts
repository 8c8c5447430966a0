/**
 * Every string of the interface, one typed object per language. The FAQ
 * content itself is not here: it stays as the data gives it, in Japanese.
 */
export interface UiStrings {
  /** The language these strings are in, for `lang` on the elements that show them. */
  readonly lang: string;
  /** The heading of the table of contents, and the name of its `nav`. */
  readonly toc: string;
  /** The link after each answer that returns to its table-of-contents entry. */
  readonly backToToc: string;
}

export const ja: UiStrings = {
  lang: 'ja',
  toc: '目次',
  backToToc: '目次へ戻る',
};

export const en: UiStrings = {
  lang: 'en',
  toc: 'Contents',
  backToToc: 'Back to contents',
};

const byLanguage: Record<string, UiStrings> = { ja, en };

/** The strings for a BCP 47 language tag: `en-GB` takes English; anything unknown, Japanese. */
export function stringsFor(lang: string | null | undefined): UiStrings {
  const primary = (lang ?? '').toLowerCase().split('-')[0];
  return byLanguage[primary] ?? ja;
}
