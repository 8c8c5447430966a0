/**
 * What an edit changed against the bundled FAQ, as a reviewer checks it:
 * each question, answer, category, header and contact text that differs,
 * before and after. A change to the official wording (data/source.txt) must be
 * recorded under `corrections`; one that is not would fail the fidelity test
 * (test/content-fidelity.test.ts), and this list says so beforehand.
 *
 * Both documents have passed the validator, so their shape is known here.
 */
import type { SourcePart } from '../../src/content/model.js';

interface Correction {
  readonly field: string;
  readonly original: string;
  readonly corrected: string;
  readonly in: readonly SourcePart[];
}
interface Corrected {
  readonly corrections?: readonly Correction[];
}
interface Category extends Corrected {
  readonly id: string;
  readonly title: string;
}
interface Item extends Corrected {
  readonly number: number;
  readonly category: string;
  readonly question: string;
  readonly keywords?: readonly string[];
  readonly answer: string;
}
/** A document as data/faq.yaml holds it, once validated. */
interface FaqDocument extends Corrected {
  readonly title: string;
  readonly programme: readonly string[];
  readonly intro: string;
  readonly categories: readonly Category[];
  readonly items: readonly Item[];
  readonly contact: { readonly title: string; readonly body: string };
}

export interface Change {
  /** What changed, as the owner names it: `Q10 回答`, `分類「その他」の名前`. */
  readonly label: string;
  /** The bundled text; undefined for something added. */
  readonly before?: string;
  /** The edited text; undefined for something removed. */
  readonly after?: string;
  /**
   * The official wording now differs from data/source.txt in a way no
   * correction records: record one under `corrections`, or replace the source.
   */
  readonly unrecorded: boolean;
}

/** A text as the official source has it: the field's recorded corrections undone, for one part of the source. */
function official(text: string, owner: Corrected, field: string, part: SourcePart): string {
  return (owner.corrections ?? [])
    .filter((c) => c.field === field && c.in.includes(part))
    .reduce((t, c) => t.replaceAll(c.corrected, c.original), text);
}

/**
 * One text of the document. Questions and category titles stand in the
 * source's table of contents and its body; the other texts only in the body.
 */
function compare(label: string, field: string, parts: readonly SourcePart[], before: [string, Corrected], after: [string, Corrected]): Change[] {
  // The validator trims every text; so does the comparison, or a trailing newline would count as a change.
  const [was, now] = [before[0].trim(), after[0].trim()];
  if (was === now) return [];
  const unrecorded = parts.some((part) => official(was, before[1], field, part) !== official(now, after[1], field, part));
  return [{ label, before: was, after: now, unrecorded }];
}

const BODY: readonly SourcePart[] = ['body'];
const TOC_AND_BODY: readonly SourcePart[] = ['toc', 'body'];
/** The contact block has no corrections: any change to it is a new official text. */
const UNCORRECTABLE = {};

/**
 * The contact block line by line, so that a new phone number is one short
 * change; when lines were added or removed, the block as a whole.
 */
function contactLines(before: string, after: string): Change[] {
  const [was, now] = [before.trim().split('\n'), after.trim().split('\n')];
  if (was.length !== now.length) return compare('お問い合わせ先', 'body', BODY, [before, UNCORRECTABLE], [after, UNCORRECTABLE]);
  return was.flatMap((line, i) => compare(`お問い合わせ先 ${i + 1} 行目`, 'body', BODY, [line, UNCORRECTABLE], [now[i], UNCORRECTABLE]));
}

/**
 * A question's search keywords, one per line. They are never shown and are no
 * part of the official wording, so a change to them needs no correction.
 */
function keywordChange(number: number, was: Item, now: Item): Change[] {
  const [before, after] = [was, now].map((item) => (item.keywords ?? []).map((word) => word.trim()).join('\n'));
  if (before === after) return [];
  return [{ label: `Q${number} キーワード（検索用）`, before: before || undefined, after: after || undefined, unrecorded: false }];
}

/** Every change from `bundled` to `edited`, in the order of the page: header, categories, questions, contact. */
export function listChanges(bundled: unknown, edited: unknown): Change[] {
  const a = bundled as FaqDocument;
  const b = edited as FaqDocument;
  const changes: Change[] = [
    ...compare('タイトル', 'title', BODY, [a.title, a], [b.title, b]),
    ...compare('プログラム名', 'programme', BODY, [a.programme.join('\n'), a], [b.programme.join('\n'), b]),
    ...compare('はじめの文', 'intro', BODY, [a.intro, a], [b.intro, b]),
  ];

  const categoryTitle = (document: FaqDocument, id: string) => document.categories.find((c) => c.id === id)?.title ?? id;
  for (const was of a.categories) {
    const now = b.categories.find((c) => c.id === was.id);
    if (now) changes.push(...compare(`分類「${was.title}」の名前`, 'title', TOC_AND_BODY, [was.title, was], [now.title, now]));
    else changes.push({ label: `分類「${was.title}」`, before: was.title, unrecorded: true });
  }
  for (const now of b.categories.filter((c) => !a.categories.some((was) => was.id === c.id))) {
    changes.push({ label: `分類「${now.title}」`, after: now.title, unrecorded: true });
  }

  const numbers = [...new Set([...a.items, ...b.items].map((item) => item.number))].sort((x, y) => x - y);
  for (const number of numbers) {
    const was = a.items.find((item) => item.number === number);
    const now = b.items.find((item) => item.number === number);
    if (was && now) {
      changes.push(...compare(`Q${number} 質問`, 'question', TOC_AND_BODY, [was.question, was], [now.question, now]));
      changes.push(...compare(`Q${number} 回答`, 'answer', BODY, [was.answer, was], [now.answer, now]));
      changes.push(...keywordChange(number, was, now));
      const [from, to] = [categoryTitle(a, was.category), categoryTitle(b, now.category)];
      // Moving a question reorders the official text, which no correction can record.
      if (was.category !== now.category) changes.push({ label: `Q${number} の分類`, before: from, after: to, unrecorded: true });
    } else if (was) {
      changes.push({ label: `Q${number}（削除）`, before: `${was.question}\n\n${was.answer.trim()}`, unrecorded: true });
    } else if (now) {
      changes.push({ label: `Q${number}（追加）`, after: `${now.question}\n\n${now.answer.trim()}`, unrecorded: true });
    }
  }

  changes.push(...compare('お問い合わせ先の見出し', 'title', BODY, [a.contact.title, UNCORRECTABLE], [b.contact.title, UNCORRECTABLE]));
  changes.push(...contactLines(a.contact.body, b.contact.body));
  return changes;
}
