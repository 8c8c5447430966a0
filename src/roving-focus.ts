/**
 * The accordion's arrow keys (WAI-ARIA APG accordion pattern): Down and Up
 * move between the question buttons and wrap around; Home and End go to the
 * first and the last.
 */

/** The index that `key` moves focus to, or null when the key is not ours. */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
