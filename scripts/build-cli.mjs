#!/usr/bin/env node
// `npm run build:cli` (and npm install's postinstall): builds the command line's TypeScript
// (cli/ and the engine it imports) into two JavaScript files with esbuild, build/cli/extract.mjs
// and build/cli/worker.mjs, so that `newsfacts` starts without compiling anything. The folder is
// two levels deep, as lib/gazetteer/node.ts is: the engine finds public/gazetteer relative to
// its own file. The files the build read are listed beside it, so bin/newsfacts.mjs can tell
// whether a source changed since and rebuild first.
import { readFileSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUILD_DIR = join(root, 'build', 'cli');
const INPUTS_FILE = join(CLI_BUILD_DIR, 'inputs.json');

/** How the command line's TypeScript and the engine become one JavaScript file (the engine benchmark builds with the same). */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // piscina starts its workers from its own files; every other package is bundled (one file
  // loads faster than a tree of modules, and JSON data of packages needs no import attributes)
  external: ['piscina'],
};

/** Builds both files; each is written under a temporary name and renamed, so a command starting meanwhile never reads half a file. */
export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { extract: 'cli/extract.ts', worker: 'cli/worker.ts' },
    outdir: CLI_BUILD_DIR,
    outExtension: { '.js': '.mjs' },
    ...NODE_BUNDLE,
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(CLI_BUILD_DIR, { recursive: true });
  for (const file of result.outputFiles) {
    writeFileSync(`${file.path}.partial`, file.contents);
    renameSync(`${file.path}.partial`, file.path);
  }
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules'));
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
