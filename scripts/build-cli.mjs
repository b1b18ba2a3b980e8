#!/usr/bin/env node
// `npm run build:cli` (and npm install's postinstall): builds the command line's TypeScript
// (cli/ and the engine it imports) into JavaScript with esbuild, build/cli/extract.mjs and
// build/cli/worker.mjs, so that `newsfacts` starts without compiling anything. The code they
// share goes into chunks beside them: the engine is a chunk extract.mjs imports only once it
// annotates, so that `newsfacts --help` or a usage error does not compile it. The folder is two
// levels deep, as lib/gazetteer/node.ts is: the engine finds public/gazetteer relative to its own
// file (a chunk's, in the same folder). The files the build read are listed beside it, so bin/newsfacts.mjs can tell
// whether a source changed since and rebuild first.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyCompromiseEsbuild } from './lazy-compromise.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUILD_DIR = join(root, 'build', 'cli');
const INPUTS_FILE = join(CLI_BUILD_DIR, 'inputs.json');

/** How the engine's TypeScript becomes JavaScript for Node, as users run it (the engine benchmark builds with the same). */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // piscina starts its workers from its own files; every other package is bundled (one file
  // loads faster than a tree of modules, and JSON data of packages needs no import attributes)
  external: ['piscina'],
  // compromise evaluated when English text first needs it
  plugins: [lazyCompromiseEsbuild()],
};

/**
 * Builds both files and their chunks; each is written under a temporary name and renamed, so a
 * command starting meanwhile never reads half a file, and the chunks of earlier builds are deleted.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { extract: 'cli/extract.ts', worker: 'cli/worker.ts' },
    outdir: CLI_BUILD_DIR,
    outExtension: { '.js': '.mjs' },
    ...NODE_BUNDLE,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(CLI_BUILD_DIR, { recursive: true });
  // the chunks first: a command that starts meanwhile reads an entry that finds its chunks
  const entries = new Set(['extract.mjs', 'worker.mjs'].map((name) => join(CLI_BUILD_DIR, name)));
  const files = [...result.outputFiles].sort((a, b) => Number(entries.has(a.path)) - Number(entries.has(b.path)));
  for (const file of files) {
    writeFileSync(`${file.path}.partial`, file.contents);
    renameSync(`${file.path}.partial`, file.path);
  }
  const written = new Set(files.map((file) => file.path));
  for (const name of readdirSync(CLI_BUILD_DIR)) {
    if (name.startsWith('chunk-') && !written.has(join(CLI_BUILD_DIR, name))) rmSync(join(CLI_BUILD_DIR, name), { force: true });
  }
  // the project's files (a plugin's module, namespace:path, is none), and the plugin's own source
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules') && !/^[\w-]+:/.test(path));
  inputs.push(relative(root, fileURLToPath(new URL('./lazy-compromise.mjs', import.meta.url))));
  writeFileSync(INPUTS_FILE, JSON.stringify(inputs) + '\n');
}

/** Whether the built files exist and no source they were built from changed since. */
export function cliBuildIsCurrent() {
  let built;
  let inputs;
  try {
    built = Math.min(statSync(join(CLI_BUILD_DIR, 'extract.mjs')).mtimeMs, statSync(join(CLI_BUILD_DIR, 'worker.mjs')).mtimeMs);
    inputs = JSON.parse(readFileSync(INPUTS_FILE, 'utf8'));
  } catch {
    return false;
  }
  return inputs.every((path) => {
    try {
      return statSync(join(root, path)).mtimeMs <= built;
    } catch {
      return false; // a source was moved or deleted
    }
  });
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') await buildCli();
