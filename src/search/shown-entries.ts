/**
 * What the lists show of a search: which questions, and the marks in each.
 *
 * Hundreds of questions appearing or going at once would hold up typing for
 * several frames. So in a long FAQ the lists follow the search in steps, one
 * a frame, each within a budget, in the order they are shown: the top of the
 * lists, which the reader sees, comes first.
 */
import type { SearchResult, SearchTerm } from './search-index.js';

const NO_TERMS: readonly SearchTerm[] = [];

/**
 * What a change costs from a step's budget. A question that appears, or is
 * marked anew, is laid out; one that goes is only taken out of the layout.
 */
export const SHOW_COST = 6;
export const HIDE_COST = 1;

export class ShownEntries {
  private readonly _shown = new Set<string>();
  private readonly _marks = new Map<string, readonly SearchTerm[]>();
  private _caughtUp = false;
  private _target?: SearchResult;
  private _targetMarks?: readonly SearchTerm[];
  private _version = 0;

  /** Whether the lists show question `id`. */
  has(id: string): boolean {
    return this._shown.has(id);
  }

  /**
   * The terms marked in question `id`. A question the lists hide keeps the
   * marks it had, so that hiding or showing it again changes nothing else.
   */
  marks(id: string): readonly SearchTerm[] {
    return this._marks.get(id) ?? NO_TERMS;
  }

  /** Whether the lists show `result` with `marks` in full: nothing is left to change. */
  showsAll(result: SearchResult, marks: readonly SearchTerm[]): boolean {
    return this._caughtUp && result === this._target && marks === this._targetMarks;
  }

  /** A number that changes whenever what the lists show changes. */
  get version(): number {
    return this._version;
  }

  /**
   * Takes the lists toward `result`, with `marks` in every question shown:
   * it shows, hides or marks anew the first questions, in the order of `ids`,
   * whose changes fit in `budget` (see SHOW_COST and HIDE_COST).
   */
  step(ids: readonly string[], result: SearchResult, marks: readonly SearchTerm[], budget: number): void {
    let spent = 0;
    const version = this._version;
    this._caughtUp = true;
    this._target = result;
    this._targetMarks = marks;
    for (const id of ids) {
      const shown = result.ids.has(id);
      if (shown ? this._shown.has(id) && this._marks.get(id) === marks : !this._shown.has(id)) continue;
      const cost = shown ? SHOW_COST : HIDE_COST;
      if (spent + cost > budget) {
        this._caughtUp = false;
        break;
      }
      spent += cost;
      this._version = version + 1;
      if (shown) {
        this._shown.add(id);
        this._marks.set(id, marks);
      } else {
        this._shown.delete(id);
      }
    }
  }
}
