// What the test server adds for the embedding tests: a page served under a
// strict Content-Security-Policy with Trusted Types, FAQ documents that
// are slow, too large or refused, for the `src` attribute, and host pages
// with the built fallback HTML pasted inside the element, as the README advises.
import { readFile } from 'node:fs/promises';

/** Where a fixture page wants dist/jetro-alibaba-faq.fallback.html pasted. */
const FALLBACK_MARKER = '<!-- jetro-alibaba-faq:fallback -->';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
    await sleep(Number(ctx.query.ms ?? 1000));
    ctx.path = `/test/fixtures/${ctx.query.file ?? 'small-faq.json'}`;
    return next();
  }
  if (ctx.path === '/test-api/too-large.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ padding: 'x'.repeat(1_100_000) });
    return;
  }
  if (ctx.path === '/test-api/error.json') {
    ctx.status = Number(ctx.query.status ?? 500);
    ctx.body = 'Internal Server Error';
    return;
  }
  return next();
}
