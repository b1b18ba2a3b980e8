// `npm run bench` (first part): times the engine as its users run it, built into JavaScript, not
// compiled by tsx at load (which wraps every named inner function, about a fifth of the engine's
// time): the command line runs an esbuild bundle (scripts/build-cli.mjs) and the extension a Vite
// bundle. So the timings (bench/engine-timing.ts) are bundled with the engine once, with the
// command line's esbuild options, into build/bench/engine.mjs and run there by a node without tsx.
// `node --import tsx bench/engine-timing.ts` times the same under tsx, for comparison.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/build-cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// two folders deep, as lib/gazetteer/node.ts is: the engine finds public/gazetteer from its own file
const outfile = join(root, 'build', 'bench', 'engine.mjs');
const started = performance.now();
await build({ ...NODE_BUNDLE, absWorkingDir: root, entryPoints: ['bench/engine-timing.ts'], outfile, logLevel: 'warning' });
console.log(`build       ${relative(root, outfile)}: ${(statSync(outfile).size / 1024).toFixed(0)} KB, bundled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const run = spawnSync(process.execPath, ['--max-old-space-size=8192', outfile], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
