/**
 * Fetches an FAQ document for the `src` attribute: JSON, at most 1 MB, within
 * 10 s, validated whole. Every failure is a FaqDataError whose `code` says
 * what kind it was.
 */
import type { FaqContent } from './model.js';
import { FaqDataError, parseFaqDocument } from './parse.js';

export const MAX_DOCUMENT_BYTES = 1_000_000;
export const FETCH_TIMEOUT_MS = 10_000;

/** Reads a response body, giving up as soon as it passes `limit` bytes. */
async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > limit) throw new FaqDataError('', `the document is larger than ${limit / 1_000_000} MB`, 'size');
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new FaqDataError('', `the document is larger than ${limit / 1_000_000} MB`, 'size');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * @param signal Aborts the fetch when the element no longer wants it (src changed, element removed).
 * @throws FaqDataError, or the AbortError of `signal`.
 */
export async function fetchFaqDocument(
  url: string,
  signal: AbortSignal,
  { timeout = FETCH_TIMEOUT_MS, limit = MAX_DOCUMENT_BYTES } = {},
): Promise<FaqContent> {
  const timer = AbortSignal.timeout(timeout);
  const both = AbortSignal.any([signal, timer]);
  let bytes: Uint8Array;
  try {
    const response = await fetch(url, { signal: both, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new FaqDataError('', `the server answered HTTP ${response.status}`, 'http');
    bytes = await readLimited(response, limit);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (timer.aborted) throw new FaqDataError('', `no answer within ${timeout / 1000} s`, 'timeout');
    if (error instanceof FaqDataError) throw error;
    throw new FaqDataError('', `the document could not be fetched (${(error as Error).message})`, 'network');
  }
  // Decoded apart from the fetch: a document that is not UTF-8 is a bad document, not a network error.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FaqDataError('', 'the document is not UTF-8 text', 'json');
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new FaqDataError('', `the document is not valid JSON (${(error as Error).message})`, 'json');
  }
  return parseFaqDocument(document);
}
