import { describe, expect, it } from 'vitest';
import { once } from '../../../lib/util/once';

describe('once', () => {
  it('loads a key once for every caller, while loading and after', async () => {
    const cache = new Map<string, Promise<number>>();
    let loads = 0;
    const load = async () => ++loads;
    const [a, b] = await Promise.all([once(cache, 'x', load), once(cache, 'x', load)]);
    expect(await once(cache, 'x', load)).toBe(1);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    expect(await once(cache, 'y', load)).toBe(2);
  });

  it('forgets a failed load, so that the next caller tries again', async () => {
    const cache = new Map<number, Promise<string>>();
    let attempt = 0;
    const load = async () => {
      if (++attempt === 1) throw new Error('offline');
      return 'facts';
    };
    await expect(once(cache, 370300, load)).rejects.toThrow('offline');
    expect(cache.has(370300)).toBe(false);
    expect(await once(cache, 370300, load)).toBe('facts');
    expect(await once(cache, 370300, load)).toBe('facts');
    expect(attempt).toBe(2);
  });
});
