#!/usr/bin/env node
// The `yellowpad` command: loads the TypeScript CLI through tsx (no build step for the server side).
import { register } from 'tsx/esm/api';
register();
const { runCli } = await import('../src/cli/main.ts');
await runCli(process.argv);
