/**
 * The typed model of the FAQ content. Everything the element shows comes
 * through these types; only `parse.ts` knows the shape of the data file.
 */

/** A run of plain text. */
export interface TextRun {
  readonly text: string;
}

/**
 * A link. `href` has been checked: an `https:`, `http:`, `mailto:` or `tel:`
 * URL, or `#name` for one of the widget's own anchors.
 */
export interface LinkRun {
  readonly text: string;
  readonly href: string;
}

export type Run = TextRun | LinkRun;
/** One line of a paragraph: the data's single line breaks are kept. */
export type Line = readonly Run[];
export type Paragraph = readonly Line[];
/** Text with paragraphs, line breaks and links, and nothing else. */
export type RichText = readonly Paragraph[];

/** Where in the official source an original wording stands. */
export type SourcePart = 'toc' | 'body';

/** A correction of the official wording, recorded for the content owner. */
export interface Correction {
  readonly field: string;
  readonly original: string;
  readonly corrected: string;
  readonly in: readonly SourcePart[];
  readonly reason: string;
}

export interface FaqItem {
  /** The item's anchor, `q1` for number 1. */
  readonly id: string;
  /** The document's own number. */
  readonly number: number;
  /** The visible label, `Q1`. */
  readonly label: string;
  readonly categoryId: string;
  readonly question: string;
  readonly answer: RichText;
  /** Question and answer as plain text, for search and structured data. */
  readonly answerText: string;
  /** Readers' words for this question (readings, English, variants): searched, never shown. Empty when the data has none. */
  readonly keywords: readonly string[];
  readonly corrections: readonly Correction[];
}

export interface FaqCategory {
  /** The category's anchor. */
  readonly id: string;
  readonly title: string;
  /** Its items, in document order. */
  readonly items: readonly FaqItem[];
  readonly corrections: readonly Correction[];
}

export interface FaqContact {
  readonly title: string;
  readonly body: RichText;
}

export interface FaqContent {
  readonly title: string;
  readonly programme: readonly string[];
  readonly intro: RichText;
  readonly categories: readonly FaqCategory[];
  /** Every item, in document order. */
  readonly items: readonly FaqItem[];
  readonly contact: FaqContact;
  readonly corrections: readonly Correction[];
}

/** The anchor of the contact block; links to `#contact` lead there. */
export const CONTACT_ANCHOR = 'contact';
/** The anchor of the table of contents. */
export const TOC_ANCHOR = 'toc';

export function isLink(run: Run): run is LinkRun {
  return 'href' in run;
}

/** A rich text's words, without its markup. */
export function plainText(text: RichText): string {
  return text.map((paragraph) => paragraph.map((line) => line.map((run) => run.text).join('')).join('\n')).join('\n\n');
}
