/** What drives the long FAQ's stepped lists (LongFaqController), with no DOM: a fake host and a frame queue of the test's own. */
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import type { FaqContent } from '../src/content/model.js';
import { FILTER_BUDGET, LONG_FAQ, LongFaqController } from '../src/long-faq.js';
import type { SearchResult, SearchTerm } from '../src/search/search-index.js';
import { LIST_COST } from '../src/search/listed-entries.js';

const NO_TERMS: readonly SearchTerm[] = [];

/** Content with `count` questions q1…qN: only their ids matter here. */
const contentOf = (count: number) => ({ items: Array.from({ length: count }, (_, i) => ({ id: `q${i + 1}` })) }) as unknown as FaqContent;
const matching = (content: FaqContent, keep: (n: number) => boolean): SearchResult => ({
  terms: [],
  ids: new Set(content.items.map((item) => item.id).filter((id) => keep(Number(id.slice(1))))),
});

/** A host that counts update requests, and runs an update (the controller's two hooks) when told. */
function setUp(count: number) {
  const controllers: ReactiveController[] = [];
  const frames: (() => void)[] = [];
  const host = {
    requests: 0,
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => {},
    requestUpdate() {
      this.requests++;
    },
    updateComplete: Promise.resolve(true),
  };
  const content = contentOf(count);
  const state = { content, matches: matching(content, () => true) };
  const long = new LongFaqController(host, {
    content: () => state.content,
    matches: () => state.matches,
    marks: () => NO_TERMS,
    nextFrame: (callback) => frames.push(callback),
  });
  const update = () => {
    long.hostUpdate();
    long.hostUpdated();
  };
  /** Runs the frames requested so far, and the update each asks for. */
  const frame = () => {
    const due = frames.splice(0);
    for (const callback of due) callback();
    if (due.length) update();
    return due.length;
  };
  const listed = () => state.content.items.filter((item) => long.listed.has(item.id)).length;
  return { host, long, state, update, frame, frames, listed, controllers };
}

describe('LongFaqController', () => {
  it('registers with its host', () => {
    const { long, controllers } = setUp(12);
    expect(controllers).to.deep.equal([long]);
  });

  it('lets a short FAQ through at once: no steps, no frames', () => {
    const { long, state, update, frames, listed } = setUp(12);
    update();
    expect(listed()).to.equal(12);
    state.matches = matching(state.content, (n) => n % 2 === 0);
    update();
    expect(listed()).to.equal(6);
    expect(long.caughtUp).to.equal(true);
    expect(frames).to.have.length(0);
    expect(long.isLong).to.equal(false);
    expect(long.chunkSize).to.equal(Infinity);
  });

  it('lists new content at once, even a long one', () => {
    const { long, update, frames, listed } = setUp(1000);
    update();
    expect(listed()).to.equal(1000);
    expect(long.caughtUp).to.equal(true);
    expect(frames).to.have.length(0);
  });

  it('takes a long FAQ to a new search one step a frame, within the budget, and no step outside its frame', () => {
    const { host, long, state, update, frame, listed } = setUp(1000);
    update();
    // Only q1…q50 match: 950 questions to unlist, at UNLIST_COST each.
    state.matches = matching(state.content, (n) => n <= 50);
    update();
    expect(listed(), 'an update outside the frame takes no step').to.equal(1000);
    expect(long.caughtUp).to.equal(false);
    expect(host.requests).to.equal(0);
    const steps = [];
    while (frame()) steps.push(listed());
    expect(host.requests, 'one update a frame').to.equal(steps.length);
    expect(steps.length, `${steps.join(', ')}`).to.equal(Math.ceil(950 / FILTER_BUDGET));
    expect(steps.at(-1)).to.equal(50);
    expect(long.caughtUp).to.equal(true);
  });

  it('lists at most the budget’s worth of questions a frame when a search is cleared', () => {
    const { state, update, frame, listed } = setUp(LONG_FAQ * 3);
    update();
    state.matches = matching(state.content, () => false);
    update();
    while (frame());
    expect(listed()).to.equal(0);
    state.matches = matching(state.content, () => true);
    update();
    frame();
    expect(listed()).to.equal(FILTER_BUDGET / LIST_COST);
  });

  it('lists the matches in one step after listAtOnce, as navigation asks when the search gives way', () => {
    const { long, state, update, frames, listed } = setUp(1000);
    update();
    state.matches = matching(state.content, (n) => n <= 10);
    update();
    expect(listed()).to.equal(1000);
    long.listAtOnce();
    update();
    expect(listed()).to.equal(10);
    expect(long.caughtUp).to.equal(true);
    expect(frames, 'only the frame asked for before').to.have.length(1);
  });

  it('asks for one frame at a time', () => {
    const { state, update, frames } = setUp(1000);
    update();
    state.matches = matching(state.content, (n) => n <= 10);
    update();
    update();
    expect(frames).to.have.length(1);
  });

  it('resolves updateComplete only once the lists have caught up', async () => {
    const { long, state, update, frame } = setUp(1000);
    update();
    state.matches = matching(state.content, (n) => n <= 10);
    update();
    let resolved = false;
    const done = long.whenCaughtUp(() => Promise.resolve(true)).then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).to.equal(false);
    while (frame()) await new Promise((resolve) => setTimeout(resolve));
    await done;
    expect(resolved).to.equal(true);
  });
});
