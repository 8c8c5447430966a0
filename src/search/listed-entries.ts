/**
 * The questions the lists show now, which this code calls *listed*, and the
 * marks in each: the search's matches, or in a long FAQ a step on the way.
 *
 * Hundreds of questions appearing or going at once would hold up typing for
 * several frames. So in a long FAQ the lists follow the search in steps, one
 * a frame, each within a budget, in the order they are shown: the top of the
 * lists, which the reader sees, comes first.
 */
import type { SearchResult, SearchTerm } from './search-index.js';

const NO_TERMS: readonly SearchTerm[] = [];

/**
 * What a change costs from a step's budget. A question listed, or marked
 * anew, is laid out; one unlisted is only taken out of the layout.
 */
export const LIST_COST = 6;
export const UNLIST_COST = 1;

export class ListedEntries {
  private readonly _listed = new Set<string>();
  private readonly _marks = new Map<string, readonly SearchTerm[]>();
  private _caughtUp = false;
  private _target?: SearchResult;
  private _targetMarks?: readonly SearchTerm[];
  private _version = 0;

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

  /** A number that changes whenever the listed questions or their marks change. */
  get version(): number {
    return this._version;
  }

  /**
   * Takes the listed questions toward `result`'s matches, with `marks` in
   * each: it lists, unlists or marks anew the first questions, in the order
   * of `ids`, whose changes fit in `budget` (see LIST_COST and UNLIST_COST).
   */
  step(ids: readonly string[], result: SearchResult, marks: readonly SearchTerm[], budget: number): void {
    let spent = 0;
    const version = this._version;
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
      this._version = version + 1;
      if (matched) {
        this._listed.add(id);
        this._marks.set(id, marks);
      } else {
        this._listed.delete(id);
      }
    }
  }
}
