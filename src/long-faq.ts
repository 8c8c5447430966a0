/**
 * What a long FAQ (hundreds of questions) needs, kept out of everything else;
 * a 12-question FAQ passes straight through:
 * - the lists follow the search in steps, one a frame, within a budget
 *   (ListedEntries), so typing never waits for hundreds of questions to appear
 *   or go; new content is listed at once, never in steps;
 * - `updateComplete` waits until the lists have caught up;
 * - the questions come in chunks that are laid out, or skipped, together
 *   (`.long .chunk` in the styles);
 * - scrolling to a question settles, as the questions around it are laid out.
 *
 * Words: the search's *matches* are what the query finds; the *listed*
 * questions are what the lists show now, the matches or a step on the way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqContent } from './content/model.js';
import { NO_TERMS, type SearchResult, type SearchTerm } from './search/search-index.js';

/** From this many questions on, off-screen ones skip layout and paint until scrolled near. */
export const LONG_FAQ = 100;
/** In a long FAQ, how many questions make a chunk of the lists. */
const CHUNK = 10;

/**
 * What a change costs from a step's budget. A question listed, or marked
 * anew, is laid out; one unlisted is only taken out of the layout.
 */
export const LIST_COST = 6;
export const UNLIST_COST = 1;
/** In a long FAQ, what one frame may spend as the lists catch up with a search: 40 questions listed, or 240 unlisted. */
export const FILTER_BUDGET = 40 * LIST_COST;

/**
 * The questions the lists show now, which this code calls *listed*, and the
 * marks in each: the search's matches, or in a long FAQ a step on the way.
 * A new object whenever they change: what the lists' partials are given.
 */
export interface Listing {
  /** Changes whenever the listed questions or their marks do. */
  readonly revision: number;
  has(id: string): boolean;
  marks(id: string): readonly SearchTerm[];
}

/*
 * ListedEntries: hundreds of questions listed or unlisted at once would hold
 * up typing for several frames. So in a long FAQ the lists follow the search
 * in steps, one a frame, each within a budget, in the order they are shown:
 * the top of the lists, which the reader sees, comes first.
 */

/** The listed questions and their marks, and the steps that take them to a search's matches. */
export class ListedEntries {
  private readonly _listed = new Set<string>();
  private readonly _marks = new Map<string, readonly SearchTerm[]>();
  private _caughtUp = false;
  private _target?: SearchResult;
  private _targetMarks?: readonly SearchTerm[];
  private _revision = 0;
  private _listing?: Listing;

  /** Whether question `id` is listed. */
  has(id: string): boolean {
    return this._listed.has(id);
  }

  /**
   * The terms marked in question `id`. A question unlisted keeps the marks
   * it had, so that unlisting or listing it again changes nothing else.
   */
  marks(id: string): readonly SearchTerm[] {
    return this._marks.get(id) ?? NO_TERMS;
  }

  /** Whether the listed questions are `result`'s matches with `marks`, in full: nothing is left to change. */
  listsAll(result: SearchResult, marks: readonly SearchTerm[]): boolean {
    return this._caughtUp && result === this._target && marks === this._targetMarks;
  }

  /** What the lists read: a new object whenever the listed questions or their marks change, for memo to see it. */
  get listed(): Listing {
    if (this._listing?.revision !== this._revision) {
      this._listing = { revision: this._revision, has: (id) => this.has(id), marks: (id) => this.marks(id) };
    }
    return this._listing;
  }

  /**
   * Takes the listed questions toward `result`'s matches, with `marks` in
   * each: it lists, unlists or marks anew the first questions, in the order
   * of `ids`, whose changes fit in `budget` (see LIST_COST and UNLIST_COST).
   */
  step(ids: readonly string[], result: SearchResult, marks: readonly SearchTerm[], budget: number): void {
    let spent = 0;
    const revision = this._revision;
    this._caughtUp = true;
    this._target = result;
    this._targetMarks = marks;
    for (const id of ids) {
      const matched = result.ids.has(id);
      if (matched ? this._listed.has(id) && this._marks.get(id) === marks : !this._listed.has(id)) continue;
      const cost = matched ? LIST_COST : UNLIST_COST;
      if (spent + cost > budget) {
        this._caughtUp = false;
        break;
      }
      spent += cost;
      this._revision = revision + 1;
      if (matched) {
        this._listed.add(id);
        this._marks.set(id, marks);
      } else {
        this._listed.delete(id);
      }
    }
  }
}

export interface LongFaqOptions {
  faq(): FaqContent;
  /** What the search matches. */
  matched(): SearchResult;
  /** The terms to mark in every question listed. */
  marks(): readonly SearchTerm[];
  /** Calls back in the next frame: requestAnimationFrame, unless a test brings its own. */
  nextFrame?(callback: () => void): void;
}

export class LongFaqController implements ReactiveController {
  /** The questions the lists show now, with their marks. */
  private readonly _listed = new ListedEntries();
  /** The content listed. */
  private _content?: FaqContent;
  /** Whether this update runs in the frame callback that takes the lists' next step. */
  private _inFrame = false;
  /** Whether that frame callback is already requested. */
  private _frameRequested = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: LongFaqOptions,
  ) {
    _host.addController(this);
  }

  /** What the lists show now: the listed questions and their marks, a new object whenever they change. */
  get listed(): Listing {
    return this._listed.listed;
  }

  /** Whether the FAQ is long enough that off-screen questions skip layout (see `.long` in the styles). */
  get isLong(): boolean {
    return this._options.faq().items.length > LONG_FAQ;
  }

  /** Whether the lists show what the search matches, in full. */
  get caughtUp(): boolean {
    return this._listed.listsAll(this._options.matched(), this._options.marks());
  }

  /** Before each render: brings the lists to the matches, or in a long FAQ one step nearer, in its frame. */
  hostUpdate(): void {
    const content = this._options.faq();
    const stepping = this.isLong && this._content === content;
    if (stepping && !this._inFrame) return;
    this._listed.step(
      content.items.map((item) => item.id),
      this._options.matched(),
      this._options.marks(),
      stepping ? FILTER_BUDGET : Infinity,
    );
    this._content = content;
    this._inFrame = false;
  }

  /** The next update lists the matches in one step, as it does new content. */
  listAtOnce(): void {
    this._content = undefined;
  }

  /** After each render: if the lists have not caught up, the next frame takes the next step. */
  hostUpdated(): void {
    if (this.caughtUp || this._frameRequested) return;
    this._frameRequested = true;
    this._nextFrame(() => {
      this._frameRequested = false;
      this._inFrame = true;
      this._host.requestUpdate();
    });
  }

  /** Resolves like the element's `updateComplete`, once the lists have caught up too. */
  async whenCaughtUp(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (!this.caughtUp) {
      await new Promise<void>((resolve) => this._nextFrame(resolve));
      complete = await updateComplete();
    }
    return complete;
  }

  /** How many questions the lists lay out, or skip, together: in a long FAQ CHUNK, else a whole category. */
  get chunkSize(): number {
    return this.isLong ? CHUNK : Infinity;
  }

  /** Scrolls `target` to the top of the view: at once if `instant`, else smoothly unless the reader prefers less motion. */
  async scrollToTop(target: Element, instant = false): Promise<void> {
    if (this.isLong) {
      // Off-screen questions of a long FAQ are laid out only when near the
      // screen (content-visibility), so the target moves as they appear: jump,
      // then jump again until it holds still.
      for (let i = 0, top = NaN; i < 5 && target.getBoundingClientRect().top !== top; i++) {
        target.scrollIntoView({ block: 'start', behavior: 'instant' });
        top = target.getBoundingClientRect().top;
        await new Promise<void>((resolve) => this._nextFrame(resolve));
      }
    } else {
      const smooth = !instant && !matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'instant' });
    }
  }

  private _nextFrame(callback: () => void): void {
    if (this._options.nextFrame) this._options.nextFrame(callback);
    else requestAnimationFrame(callback);
  }
}
