// Handler tables: a listed message is answered (at once or later), a failure becomes an
// ErrorResponse, and a message the table does not list is left to other listeners.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer, listener, type Handlers } from '../../../lib/messaging/handlers';
import type { PopupToContent } from '../../../lib/messaging/protocol';

const describeError = (error: unknown, type: string) => `${type}: ${(error as Error).message}`;

function table(overrides: Partial<Handlers<PopupToContent, unknown>> = {}): Handlers<PopupToContent, unknown> {
  return {
    'nf:summary': () => ({ host: 'news.example.cn', enabled: true, items: [] }),
    'nf:reveal': (request) => request.id === 1,
    'nf:save-page': async () => ({ saved: 3 }),
    'nf:reveal-item': (request) => request.id === 'a1',
    ...overrides,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('answer', () => {
  it('answers at once or later, through the handler of the message type', async () => {
    expect(answer(table(), { type: 'nf:reveal', id: 1 }, {}, describeError)).toBe(true);
    expect(answer(table(), { type: 'nf:reveal', id: 2 }, {}, describeError)).toBe(false);
    expect(await answer(table(), { type: 'nf:save-page' }, {}, describeError)).toEqual({ saved: 3 });
  });

  it('answers a failure, thrown at once or later, with an error, logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing = table({
      'nf:summary': () => {
        throw new Error('no page');
      },
      'nf:save-page': async () => Promise.reject(new Error('the disk is full')),
    });
    expect(answer(failing, { type: 'nf:summary' }, {}, describeError)).toEqual({ error: 'nf:summary: no page' });
    expect(await answer(failing, { type: 'nf:save-page' }, {}, describeError)).toEqual({ error: 'nf:save-page: the disk is full' });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('leaves messages it does not list alone, inherited names included', () => {
    for (const message of [undefined, null, 'nf:summary', { type: 'nf:extract' }, { type: 'toString' }, { type: 7 }]) {
      expect(answer(table(), message, {}, describeError)).toBeUndefined();
    }
  });
});

describe('listener', () => {
  it('sends an answer known at once without keeping the channel open, and keeps it open for a later one', async () => {
    const listen = listener(table(), describeError);
    const sendResponse = vi.fn();
    expect(listen({ type: 'nf:reveal', id: 1 }, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).toHaveBeenLastCalledWith(true);
    expect(listen({ type: 'nf:save-page' }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenLastCalledWith({ saved: 3 }));
    expect(listen({ type: 'other' }, {}, sendResponse)).toBeUndefined();
    expect(sendResponse).toHaveBeenCalledTimes(2);
  });
});
