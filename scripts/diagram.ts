// npm run diagram — writes docs/machine.md: the turn machine as a Mermaid state diagram,
// generated from the machine's own definition (a test fails when the file is stale).
import { writeFileSync } from 'node:fs';
import { machineDiagram } from '../src/machine/diagram.ts';

writeFileSync('docs/machine.md', machineDiagram());
console.log('wrote docs/machine.md');
