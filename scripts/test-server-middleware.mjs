// What the test server adds for the embedding tests: a page served under a
// strict Content-Security-Policy with Trusted Types, FAQ documents that
// are slow, too large or refused, for the `src` attribute, and host pages
// with the built fallback HTML pasted inside the element, as the README advises.
import { readFile } from 'node:fs/promises';

/** Where a fixture page wants dist/jetro-alibaba-faq.fallback.html pasted. */
const FALLBACK_MARKER = '<!-- jetro-alibaba-faq:fallback -->';

import { clearTimeout } from 'node:timers';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Waits `ms`, or less if the client gives up on the request first.
 * @returns whether the client still wants the response.
 */
function hold(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    // The response closes before it was sent only when the client aborted or dropped the connection.
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

/** @type {import('koa').Middleware} */
export async function testServerMiddleware(ctx, next) {
  if (ctx.path === '/test/fixtures/csp.html') {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  if (/^\/test\/fixtures\/[\w-]+-fallback\.html$/.test(ctx.path)) {
    const [page, fallback] = await Promise.all([readFile(`.${ctx.path}`, 'utf8'), readFile('dist/jetro-alibaba-faq.fallback.html', 'utf8')]);
    ctx.type = 'text/html';
    ctx.body = page.replaceAll(FALLBACK_MARKER, fallback);
    return;
  }
  if (ctx.path === '/test-api/slow.json') {
    // Answers after ?ms=…, with the document named by ?file=… (under test/fixtures/).
    if (!(await hold(ctx, Number(ctx.query.ms ?? 1000)))) return;
    ctx.path = `/test/fixtures/${ctx.query.file ?? 'small-faq.json'}`;
    return next();
  }
  if (ctx.path === '/test-api/slow-body.json') {
    // Sends the status, the headers and the start of a document at once, and the rest after ?ms=…:
    // written straight to the socket, so that no middleware of the dev server holds the start back.
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    ctx.res.write('{"title": "');
    if (await hold(ctx, Number(ctx.query.ms ?? 1000))) ctx.res.end('slow"}');
    return;
  }
  if (ctx.path === '/test-api/too-large.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ padding: 'x'.repeat(1_100_000) });
    return;
  }
  if (ctx.path === '/test-api/negotiated.json') {
    // A server that answers with its HTML page unless the request asks for JSON (`Accept`).
    if (!/\bapplication\/json\b/.test(ctx.get('Accept'))) {
      ctx.status = 406;
      ctx.body = 'Not Acceptable: ask for application/json';
      return;
    }
    ctx.path = '/test/fixtures/small-faq.json';
    return next();
  }
  if (ctx.path === '/test-api/error.json') {
    ctx.status = Number(ctx.query.status ?? 500);
    ctx.body = 'Internal Server Error';
    return;
  }
  return next();
}
