// The keyboard commands of the manifest (next-fact, previous-fact) become a step message to the
// tab's content script, which moves its card from fact to fact.

/** Background -> content script: move to the next or the previous fact (lib/messages.ts does not list it yet). */
export interface StepRequest {
  type: 'nf:step';
  direction: 1 | -1;
}

const DIRECTIONS: ReadonlyMap<string, 1 | -1> = new Map([['next-fact', 1], ['previous-fact', -1]]);

/** The message for a keyboard command, or undefined for a command that is not a step. */
export function stepRequestFor(command: string): StepRequest | undefined {
  const direction = DIRECTIONS.get(command);
  return direction ? { type: 'nf:step', direction } : undefined;
}
