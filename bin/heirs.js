#!/usr/bin/env node
// The `heirs` command. It runs the TypeScript sources directly through tsx, so there is no
// separate build step for the CLI: `npm install` is all it needs.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
