/**
 * Memoized partials. A partial is a function of its arguments and nothing
 * else, so its arguments are its whole dependency list: `memo` renders it
 * again only when one of them changed, and no list kept by hand can miss one.
 */
import { guard } from 'lit/directives/guard.js';

export const memo = <A extends unknown[]>(partial: (...args: A) => unknown, ...args: A): unknown => guard(args, () => partial(...args));

/** `next`, or `last` when it holds the same values: a context that has not changed stays the same object, for memo to see at a glance. */
export function same<V extends object>(last: V | undefined, next: V): V {
  return last && Object.keys(next).every((key) => last[key as keyof V] === next[key as keyof V]) ? last : next;
}
