// The installed command as a process: its start, and the map step of a cluster run with GNU
// parallel (standard input to standard output, in JSON Lines), whose merged output must equal
// one process's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliBuildIsCurrent } from '../../scripts/build-cli.mjs';
import { corpusLines } from '../cli/corpus';

const bin = fileURLToPath(new URL('../../bin/newsfacts.mjs', import.meta.url));
const newsfacts = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });

describe('the newsfacts command', { timeout: 600_000 }, () => {
  it('runs the built JavaScript, built again first when a source changed since', () => {
    const source = fileURLToPath(new URL('../../cli/args.ts', import.meta.url));
    const now = new Date();
    utimesSync(source, now, now);
    expect(cliBuildIsCurrent()).toBe(false);
    const { status, stdout } = newsfacts(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: newsfacts \[options\] INPUT\.\.\./);
    expect(cliBuildIsCurrent()).toBe(true);
  });

  it('gives the same JSON Lines split across processes by GNU parallel as in one process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-parallel-'));
    const corpus = join(dir, 'corpus.jsonl');
    const text = (await corpusLines(40, 21)).join('\n') + '\n';
    writeFileSync(corpus, text);
    newsfacts(['--help']); // builds once, before the processes start together
    const single = newsfacts(['--quiet', '--jobs', '1', corpus]);
    expect(single.status).toBe(0);
    expect(single.stdout.trim().split('\n')).toHaveLength(40);
    // blocks of 10 lines, 2 processes at a time, output kept in input order
    const merged = spawnSync('parallel', ['--will-cite', '--pipe', '-N', '10', '--keep-order', '-j', '2', process.execPath, bin, '--quiet', '--jobs', '1', '-'], { input: text, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(single.stdout);
  });
});
