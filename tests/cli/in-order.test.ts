import { describe, expect, it } from 'vitest';
import { inOrder } from '../../cli/in-order';

/** A promise with its resolve function, so the test decides when each item's work ends. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function* numbers(n: number) {
  for (let k = 0; k < n; k++) yield k;
}

describe('inOrder', () => {
  it('hands results over in the order of the items, whatever order the work ends in', async () => {
    const work = Array.from({ length: 6 }, () => deferred<string>());
    const started: number[] = [];
    const done: string[] = [];
    const running = inOrder(numbers(6), (k) => (started.push(k), work[k].promise), 3, (result) => void done.push(result));
    // finish the later items first
    for (const k of [5, 4, 3, 2, 1, 0]) {
      await new Promise<void>((r) => setImmediate(r));
      work[k].resolve(`r${k}`);
    }
    await running;
    expect(done).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('never has more than `window` items in flight', async () => {
    let inFlight = 0;
    let most = 0;
    await inOrder(
      numbers(20),
      async (k) => {
        most = Math.max(most, ++inFlight);
        await new Promise<void>((r) => setImmediate(r));
        return k;
      },
      4,
      () => void inFlight--,
    );
    expect(most).toBe(4);
  });
});
