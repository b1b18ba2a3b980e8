// The typed clients: an answer resolves, a receiver's { error } and no answer at all reject, and a
// place cache fed by a client never keeps an error reply as a place's facts.
import { describe, expect, it, vi } from 'vitest';
import { lookupCache } from '../../../lib/collection/lookup-cache';
import { createClient, isErrorResponse } from '../../../lib/messaging/client';
import type { BackgroundToContent, ContentToBackground, PagesToBackground } from '../../../lib/messaging/protocol';
import { collectionSeed } from '../../fixtures/collection/seed';

const seed = collectionSeed();

describe('createClient', () => {
  it('resolves with the answer, null included, and sends the request as it is', async () => {
    const send = vi.fn(async (message: unknown) => ((message as { code: string }).code === '370302000000' ? { name: '淄川区' } : null));
    const background = createClient<PagesToBackground>(send, 'background');
    expect(await background.ask({ type: 'nf:lookup', code: '370302000000' })).toEqual({ name: '淄川区' });
    expect(await background.ask({ type: 'nf:lookup', code: '999999999999' })).toBeNull();
    expect(send).toHaveBeenCalledWith({ type: 'nf:lookup', code: '999999999999' });
  });

  it("rejects with the receiver's error message", async () => {
    const background = createClient<ContentToBackground>(async () => ({ error: 'nf:save: the disk is full' }), 'background');
    await expect(background.ask({ type: 'nf:save', items: [] })).rejects.toThrow('nf:save: the disk is full');
  });

  it('rejects when nothing answered, naming the receiver', async () => {
    const page = createClient<ContentToBackground>(async () => undefined, 'page');
    await expect(page.ask({ type: 'nf:strings' })).rejects.toThrow('The page did not answer');
  });

  it('tells without waiting for an answer, and rejects when the message cannot be delivered', async () => {
    await expect(createClient<BackgroundToContent>(async () => undefined, 'page').tell({ type: 'nf:step', direction: 1 })).resolves.toBeUndefined();
    const closed = createClient<BackgroundToContent>(() => Promise.reject(new Error('Receiving end does not exist')), 'page');
    await expect(closed.tell({ type: 'nf:save-selection' })).rejects.toThrow('Receiving end does not exist');
  });
});

describe('isErrorResponse', () => {
  it('knows an error reply from answers', () => {
    expect([{ error: 'x' }, null, undefined, [], { saved: 2 }, { error: 3 }, 'error'].map(isErrorResponse)).toEqual([true, false, false, false, false, false, false]);
  });
});

describe('the place facts cache over a client', () => {
  it('keeps no error reply as facts, and asks again next time', async () => {
    const replies: unknown[] = [{ error: 'nf:lookup: the gazetteer could not be loaded' }, seed.lookup('370302000000')];
    const background = createClient<PagesToBackground>(async () => replies.shift(), 'background');
    const cache = lookupCache((code) => background.ask({ type: 'nf:lookup', code }));
    const items = seed.items.filter((i) => i.text === '淄川区').slice(0, 1);
    expect((await cache.forItems(items))('370302000000')).toBeUndefined();
    expect((await cache.forItems(items))('370302000000')?.name).toBe('淄川区');
  });
});
