import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { DEFAULT_JOBS, parseArgs, USAGE } from '../../cli/args';

describe('newsfacts arguments', () => {
  it('reads --home-region as the options page reads a division code, and refuses what it refuses', () => {
    const home = (value: string) => parseArgs(['--home-region', value, 'a.txt']);
    expect(home('370303')).toMatchObject({ homeRegion: '370303000000' });
    expect(home('370300000000')).toMatchObject({ homeRegion: '370300000000' });
    for (const value of ['3703', '37', 'zibo']) expect(home(value)).toBe(`--home-region: “${value}” is not a division code. Write 6 or 12 digits, such as 370303.`);
  });

  it('refuses a date that is no real day', () => {
    for (const bad of ['2024-3-5', '2023-02-29', 'yesterday']) expect(parseArgs(['--date', bad, 'a.txt'])).toBe(`--date takes the publication date as YYYY-MM-DD (a real day, such as 2024-03-05), not ${bad}`);
    expect(parseArgs(['--date'])).toBe(`--date needs a value\n${USAGE}`);
  });

  it('leaves one core to its own thread unless --jobs says otherwise, and runs one job at least', () => {
    expect(parseArgs(['a.txt'])).toMatchObject({ jobs: DEFAULT_JOBS });
    expect(DEFAULT_JOBS).toBeGreaterThanOrEqual(1);
    if (availableParallelism() > 1) expect(DEFAULT_JOBS).toBe(availableParallelism() - 1);
  });

  it('reads the run options, and inputs after -- even when they look like options', () => {
    expect(parseArgs(['--jobs', '3', '--out', 'o', '--resume', '--quiet', 'a.txt', '--', '--b.txt'])).toMatchObject({ jobs: 3, outDir: 'o', resume: true, quiet: true, inputs: ['a.txt', '--b.txt'] });
    expect(parseArgs(['-o', 'out.jsonl', '-'])).toMatchObject({ output: 'out.jsonl', inputs: ['-'] });
    for (const bad of ['0', '-2', 'all']) expect(parseArgs(['--jobs', bad, 'a.txt'])).toBe(`--jobs takes a number of workers (1 or more), not ${bad}`);
    expect(parseArgs(['--out', 'o', '--output', 'f', 'a.txt'])).toContain('exclude each other');
    expect(parseArgs(['--fast', 'a.txt'])).toBe(`unknown option --fast\n${USAGE}`);
    expect(parseArgs(['--help'])).toBe(USAGE);
  });
});
