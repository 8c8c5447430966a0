/**
 * Memoized partials. A partial is a function of one view object and nothing
 * else, so the view's values are its whole dependency list: `memo` renders it
 * again only when one of them changed, and no list kept by hand can miss one.
 */
import { guard } from 'lit/directives/guard.js';

export const memo = <V extends object>(partial: (view: V) => unknown, view: V): unknown => guard(Object.values(view), () => partial(view));

/** `next`, or `last` when it holds the same values: a view that has not changed stays the same object, for memo to see at a glance. */
export function same<V extends object>(last: V | undefined, next: V): V {
  return last && Object.keys(next).every((key) => last[key as keyof V] === next[key as keyof V]) ? last : next;
}
