// The keyboard commands of the manifest become a message to the tab's content script: next-fact
// and previous-fact a step, which moves its card from fact to fact; save-selection a request to
// save the reader's selection (the context menu's item sends the same).
import type { SaveSelectionRequest, StepRequest } from '../messaging/protocol';

const DIRECTIONS: ReadonlyMap<string, 1 | -1> = new Map([['next-fact', 1], ['previous-fact', -1]]);

export const SAVE_SELECTION = 'save-selection';

/** The message for a keyboard command, or undefined for a command that is none of ours. */
export function commandRequest(command: string): StepRequest | SaveSelectionRequest | undefined {
  if (command === SAVE_SELECTION) return { type: 'nf:save-selection' };
  const direction = DIRECTIONS.get(command);
  return direction ? { type: 'nf:step', direction } : undefined;
}
