import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishedIds, outFile } from '../../cli/output';

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-output-'));

describe('finishedIds', () => {
  it('reads the sources of complete lines and cuts off an unfinished last one', async () => {
    const file = join(dir, 'out.jsonl');
    const done = '{"source":"a/1.txt","annotations":[]}\n{"source":"淄博-2","annotations":[]}\n';
    writeFileSync(file, done + '{"source":"c","annot');
    expect([...(await finishedIds(file))]).toEqual(['a/1.txt', '淄博-2']);
    expect(readFileSync(file, 'utf8')).toBe(done);
  });

  it('finds nothing done in a file that does not exist', async () => {
    expect((await finishedIds(join(dir, 'none.jsonl'))).size).toBe(0);
  });
});

describe('outFile', () => {
  it("keeps a file's folders below the directory, drops .. and characters file systems refuse", () => {
    expect(outFile('o', '/data/2023/a.txt', 'json')).toBe('o/data/2023/a.txt.json');
    expect(outFile('o', '../../etc/passwd', 'csv')).toBe('o/etc/passwd.csv');
    expect(outFile('o', 'id:7?', 'md')).toBe('o/id_7_.md');
    expect(outFile('o', '..', 'geojson')).toBe('o/_.geojson');
  });
});
