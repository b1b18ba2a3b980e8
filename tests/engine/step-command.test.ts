import { describe, expect, it } from 'vitest';
import { stepRequestFor } from '../../lib/engine/step-command';
import manifest from '../../wxt.config';

describe('keyboard commands', () => {
  it("turns each of the manifest's commands into a step, and nothing else", () => {
    const commands = Object.keys((manifest.manifest as { commands: Record<string, unknown> }).commands);
    expect(commands.map(stepRequestFor)).toEqual([
      { type: 'nf:step', direction: 1 },
      { type: 'nf:step', direction: -1 },
    ]);
    expect(stepRequestFor('_execute_action')).toBeUndefined();
    expect(stepRequestFor('toString')).toBeUndefined();
  });
});
