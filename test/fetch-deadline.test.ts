/**
 * The deadline of `src`: a fetch gives up after its time-out whatever the
 * server and the browser do, and stops at once when its caller aborts.
 */
import { expect } from '@open-wc/testing';
import { fetchFaqDocument } from '../src/content/fetch-document.js';
import { FaqDataError } from '../src/content/parse.js';

describe('the deadline of a src fetch', () => {
  // The server holds these answers for a minute, or until the client gives up: far past the 200 ms limit, so only
  // the widget's own deadline can end the fetch within the test's time.
  const timesOut = (url: string) => fetchFaqDocument(url, new AbortController().signal, { timeout: 200 }).catch((e: unknown) => e);

  it('gives up on a fetch that takes too long', async () => {
    const error = await timesOut('/test-api/slow.json?ms=60000');
    expect(error).to.be.instanceOf(FaqDataError);
    expect((error as FaqDataError).code).to.equal('timeout');
  });

  it('gives up on a document whose body arrives too slowly', async () => {
    const probe = new AbortController();
    const response = await fetch('/test-api/slow-body.json?ms=60000', { signal: probe.signal, cache: 'no-store' });
    expect(response.ok, 'the headers come at once, so the deadline must cover the body').to.equal(true);
    probe.abort();
    const error = await timesOut('/test-api/slow-body.json?ms=60000');
    expect(error).to.be.instanceOf(FaqDataError);
    expect((error as FaqDataError).code).to.equal('timeout');
  });

  it('gives up in time while the page collects garbage', async () => {
    // WebKit (2.50) now and then lost the abort of the AbortSignal.timeout() joined by AbortSignal.any() that
    // fetching used to rely on, and the fetch ran on to the server's answer; under garbage collection such as
    // this it was lost in most tries, but not in every run. The deadline is now a timer of the widget's own.
    let garbage: unknown[] = [];
    const churn = setInterval(() => {
      for (let i = 0; i < 2000; i++) garbage.push(new Array(1000).fill(i));
      garbage = garbage.slice(-10);
    }, 5);
    try {
      const errors = await Promise.all([1, 2, 3].map((n) => timesOut(`/test-api/slow.json?ms=60000&n=${n}`)));
      expect(errors.map((error) => (error as FaqDataError).code)).to.deep.equal(['timeout', 'timeout', 'timeout']);
    } finally {
      clearInterval(churn);
    }
  });

  it('stops at once when its caller aborts', async () => {
    const controller = new AbortController();
    const pending = fetchFaqDocument('/test-api/slow.json?ms=60000', controller.signal).catch((e: unknown) => e);
    controller.abort();
    expect(await pending).to.equal(controller.signal.reason);
  });
});
