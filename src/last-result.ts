/**
 * `fn`, remembering its last call: called again with the same arguments (===),
 * it returns the same result without calling `fn`. For what a render reads
 * many times and is the same object for as long as its inputs hold: the
 * search index, the search's matches, the interface strings, the links' href.
 */
export function lastResult<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args) => {
    if (!last || args.some((arg, i) => arg !== last!.args[i])) last = { args, result: fn(...args) };
    return last.result;
  };
}
