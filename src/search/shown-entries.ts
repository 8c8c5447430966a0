/**
 * What the lists show of a search: which questions, and the marks in each.
 *
 * A search that shows or hides hundreds of questions at once would hold up
 * typing for several frames. So in a long FAQ the lists follow the search in
 * steps, one a frame, in the order they are shown. A category the search
 * empties goes at once, with its questions: what the reader cannot see costs
 * nothing to change.
 */
import type { SearchResult, SearchTerm } from './search-index.js';

const NO_TERMS: readonly SearchTerm[] = [];

export class ShownEntries {
  private readonly _shown = new Set<string>();
  private readonly _marks = new Map<string, readonly SearchTerm[]>();
  private _caughtUp = false;

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

  /** Whether the last step reached its search: nothing is left to change. */
  get caughtUp(): boolean {
    return this._caughtUp;
  }

  /**
   * Takes the lists toward `result`, with `marks` in every question shown.
   * It changes (shows, hides or marks anew) at most `limit` questions, the
   * first in the order of `groups`, the questions of each category. The
   * questions of a category that `result` empties do not count: they go with
   * their category.
   */
  step(groups: readonly (readonly string[])[], result: SearchResult, marks: readonly SearchTerm[], limit: number): void {
    let changes = 0;
    this._caughtUp = true;
    for (const ids of groups) {
      const emptied = !ids.some((id) => result.ids.has(id));
      for (const id of ids) {
        const shown = result.ids.has(id);
        if (shown === this._shown.has(id) && (!shown || this._marks.get(id) === marks)) continue;
        if (!emptied && changes === limit) {
          this._caughtUp = false;
          continue;
        }
        if (!emptied) changes++;
        if (shown) {
          this._shown.add(id);
          this._marks.set(id, marks);
        } else {
          this._shown.delete(id);
        }
      }
    }
  }
}
