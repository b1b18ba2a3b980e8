// One typed client per direction of lib/messaging/protocol.ts: a request goes in, its own answer
// type comes out. The browser's messaging answers with anything (a failed request's
// ErrorResponse, or nothing when no listener answered), so the client is the one place that tells
// an answer from a failure: both reject, and a caller never mistakes { error } for facts (a place
// cache once kept it as a place's facts, and an export crashed on it).
import type { ErrorResponse, MessageType, Notification, Protocol, RequestOf, ResponseOf } from './protocol';

/** Hands a message to the browser (runtime.sendMessage, or tabs.sendMessage to one tab) and gives back the reply. */
export type Transport = (message: unknown) => Promise<unknown>;

export interface Client<P extends Protocol> {
  /** The answer to `request`; rejects with the receiver's error, or when nothing answered. */
  ask<K extends MessageType<P>>(request: RequestOf<P, K> & { type: K }): Promise<ResponseOf<P, K>>;
  /** Sends a request that gets no answer; rejects only when it could not be delivered. */
  tell<K extends Notification<P> & string>(request: RequestOf<P, K> & { type: K }): Promise<void>;
}

/** Whether a reply is a failed request's answer. */
export function isErrorResponse(reply: unknown): reply is ErrorResponse {
  return typeof reply === 'object' && reply !== null && !Array.isArray(reply) && typeof (reply as ErrorResponse).error === 'string';
}

/** A client over `send`; `receiver` names who did not answer ("background", "page"), for the reader. */
export function createClient<P extends Protocol>(send: Transport, receiver: string): Client<P> {
  return {
    async ask(request) {
      const reply = await send(request);
      if (isErrorResponse(reply)) throw new Error(reply.error);
      // No answer at all (no listener, or the background not ready) is not the same as null ("no such place").
      if (reply === undefined) throw new Error(`The ${receiver} did not answer`);
      return reply as ResponseOf<P, typeof request.type>;
    },
    async tell(request) {
      await send(request);
    },
  };
}
