/**
 * Reading `data/faq.yaml`: YAML text → the validated FAQ document, or the
 * first problem with the line and the question it is at. The build
 * (vite.config.ts) and the editor page (demo/editor.html) both call this, so a
 * content owner sees in the browser exactly the message the build would print:
 * `data/faq.yaml:87 (Q5): items[4].question: is missing`.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { MAX_DOCUMENT_BYTES } from '../src/content/fetch-document.js';
import type { FaqContent } from '../src/content/model.js';
import { FaqDataError, parseFaqDocument } from '../src/content/parse.js';

/** Where a problem is: the place in the text, its line (from 1) and the question's number. */
export interface Location {
  readonly offset?: number;
  readonly line?: number;
  readonly question?: number;
}

/** A file the build would refuse. `message` is the build's whole message. */
export class FaqYamlError extends Error {
  constructor(
    message: string,
    readonly location: Location,
  ) {
    super(message);
    this.name = 'FaqYamlError';
  }
}

/** A file the build accepts: the plain document (what `data` and faq.json take) and its model. */
export interface FaqYaml {
  readonly document: unknown;
  readonly content: FaqContent;
}

/**
 * Where a validation error's path (`items[4].question`) is in the YAML: the
 * node at that path, or its nearest parent that exists (a missing field points
 * at its item), and the question's number, since `items[4]` is Q5 to a content
 * owner.
 */
export function locate(document: Document, lines: LineCounter, path: string): Location {
  const keys = [...path.matchAll(/[^.[\]]+/g)].map(([key]) => (/^\d+$/.test(key) ? Number(key) : key));
  let node: unknown;
  for (let depth = keys.length; depth > 0 && !node; depth--) node = document.getIn(keys.slice(0, depth), true);
  const offset = (node as { range?: [number] } | undefined)?.range?.[0];
  const item = keys[0] === 'items' && typeof keys[1] === 'number' ? document.getIn(['items', keys[1], 'number']) : undefined;
  return {
    offset,
    line: offset === undefined ? undefined : lines.linePos(offset).line,
    question: typeof item === 'number' ? item : undefined,
  };
}

/** `data/faq.yaml:87 (Q5)`: the file, the line and the question, as far as they are known. */
export function describeLocation(file: string, { line, question }: Location): string {
  return `${file}${line === undefined ? '' : `:${line}`}${question === undefined ? '' : ` (Q${question})`}`;
}

/**
 * Parses and validates the text of an FAQ file. JSON is accepted too, since
 * JSON is YAML.
 * @param file The name the messages give the file: `data/faq.yaml`.
 * @throws FaqYamlError with the build's message and where the problem is.
 */
export function readFaqYaml(source: string, file: string): FaqYaml {
  // The limit of a document for `src`: what the widget would refuse to load, the build refuses to make.
  if (new TextEncoder().encode(source).length > MAX_DOCUMENT_BYTES) {
    throw new FaqYamlError(`${file}: the document is larger than ${MAX_DOCUMENT_BYTES / 1_000_000} MB`, {});
  }
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const [syntax] = document.errors;
  if (syntax) {
    const offset = syntax.pos[0];
    const location = { offset, line: lines.linePos(offset).line };
    throw new FaqYamlError(`${describeLocation(file, location)}: not valid YAML: ${syntax.message}`, location);
  }
  const value: unknown = document.toJS();
  try {
    return { document: value, content: parseFaqDocument(value) };
  } catch (error) {
    if (!(error instanceof FaqDataError)) throw error;
    const location = locate(document, lines, error.path);
    throw new FaqYamlError(`${describeLocation(file, location)}: ${error.message}`, location);
  }
}

/** The content as JSON, for `src`: the build's dist/faq.json and the editor's download alike. */
export function faqJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
