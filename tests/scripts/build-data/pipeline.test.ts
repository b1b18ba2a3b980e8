import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STAGES } from '../../../scripts/build-data/index';
import { moduleGraph, parseArgs, runPipeline, runStage, usage, type Stage } from '../../../scripts/build-data/pipeline';

const NAMES = ['gazetteer', 'world', 'common-words', 'outlines'];

describe('the stages of npm run build:data', () => {
  it('run in one order, the outlines after the gazetteer whose core.json they read', () => {
    expect(STAGES.map((s) => s.name)).toEqual(NAMES);
    expect(STAGES.find((s) => s.name === 'outlines')!.inputs.built).toEqual(['core.json']);
  });

  it('are listed by --help, in that order', () => {
    const text = usage(STAGES);
    expect(text).toContain('--only STAGE');
    const at = NAMES.map((name) => text.indexOf(`  ${name} `));
    expect(at.every((n) => n > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('parseArgs', () => {
  it('reads --force, --only (repeated, comma-separated or with =), --help and an output folder', () => {
    expect(parseArgs([], NAMES)).toEqual({ force: false, only: [], help: false });
    expect(parseArgs(['--force', '/tmp/out'], NAMES)).toEqual({ force: true, only: [], help: false, outDir: '/tmp/out' });
    expect(parseArgs(['--only', 'outlines', '--only=world,outlines'], NAMES)).toMatchObject({ only: ['outlines', 'world'] });
    expect(parseArgs(['--', '-h'], NAMES)).toMatchObject({ help: true });
  });

  it('refuses what it does not know, naming the stages', () => {
    expect(parseArgs(['--only', 'villages'], NAMES)).toBe('--only villages: no such stage; the stages are gazetteer, world, common-words, outlines');
    expect(parseArgs(['--only'], NAMES)).toBe('--only needs a stage name');
    expect(parseArgs(['--forse'], NAMES)).toBe('unknown option --forse');
    expect(parseArgs(['a', 'b'], NAMES)).toBe('one output folder only, not a and b');
  });
});

describe('the up-to-date check', () => {
  let dir: string;
  let out: string;
  let stamps: string;
  const file = (name: string) => join(dir, name);
  const write = (name: string, text: string) => writeFileSync(file(name), text);
  let runs: string[];

  /** A tiny stage: its module is `module`, it copies `from` (in its own folder) to `to` in the output folder. */
  const copyStage = (name: string, module: string, to: string, built?: string[]): Stage => ({
    name,
    summary: `${name} for the test`,
    inputs: { module: file(module), built },
    async build(outDir, inputs) {
      runs.push(name);
      const source = built ? readFileSync(join(outDir, built[0]), 'utf8') : readFileSync(file('table.json'), 'utf8');
      writeFileSync(join(outDir, to), `${inputs} ${source}`);
      return { outputs: [to], report: [`wrote ${to}`] };
    },
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
    out = mkdtempSync(join(tmpdir(), 'pipeline-out-'));
    stamps = mkdtempSync(join(tmpdir(), 'pipeline-stamps-'));
    runs = [];
    write('first.ts', "// import old from './gone';\nimport table from './table.json';\nimport { helper } from './helper';\nimport simplify from 'simplify-js';\n");
    write('helper.ts', "import type { Unit } from './types';\nexport const helper = 1;\n");
    write('types.ts', 'export interface Unit { code: string }\n');
    write('table.json', '{"rows": [1, 2]}');
    write('second.ts', "export const PATH = 'core.json';\n");
  });
  afterEach(() => { for (const d of [dir, out, stamps]) rmSync(d, { recursive: true, force: true }); });

  it('follows a module through its local imports, type-only ones too, and notes the packages it imports', () => {
    const graph = moduleGraph(file('first.ts'));
    expect(graph.files).toEqual(['first.ts', 'helper.ts', 'table.json', 'types.ts'].map(file));
    // a quoted import in a comment is not an import; a string constant is not one either
    expect(graph.packages).toEqual(['simplify-js']);
    expect(moduleGraph(file('second.ts'))).toEqual({ files: [file('second.ts')], packages: [] });
  });

  it('skips a stage while its code, tables and packages are unchanged, and builds it again when one changes', async () => {
    const stage = copyStage('first', 'first.ts', 'first.txt');
    const run = (force = false) => runStage(stage, out, { stampDir: stamps, force });
    expect(await run()).toMatchObject({ outputs: ['first.txt'] });
    expect(await run()).toBeUndefined();
    write('types.ts', 'export interface Unit { code: string; name: string }\n'); // two imports away
    expect(await run()).toBeDefined();
    expect(await run()).toBeUndefined();
    write('table.json', '{"rows": [1, 2, 3]}');
    expect(await run()).toBeDefined();
    expect(await run(true)).toBeDefined();
    expect(runs).toEqual(['first', 'first', 'first', 'first']);
  });

  it('builds again when a file it wrote is gone', async () => {
    const stage = copyStage('first', 'first.ts', 'first.txt');
    await runStage(stage, out, { stampDir: stamps });
    unlinkSync(join(out, 'first.txt'));
    expect(await runStage(stage, out, { stampDir: stamps })).toBeDefined();
  });

  it('keeps a record per output folder', async () => {
    const stage = copyStage('first', 'first.ts', 'first.txt');
    const other = mkdtempSync(join(tmpdir(), 'pipeline-other-'));
    await runStage(stage, out, { stampDir: stamps });
    expect(await runStage(stage, other, { stampDir: stamps })).toBeDefined();
    rmSync(other, { recursive: true, force: true });
  });

  it('runs the stages in order; a stage reading an earlier one\'s file builds again when that file changes', async () => {
    const stages = [copyStage('first', 'first.ts', 'first.txt'), copyStage('second', 'second.ts', 'second.txt', ['first.txt'])];
    const log: string[] = [];
    const run = (only?: string[]) => runPipeline(stages, out, { stampDir: stamps, log: (line) => log.push(line), only });
    expect(await run()).toEqual(['first', 'second']);
    expect(log.filter((l) => !l.includes(' built in '))).toEqual(['first: wrote first.txt', 'second: wrote second.txt']);
    log.length = 0;
    expect(await run()).toEqual([]);
    expect(log).toEqual(['first: up to date (npm run build:data -- --force rebuilds it)', 'second: up to date (npm run build:data -- --force rebuilds it)']);
    write('table.json', '{"rows": []}');
    expect(await run()).toEqual(['first', 'second']);
    write('table.json', '{"rows": [0]}');
    expect(await run(['first'])).toEqual(['first']);
    expect(await run(['second'])).toEqual(['second']);
  });

  it('says which earlier stage to build when a stage runs alone before it', async () => {
    const second = copyStage('second', 'second.ts', 'second.txt', ['first.txt']);
    await expect(runStage(second, out, { stampDir: stamps })).rejects.toThrow(/first\.txt is missing: build the stages before this one/);
  });
});
