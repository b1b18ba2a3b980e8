// Waiting for a condition in the browser tests, inside a test or in a hook (vitest's expect.poll
// works only inside a test): ask again until it holds, or fail after `timeout` ms saying what
// was awaited and what was last seen. The time-out is for a machine that is stuck, not a slow one.

const POLL_MS = 100;

/** Resolves with `read()`'s first value that `holds`; rejects after `timeout` ms. */
export async function waitFor<T>(read: () => Promise<T>, holds: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const started = Date.now();
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      if (holds(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() - started > timeout) {
      throw new Error(`Waited ${timeout} ms for ${what}; last saw ${JSON.stringify(last)?.slice(0, 300) ?? String(error)}`);
    }
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}
