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

/** C0/C1 controls other than tab and newline, and the bidi overrides that can disguise text. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const MAX_TEXT_LENGTH = 20_000;

/** A value in the document and where it is, such as `items[3].answer`: what a refusal names. */
class Place {
  constructor(
    readonly value: unknown,
    readonly path: string,
  ) {}

  /** The field `key` of this object, or the entry `key` of this list. */
  at(key: string | number): Place {
    const path = typeof key === 'number' ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key;
    return new Place((this.value as Record<string, unknown>)[key], path);
  }

  /** Refuses the document for what is wrong here. */
  refuse(reason: string): never {
    throw new FaqDataError(this.path, reason);
  }
}

function fields(place: Place, known: readonly string[]): Place {
  const { value } = place;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) place.refuse('must be an object with named fields');
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) place.at(key).refuse(`unknown field (expected one of: ${known.join(', ')})`);
  }
  return place;
}

function text(place: Place): string {
  const { value } = place;
  if (value === undefined || value === null) place.refuse('is missing');
  if (typeof value !== 'string') place.refuse(`must be text, not ${describe(value)}`);
  if (value.trim() === '') place.refuse('must not be empty');
  // In characters (code points), as JSON Schema's maxLength counts: only a text over the limit in UTF-16 units pays for it.
  if (value.length > MAX_TEXT_LENGTH && [...value].length > MAX_TEXT_LENGTH) {
    place.refuse(`is longer than ${MAX_TEXT_LENGTH} characters`);
  }
  const bad = FORBIDDEN_CHARACTERS.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    place.refuse(`contains the control character U+${code}`);
  }
  return value.trim();
}

/** A name (an id, a field's name) is text taken as written: spaces around it are not trimmed away. */
function name(place: Place): string {
  text(place);
  return place.value as string;
}

/** The entries of a list, each with its place. */
function list(place: Place): Place[] {
  const { value } = place;
  if (value === undefined || value === null) place.refuse('is missing');
  if (!Array.isArray(value)) place.refuse(`must be a list, not ${describe(value)}`);
  // Array.from visits a hole in the list (which only a script can make) as undefined, which is refused; map would skip it.
  return Array.from(value, (_, index) => place.at(index));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function richText(place: Place): RichText {
  const source = text(place);
  try {
    return parseRichText(source);
  } catch (error) {
    if (error instanceof LinkError) place.refuse(error.message);
    throw error;
  }
}

/** The values as a set; a value that comes again is refused at the field `key` of its second place. */
function unique<T>(values: readonly T[], places: readonly Place[], key: string): Set<T> {
  const seen = new Set<T>();
  values.forEach((value, index) => {
    // JSON's spelling quotes an id and leaves a number bare: `"jetro" is used twice`, `7 is used twice`.
    if (seen.has(value)) places[index].at(key).refuse(`${JSON.stringify(value)} is used twice`);
    seen.add(value);
  });
  return seen;
}

/** Anchors the element has whatever the content: the contact block and the table of contents. */
const RESERVED_ANCHORS = [CONTACT_ANCHOR, TOC_ANCHOR];

const SOURCE_PARTS: readonly SourcePart[] = ['toc', 'body'];

/** The corrections at `place`, of fields of `owner` named in `correctable`. */
function corrections(place: Place, owner: Place, correctable: readonly string[]): Correction[] {
  // Corrections are optional: most texts have none.
  if (place.value === undefined) return [];
  return list(place).map((entry) => {
    fields(entry, ['field', 'original', 'corrected', 'in', 'reason']);
    const field = name(entry.at('field'));
    if (!correctable.includes(field)) entry.at('field').refuse(`must name one of: ${correctable.join(', ')}`);
    const corrected = text(entry.at('corrected'));
    const current = owner.at(field).value;
    const currentText = Array.isArray(current) ? current.join('\n') : String(current);
    if (!currentText.includes(corrected)) entry.at('corrected').refuse(`"${corrected}" does not appear in ${field}`);
    const parts = list(entry.at('in')).map((part) => {
      if (!SOURCE_PARTS.includes(part.value as SourcePart)) part.refuse('must be "toc" or "body"');
      return part.value as SourcePart;
    });
    return {
      field,
      original: text(entry.at('original')),
      corrected,
      in: parts,
      reason: text(entry.at('reason')),
    };
  });
}

function category(place: Place): Omit<FaqCategory, 'items'> {
  fields(place, ['id', 'title', 'corrections']);
  const id = name(place.at('id'));
  if (!ANCHOR_NAME.test(id) || /^q\d+$/.test(id) || RESERVED_ANCHORS.includes(id)) {
    place
      .at('id')
      .refuse(
        `"${id}" cannot be an anchor: use letters, digits, "-" and "_", starting with a letter, and not q1, q2… or ${RESERVED_ANCHORS.join(', ')}`,
      );
  }
  return {
    id,
    title: text(place.at('title')),
    corrections: corrections(place.at('corrections'), place, ['title']),
  };
}

function item(place: Place, categoryIds: ReadonlySet<string>): FaqItem {
  fields(place, ['number', 'category', 'question', 'keywords', 'answer', 'corrections']);
  const numberPlace: Place = place.at('number'); // typed, so that refuse() narrows the number below
  const number = numberPlace.value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 1_000_000) {
    numberPlace.refuse(`must be a whole number from 1, not ${describe(number)}`);
  }
  const categoryId = name(place.at('category'));
  if (!categoryIds.has(categoryId)) {
    place.at('category').refuse(`"${categoryId}" is not one of the categories (${[...categoryIds].join(', ')})`);
  }
  const question = text(place.at('question'));
  const answer = richText(place.at('answer'));
  return {
    id: `q${number}`,
    number,
    label: `Q${number}`,
    categoryId,
    question,
    answer,
    answerText: plainText(answer),
    // Optional, as most questions of another FAQ may have none.
    keywords: place.at('keywords').value === undefined ? [] : list(place.at('keywords')).map(text),
    corrections: corrections(place.at('corrections'), place, ['question', 'answer']),
  };
}

/** Every `#name` link must lead to an anchor the content has. */
function checkInternalLinks(content: FaqContent, places: Map<RichText, Place>): void {
  const anchors = new Set<string>([...RESERVED_ANCHORS, ...content.categories.map((c) => c.id), ...content.items.map((i) => i.id)]);
  for (const [textValue, place] of places) {
    for (const run of textValue.flat(2)) {
      if (isLink(run) && run.href.startsWith('#') && !anchors.has(run.href.slice(1))) {
        place.refuse(`the link "${run.href}" leads to no question or category, nor to #${CONTACT_ANCHOR} or #${TOC_ANCHOR}`);
      }
    }
  }
}

/**
 * Validates a whole FAQ document and returns its model.
 * @throws FaqDataError naming the first problem and where it is.
 */
export function parseFaqDocument(input: unknown): FaqContent {
  const root = fields(new Place(input, ''), ['title', 'programme', 'intro', 'categories', 'items', 'contact', 'corrections']);

  const programme = list(root.at('programme')).map(text);
  const intro = richText(root.at('intro'));

  const categoryPlaces = list(root.at('categories'));
  const categoryList = categoryPlaces.map(category);
  if (categoryList.length === 0) root.at('categories').refuse('must name at least one category');
  const categoryIds = unique(
    categoryList.map((c) => c.id),
    categoryPlaces,
    'id',
  );

  const itemPlaces = list(root.at('items'));
  const items = itemPlaces.map((place) => item(place, categoryIds));
  unique(
    items.map((it) => it.number),
    itemPlaces,
    'number',
  );

  const contactPlace = fields(root.at('contact'), ['title', 'body']);
  const contact = { title: text(contactPlace.at('title')), body: richText(contactPlace.at('body')) };

  const categories = categoryList.map((c) => ({ ...c, items: items.filter((it) => it.categoryId === c.id) }));
  const empty = categories.findIndex((c) => c.items.length === 0);
  if (empty >= 0) categoryPlaces[empty].refuse(`"${categories[empty].id}" has no items`);

  const content: FaqContent = {
    title: text(root.at('title')),
    programme,
    intro,
    categories,
    // Document order is category order: the table of contents and the accordion agree.
    items: categories.flatMap((c) => c.items),
    contact,
    corrections: corrections(root.at('corrections'), root, ['title', 'programme', 'intro']),
  };

  const richTexts = new Map<RichText, Place>([
    [intro, root.at('intro')],
    [contact.body, contactPlace.at('body')],
  ]);
  items.forEach((it, i) => richTexts.set(it.answer, itemPlaces[i].at('answer')));
  checkInternalLinks(content, richTexts);
  return content;
}
