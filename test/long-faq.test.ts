/**
 * The long FAQ's stepped lists, with no DOM: the steps (ListedEntries), and what
 * drives them (LongFaqController), with a fake host and a frame queue of the test's own.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import type { FaqContent } from '../src/content/model.js';
import { FILTER_BUDGET, LIST_COST, ListedEntries, LONG_FAQ, LongFaqController, UNLIST_COST } from '../src/long-faq.js';
import { queryTerms } from '../src/search/normalize.js';
import { expandTerm, NO_TERMS, type SearchResult } from '../src/search/search-index.js';

/** Content with `count` questions q1…qN: only their ids matter here. */
const contentOf = (count: number) => ({ items: Array.from({ length: count }, (_, i) => ({ id: `q${i + 1}` })) }) as unknown as FaqContent;
const matching = (content: FaqContent, keep: (n: number) => boolean): SearchResult => ({
  terms: [],
  ids: new Set(content.items.map((item) => item.id).filter((id) => keep(Number(id.slice(1))))),
});

/** More frames than any search here needs (1,000 questions unlisted at once take 5): past it, the lists never catch up. */
const MAX_FRAMES = 100;

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
    faq: () => state.content,
    matched: () => state.matches,
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
  /**
   * Runs frames until no more are asked for, calling `after` after each. A loop over frame() that never ends would
   * hold the page, and the test file would only time out, naming no test: a bound makes this test fail, and say why.
   */
  const settle = async (after: () => unknown = () => {}) => {
    for (let n = 0; frame(); n++) {
      if (n >= MAX_FRAMES) throw new Error(`the lists had not caught up after ${MAX_FRAMES} frames`);
      await after();
    }
  };
  const listed = () => state.content.items.filter((item) => long.listed.has(item.id)).length;
  return { host, long, state, update, frame, frames, settle, listed, controllers };
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

  it('takes a long FAQ to a new search one step a frame, within the budget, and no step outside its frame', async () => {
    const { host, long, state, update, settle, listed } = setUp(1000);
    update();
    // Only q1…q50 match: 950 questions to unlist, at UNLIST_COST each.
    state.matches = matching(state.content, (n) => n <= 50);
    update();
    expect(listed(), 'an update outside the frame takes no step').to.equal(1000);
    expect(long.caughtUp).to.equal(false);
    expect(host.requests).to.equal(0);
    const steps: number[] = [];
    await settle(() => steps.push(listed()));
    expect(host.requests, 'one update a frame').to.equal(steps.length);
    expect(steps.length, `${steps.join(', ')}`).to.equal(Math.ceil((950 * UNLIST_COST) / FILTER_BUDGET));
    expect(steps.at(-1)).to.equal(50);
    expect(long.caughtUp).to.equal(true);
  });

  it('lists at most the budget’s worth of questions a frame when a search is cleared', async () => {
    const { state, update, frame, settle, listed } = setUp(LONG_FAQ * 3);
    update();
    state.matches = matching(state.content, () => false);
    update();
    await settle();
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
    const { long, state, update, settle, frames } = setUp(1000);
    update();
    state.matches = matching(state.content, (n) => n <= 10);
    update();
    let resolved = false;
    const done = long.whenCaughtUp(() => Promise.resolve(true)).then(() => (resolved = true));
    // Every microtask and a task later: nothing but the frames can let it resolve.
    await new Promise((resolve) => setTimeout(resolve));
    expect(resolved, 'before the frames').to.equal(false);
    expect(frames, 'it waits for a frame, besides the step the update asked for').to.have.length(2);
    await settle(() => new Promise((resolve) => setTimeout(resolve)));
    await done;
    expect(resolved).to.equal(true);
  });
});

describe('ListedEntries', () => {
  const ids = ['q1', 'q2', 'q3', 'q4', 'q5'];
  const terms = queryTerms('jetro').map(expandTerm);
  const none = queryTerms('').map(expandTerm);
  const result = (...matched: string[]) => ({ terms, ids: new Set(matched) });
  const listedOf = (entries: ListedEntries) => ids.filter((id) => entries.has(id));

  it('lists a search at once when there is no limit', () => {
    const entries = new ListedEntries();
    const target = result('q2', 'q4');
    entries.step(ids, target, terms, Infinity);
    expect(listedOf(entries)).to.deep.equal(['q2', 'q4']);
    expect(entries.listsAll(target, terms)).to.equal(true);
    expect(entries.listsAll(result('q2', 'q4'), terms), 'another search').to.equal(false);
  });

  it('lists and unlists within the budget of a step, the first questions in order', () => {
    const entries = new ListedEntries();
    entries.step(ids, result('q1', 'q2'), terms, Infinity);
    const target = result('q3', 'q4', 'q5');
    // Hiding q1 and q2, then showing q3, fits; showing q4 would not.
    entries.step(ids, target, terms, 2 * UNLIST_COST + LIST_COST);
    expect(listedOf(entries)).to.deep.equal(['q3']);
    expect(entries.listsAll(target, terms)).to.equal(false);
    entries.step(ids, target, terms, 2 * LIST_COST);
    expect(listedOf(entries)).to.deep.equal(['q3', 'q4', 'q5']);
    expect(entries.listsAll(target, terms)).to.equal(true);
  });

  it('counts a question marked anew as listed, and keeps the marks of an unlisted one', () => {
    const entries = new ListedEntries();
    entries.step(ids, result(...ids), none, Infinity);
    const target = result('q1', 'q2', 'q3');
    entries.step(ids, target, terms, 2 * LIST_COST);
    // q1 and q2 are marked; q3 and the hiding of q4 and q5 wait for the next step.
    expect(listedOf(entries)).to.deep.equal(ids);
    expect(ids.map((id) => entries.marks(id))).to.deep.equal([terms, terms, none, none, none]);
    entries.step(ids, target, terms, Infinity);
    expect(listedOf(entries)).to.deep.equal(['q1', 'q2', 'q3']);
    expect(
      ids.map((id) => entries.marks(id)),
      'q4 and q5 keep theirs',
    ).to.deep.equal([terms, terms, terms, none, none]);
    expect(entries.listsAll(target, terms)).to.equal(true);
  });

  it('gives the lists a new listing when, and only when, what they show changes', () => {
    const entries = new ListedEntries();
    const target = result('q1', 'q2');
    entries.step(ids, target, terms, Infinity);
    const listing = entries.listed;
    entries.step(ids, target, terms, Infinity);
    expect(entries.listed).to.equal(listing);
    entries.step(ids, result('q1'), terms, 0);
    expect(entries.listed, 'nothing fits in no budget').to.equal(listing);
    entries.step(ids, result('q1'), terms, UNLIST_COST);
    expect(entries.listed).to.not.equal(listing);
    expect(['q1', 'q2'].map((id) => entries.listed.has(id))).to.deep.equal([true, false]);
  });
});
