import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineDiagram } from '../../src/machine/diagram.ts';

describe('docs/machine.md', () => {
  it('is the diagram of the machine as it is defined now (run `npm run diagram` if not)', () => {
    expect(readFileSync('docs/machine.md', 'utf8')).toBe(machineDiagram());
  });

  it('shows every phase and the guard that leaves it', () => {
    const text = machineDiagram();
    for (const line of [
      'events --> actions : [eventsSettled]',
      'actions --> votes : [noSeatLeft]',
      'votes_ballots --> votes_tally : [ballotsComplete]',
      'votes --> congress : done [gatheringDue]',
      'resolution --> gameOver : [isOver]',
    ]) {
      expect(text).toContain(line);
    }
  });
});
