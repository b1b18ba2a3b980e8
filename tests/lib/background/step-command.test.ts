import { describe, expect, it } from 'vitest';
import { commandRequest } from '../../../lib/background/step-command';
import manifest from '../../../wxt.config';

describe('keyboard commands', () => {
  it("turns each of the manifest's commands into its message, and nothing else", () => {
    const commands = Object.keys((manifest.manifest as { commands: Record<string, unknown> }).commands);
    expect(commands.map(commandRequest)).toEqual([
      { type: 'nf:step', direction: 1 },
      { type: 'nf:step', direction: -1 },
      { type: 'nf:save-selection' },
    ]);
    expect(commandRequest('_execute_action')).toBeUndefined();
    expect(commandRequest('toString')).toBeUndefined();
  });
});
