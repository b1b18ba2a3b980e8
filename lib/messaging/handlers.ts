// The receiving side of lib/messaging/protocol.ts: a receiver (the background, a content script)
// answers through a table with one handler per message type of its directions, so a message added
// to the protocol and not handled fails to compile, and the table's keys are the one list of the
// messages it answers (others' messages, and those meant for another part, are left alone).
import type { ErrorResponse, MessageType, Protocol, RequestOf, ResponseOf } from './protocol';

/** One handler per message type of `P`; a handler may answer at once or later. */
export type Handlers<P extends Protocol, Sender> = {
  [K in MessageType<P>]: (request: RequestOf<P, K>, sender: Sender) => ResponseOf<P, K> | Promise<ResponseOf<P, K>>;
};

/** The reply to a failed request, from what it threw. */
export type DescribeError = (error: unknown, type: string) => string;

type Reply<P extends Protocol> = ResponseOf<P, MessageType<P>> | ErrorResponse;

/**
 * The table's answer to a runtime message (a promise when it comes later), or undefined for a
 * message the table does not list. Nothing throws to the caller: a failure, at once or later, is
 * logged and answered with an ErrorResponse.
 */
export function answer<P extends Protocol, Sender>(
  handlers: Handlers<P, Sender>,
  message: unknown,
  sender: Sender,
  describe: DescribeError,
): Reply<P> | Promise<Reply<P>> | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
  const failed = (error: unknown): ErrorResponse => {
    console.warn(`[NewsFacts] ${type} failed:`, error);
    return { error: describe(error, type) };
  };
  try {
    const reply = handlers[type as MessageType<P>](message as RequestOf<P, MessageType<P>>, sender);
    return reply instanceof Promise ? reply.catch(failed) : reply;
  } catch (error) {
    return failed(error);
  }
}

/** The browser's runtime.onMessage listener signature. */
export type MessageListener<Sender> = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => true | undefined;

/**
 * A runtime.onMessage listener answering through `handlers`: an answer known at once is sent at
 * once, so no response channel stays open; a later one with sendResponse and `return true`, which
 * every browser supports (a returned promise is not understood by all). No answer (a message not
 * listed, or a notification) returns undefined, leaving the message to other listeners.
 */
export function listener<P extends Protocol, Sender>(handlers: Handlers<P, Sender>, describe: DescribeError): MessageListener<Sender> {
  return (message, sender, sendResponse) => {
    const reply = answer(handlers, message, sender, describe);
    if (reply === undefined) return undefined;
    if (!(reply instanceof Promise)) {
      sendResponse(reply);
      return undefined;
    }
    void reply.then(sendResponse);
    return true;
  };
}
