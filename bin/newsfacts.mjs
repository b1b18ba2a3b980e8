#!/usr/bin/env node
// The installed `newsfacts` command: runs the built JavaScript of cli/ (scripts/build-cli.mjs,
// run by npm install), so it starts without compiling TypeScript. When a source changed since the
// build (a developer's edit), it builds again first, so the command always runs the source as it is.
import { buildCli, cliBuildIsCurrent } from '../scripts/build-cli.mjs';

if (!cliBuildIsCurrent()) await buildCli();
const { main } = await import('../build/cli/extract.mjs');
process.exitCode = await main(process.argv.slice(2));
