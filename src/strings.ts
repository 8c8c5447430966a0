/**
 * Every string of the interface, one typed object per language. The FAQ
 * content itself is not here: it stays as the data gives it, in Japanese.
 * A translation is one more object of this type.
 */
export interface UiStrings {
  /** The language these strings are in, for `lang` on the elements that show them. */
  readonly lang: string;
  /** The heading of the table of contents, and the name of its `nav`. */
  readonly toc: string;
  /** The link after each answer that returns to its table-of-contents entry. */
  readonly backToToc: string;
  /** The label of the search box. */
  readonly searchLabel: string;
  /** The hint under the search box. */
  readonly searchHint: string;
  /** The number of questions a search matches, announced as the reader types. */
  readonly resultCount: (count: number, total: number) => string;
  /** The number of questions a forgiving step found when none has every word as typed. */
  readonly relatedCount: (count: number) => string;
  /** Said when a search matches nothing… */
  readonly noResults: string;
  /** …followed by a link to the contact block with this text. */
  readonly noResultsContact: string;
  /** The button that opens every answer the search matches. */
  readonly expandAll: string;
  /** The same button, when every answer the search matches is open. */
  readonly collapseAll: string;
  /** The button that copies a question's link. */
  readonly copyLink: string;
  /** That button's name, for a question's label (`Q7`): it must contain `copyLink`, the words it shows (WCAG 2.5.3). */
  readonly copyLinkName: (label: string) => string;
  /** Shown on the button once the link is copied. */
  readonly linkCopied: string;
  /** The button's name then, and what is said: it must contain `linkCopied`. */
  readonly linkCopiedName: (label: string) => string;
  /** Added to the name of a link to the contact block that the content calls a form (お問合せフォーム), when there is no `contact-url`. */
  readonly inPageContact: string;
  /** Said when the link could not be copied, with the address to copy by hand. */
  readonly copyFailed: (url: string) => string;
}

export const ja: UiStrings = {
  lang: 'ja',
  toc: '目次',
  backToToc: '目次へ戻る',
  searchLabel: '質問を検索',
  searchHint: 'スペースで区切ると、すべての言葉を含む質問を探します。',
  resultCount: (count, total) => `${total} 件中 ${count} 件`,
  relatedCount: (count) => `一致する質問はありません。近い質問 ${count} 件`,
  noResults: '該当する質問は見つかりませんでした。',
  noResultsContact: 'お問い合わせ先',
  expandAll: 'すべて開く',
  collapseAll: 'すべて閉じる',
  copyLink: 'リンクをコピー',
  copyLinkName: (label) => `${label} のリンクをコピー`,
  linkCopied: 'リンクをコピーしました',
  linkCopiedName: (label) => `${label} のリンクをコピーしました`,
  inPageContact: '（このページのお問い合わせ先へ）',
  copyFailed: (url) => `リンクをコピーできませんでした。アドレスは ${url} です。`,
};

export const en: UiStrings = {
  lang: 'en',
  toc: 'Contents',
  backToToc: 'Back to contents',
  searchLabel: 'Search the questions',
  searchHint: 'Words separated by spaces find the questions that contain all of them.',
  resultCount: (count, total) => `${count} of ${total} ${total === 1 ? 'question' : 'questions'}`,
  relatedCount: (count) => `No exact match; ${count} related ${count === 1 ? 'question' : 'questions'}`,
  noResults: 'No question matches your search.',
  noResultsContact: 'Contact us',
  expandAll: 'Open all',
  collapseAll: 'Close all',
  copyLink: 'Copy link',
  copyLinkName: (label) => `Copy link to ${label}`,
  linkCopied: 'Link copied',
  linkCopiedName: (label) => `Link copied: ${label}`,
  inPageContact: ' (the contact details on this page)',
  copyFailed: (url) => `The link could not be copied. The address is ${url}`,
};

// Keys in quotes: they are looked up with a language tag from the page, and the build renames unquoted ones (README, "For developers").
const byLanguage: Record<string, UiStrings> = { 'ja': ja, 'en': en };

/** The strings for a BCP 47 language tag: `en-GB` takes English; anything unknown, Japanese. */
export function stringsFor(lang: string | null | undefined): UiStrings {
  const primary = (lang ?? '').toLowerCase().split('-')[0];
  return byLanguage[primary] ?? ja;
}
