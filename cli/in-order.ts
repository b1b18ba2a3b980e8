// Runs asynchronous work over a stream of items, up to `window` at a time, and hands the results
// over in the items' order: output in input order with memory bounded by the window, however
// long the stream. `work` reports failures in its result: a rejection would go unhandled while
// earlier items are awaited.

export async function inOrder<T, R>(items: AsyncIterable<T>, work: (item: T) => Promise<R>, window: number, done: (result: R, item: T) => Promise<void> | void): Promise<void> {
  const pending: Array<{ item: T; result: Promise<R> }> = [];
  const finishHead = async () => {
    const head = pending.shift()!;
    await done(await head.result, head.item);
  };
  for await (const item of items) {
    pending.push({ item, result: work(item) });
    if (pending.length >= window) await finishHead();
  }
  while (pending.length) await finishHead();
}
