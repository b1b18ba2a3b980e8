#!/usr/bin/env node
// The installed `newsfacts` command: runs the built JavaScript of cli/ (scripts/build-cli.mjs,
// run by npm install), so it starts without compiling TypeScript. When a source changed since the
// build (a developer's edit), it builds again first, so the command always runs the source as it is.
import { buildCli, cliBuildIsCurrent } from '../scripts/build-cli.mjs';

if (!cliBuildIsCurrent()) await buildCli();
// a reader that stops early (`newsfacts corpus.jsonl | head`) ends the run quietly, as other commands do
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../build/cli/extract.mjs');
process.exitCode = await main(process.argv.slice(2));
