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
async function readLimited(response: Response, limit: number): Promise<ArrayBuffer> {
  const tooLarge = new FaqDataError('', `the document is larger than ${limit / 1_000_000} MB`, 'size');
  if (Number(response.headers.get('Content-Length')) > limit) throw tooLarge;
  const reader = response.body!.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  // A Blob joins the chunks into one buffer.
  return new Blob(chunks).arrayBuffer();
}

/** Fetches `url` and reads its body: the part of the work that the deadline races. */
async function download(url: string, signal: AbortSignal, limit: number): Promise<ArrayBuffer> {
  // Credentials go only to the page's own origin: fetch's default, `credentials: 'same-origin'`.
  // A header's name leaves the bundle as data: quoted, so that the build does not rename it.
  const response = await fetch(url, { signal, headers: { 'Accept': 'application/json' } });
  if (!response.ok) throw new FaqDataError('', `the server answered HTTP ${response.status}`, 'http');
  return readLimited(response, limit);
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
  // Not AbortSignal.timeout() joined by AbortSignal.any(): WebKit sometimes lost that abort (most often while
  // collecting garbage), and the fetch ran on past its deadline. A timer of our own is held by the event loop,
  // and racing the download against it means that a late response or a slow body can never win.
  const controller = new AbortController();
  let stop!: (reason: unknown) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  const timeoutError = new FaqDataError('', `no answer within ${timeout / 1000} s`, 'timeout');
  const onAbort = () => stop(signal.reason);
  const timer = setTimeout(() => stop(timeoutError), timeout);
  signal.addEventListener('abort', onAbort);
  if (signal.aborted) onAbort();
  let bytes: ArrayBuffer;
  try {
    bytes = await Promise.race([download(url, controller.signal, limit), stopped]);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof FaqDataError) throw error; // the deadline's, or the download's own
    throw new FaqDataError('', `the document could not be fetched (${(error as Error).message})`, 'network');
  } finally {
    // Whatever ended the race, the download stops: no request or body read outlives the call.
    controller.abort();
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
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
