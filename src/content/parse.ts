/**
 * Validates an FAQ document (the parsed `data/faq.yaml`, a `.data` object or
 * a fetched JSON document) and turns it into the typed model. A document is
 * taken whole or not at all: the first problem throws a FaqDataError that
 * names the place, such as `items[3].answer`.
 */
import {
  CONTACT_ANCHOR,
  TOC_ANCHOR,
  plainText,
  type Correction,
  type FaqCategory,
  type FaqContent,
  type FaqItem,
  type RichText,
  type SourcePart,
  isLink,
} from './model.js';
import { ANCHOR_NAME, LinkError, parseRichText } from './rich-text.js';

/** What kind of problem kept a document out. */
export type FaqDataErrorCode = 'invalid' | 'json' | 'size' | 'http' | 'network' | 'timeout';

export class FaqDataError extends Error {
  /**
   * @param path Where in the document: `items[3].answer`, or `` for the whole.
   * @param reason What is wrong there.
   * @param code What kind of problem it is: `invalid` for the content itself.
   */
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly code: FaqDataErrorCode = 'invalid',
  ) {
    super(path ? `${path}: ${reason}` : reason);
    this.name = 'FaqDataError';
  }
}

type Fields = Record<string, unknown>;

/** C0/C1 controls other than tab and newline, and the bidi overrides that can disguise text. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const MAX_TEXT_LENGTH = 20_000;

function fields(value: unknown, path: string, known: readonly string[]): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FaqDataError(path, 'must be an object with named fields');
  }
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new FaqDataError(join(path, key), `unknown field (expected one of: ${known.join(', ')})`);
    }
  }
  return value as Fields;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function text(value: unknown, path: string): string {
  if (value === undefined || value === null) throw new FaqDataError(path, 'is missing');
  if (typeof value !== 'string') throw new FaqDataError(path, `must be text, not ${describe(value)}`);
  if (value.trim() === '') throw new FaqDataError(path, 'must not be empty');
  // In characters (code points), as JSON Schema's maxLength counts: only a text over the limit in UTF-16 units pays for it.
  if (value.length > MAX_TEXT_LENGTH && [...value].length > MAX_TEXT_LENGTH) {
    throw new FaqDataError(path, `is longer than ${MAX_TEXT_LENGTH} characters`);
  }
  const bad = FORBIDDEN_CHARACTERS.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new FaqDataError(path, `contains the control character U+${code}`);
  }
  return value.trim();
}

/** A name (an id, a field's name) is text taken as written: spaces around it are not trimmed away. */
function name(value: unknown, path: string): string {
  text(value, path);
  return value as string;
}

function list(value: unknown, path: string, { optional = false } = {}): unknown[] {
  if (value === undefined && optional) return [];
  if (value === undefined || value === null) throw new FaqDataError(path, 'is missing');
  if (!Array.isArray(value)) throw new FaqDataError(path, `must be a list, not ${describe(value)}`);
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function richText(value: unknown, path: string): RichText {
  const source = text(value, path);
  try {
    return parseRichText(source);
  } catch (error) {
    if (error instanceof LinkError) throw new FaqDataError(path, error.message);
    throw error;
  }
}

/** Anchors the element has whatever the content: the contact block and the table of contents. */
const RESERVED_ANCHORS = [CONTACT_ANCHOR, TOC_ANCHOR];

const SOURCE_PARTS: readonly SourcePart[] = ['toc', 'body'];

function corrections(value: unknown, path: string, owner: Fields, correctable: readonly string[]): Correction[] {
  return list(value, path, { optional: true }).map((entry, index) => {
    const at = join(path, index);
    const f = fields(entry, at, ['field', 'original', 'corrected', 'in', 'reason']);
    const field = name(f.field, join(at, 'field'));
    if (!correctable.includes(field)) {
      throw new FaqDataError(join(at, 'field'), `must name one of: ${correctable.join(', ')}`);
    }
    const corrected = text(f.corrected, join(at, 'corrected'));
    const current = owner[field];
    const currentText = Array.isArray(current) ? current.join('\n') : String(current);
    if (!currentText.includes(corrected)) {
      throw new FaqDataError(join(at, 'corrected'), `"${corrected}" does not appear in ${field}`);
    }
    const parts = list(f.in, join(at, 'in')).map((part, i) => {
      if (!SOURCE_PARTS.includes(part as SourcePart)) {
        throw new FaqDataError(join(join(at, 'in'), i), 'must be "toc" or "body"');
      }
      return part as SourcePart;
    });
    return {
      field,
      original: text(f.original, join(at, 'original')),
      corrected,
      in: parts,
      reason: text(f.reason, join(at, 'reason')),
    };
  });
}

function category(value: unknown, path: string): Omit<FaqCategory, 'items'> {
  const f = fields(value, path, ['id', 'title', 'corrections']);
  const id = name(f.id, join(path, 'id'));
  if (!ANCHOR_NAME.test(id) || /^q\d+$/.test(id) || RESERVED_ANCHORS.includes(id)) {
    throw new FaqDataError(
      join(path, 'id'),
      `"${id}" cannot be an anchor: use letters, digits, "-" and "_", starting with a letter, and not q1, q2… or ${RESERVED_ANCHORS.join(', ')}`,
    );
  }
  return {
    id,
    title: text(f.title, join(path, 'title')),
    corrections: corrections(f.corrections, join(path, 'corrections'), f, ['title']),
  };
}

function item(value: unknown, path: string, categoryIds: ReadonlySet<string>): FaqItem {
  const f = fields(value, path, ['number', 'category', 'question', 'answer', 'corrections']);
  const number = f.number;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 1_000_000) {
    throw new FaqDataError(join(path, 'number'), `must be a whole number from 1, not ${describe(number)}`);
  }
  const categoryId = name(f.category, join(path, 'category'));
  if (!categoryIds.has(categoryId)) {
    throw new FaqDataError(join(path, 'category'), `"${categoryId}" is not one of the categories (${[...categoryIds].join(', ')})`);
  }
  const question = text(f.question, join(path, 'question'));
  const answer = richText(f.answer, join(path, 'answer'));
  return {
    id: `q${number}`,
    number,
    label: `Q${number}`,
    categoryId,
    question,
    answer,
    answerText: plainText(answer),
    corrections: corrections(f.corrections, join(path, 'corrections'), f, ['question', 'answer']),
  };
}

/** Every `#name` link must lead to an anchor the content has. */
function checkInternalLinks(content: FaqContent, paths: Map<RichText, string>): void {
  const anchors = new Set<string>([...RESERVED_ANCHORS, ...content.categories.map((c) => c.id), ...content.items.map((i) => i.id)]);
  for (const [textValue, path] of paths) {
    for (const run of textValue.flat(2)) {
      if (isLink(run) && run.href.startsWith('#') && !anchors.has(run.href.slice(1))) {
        throw new FaqDataError(path, `the link "${run.href}" leads to no question or category, nor to #${CONTACT_ANCHOR} or #${TOC_ANCHOR}`);
      }
    }
  }
}

/**
 * Validates a whole FAQ document and returns its model.
 * @throws FaqDataError naming the first problem and where it is.
 */
export function parseFaqDocument(input: unknown): FaqContent {
  const root = fields(input, '', ['title', 'programme', 'intro', 'categories', 'items', 'contact', 'corrections']);

  const programme = list(root.programme, 'programme').map((line, i) => text(line, join('programme', i)));
  const intro = richText(root.intro, 'intro');

  const categoryList = list(root.categories, 'categories').map((c, i) => category(c, join('categories', i)));
  if (categoryList.length === 0) throw new FaqDataError('categories', 'must name at least one category');
  const categoryIds = new Set<string>();
  categoryList.forEach((c, i) => {
    if (categoryIds.has(c.id)) throw new FaqDataError(join(join('categories', i), 'id'), `"${c.id}" is used twice`);
    categoryIds.add(c.id);
  });

  const itemValues = list(root.items, 'items');
  const items = itemValues.map((value, i) => item(value, join('items', i), categoryIds));
  const numbers = new Set<number>();
  items.forEach((it, i) => {
    if (numbers.has(it.number)) throw new FaqDataError(join(join('items', i), 'number'), `${it.number} is used twice`);
    numbers.add(it.number);
  });

  const contactFields = fields(root.contact, 'contact', ['title', 'body']);
  const contact = { title: text(contactFields.title, 'contact.title'), body: richText(contactFields.body, 'contact.body') };

  const categories = categoryList.map((c) => ({ ...c, items: items.filter((it) => it.categoryId === c.id) }));
  const empty = categories.findIndex((c) => c.items.length === 0);
  if (empty >= 0) throw new FaqDataError(join('categories', empty), `"${categories[empty].id}" has no items`);

  const content: FaqContent = {
    title: text(root.title, 'title'),
    programme,
    intro,
    categories,
    // Document order is category order: the table of contents and the accordion agree.
    items: categories.flatMap((c) => c.items),
    contact,
    corrections: corrections(root.corrections, 'corrections', root, ['title', 'programme', 'intro']),
  };

  const richTexts = new Map<RichText, string>([
    [intro, 'intro'],
    [contact.body, 'contact.body'],
  ]);
  items.forEach((it, i) => richTexts.set(it.answer, join(join('items', i), 'answer')));
  checkInternalLinks(content, richTexts);
  return content;
}
