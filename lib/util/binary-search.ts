// The one binary search: every sorted lookup (a node by offset, a sentence by its end, a stated
// year before a date, where to insert a fact) is "the first index where a condition starts to hold".

/**
 * The first index in [0, n) at which `holds` is true, or `n` if there is none. `holds` must be
 * false up to some index and true from there on (as "starts[i] > offset" is over sorted starts).
 */
export function firstIndex(n: number, holds: (i: number) => boolean): number {
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (holds(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
