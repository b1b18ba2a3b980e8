import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_FILE } from '../../../lib/gazetteer/files';
import { GAZETTEER_DIR } from '../../../lib/gazetteer/node';
import { OUTLINES_FILE, type OutlinesFile } from '../../../lib/map/outlines';
import { boundsOf } from '../../../lib/map/projection';
import { regionShapes } from '../../../lib/map/regions';
import { buildOutlines, type OutlinesBuild } from '../../../scripts/build-data/outlines';

const BUILD_TIMEOUT = 60_000;

describe('the outlines build', () => {
  // Two folders beside a copy of the built core.json, which the build names units from.
  const dirs = [mkdtempSync(join(tmpdir(), 'outlines-a-')), mkdtempSync(join(tmpdir(), 'outlines-b-'))];
  let build: OutlinesBuild;
  let file: OutlinesFile;

  beforeAll(async () => {
    for (const dir of dirs) copyFileSync(join(GAZETTEER_DIR, CORE_FILE), join(dir, CORE_FILE));
    build = (await buildOutlines(dirs[0], { force: true }))!;
    await buildOutlines(dirs[1], { force: true });
    file = JSON.parse(readFileSync(join(dirs[0], OUTLINES_FILE), 'utf8'));
  }, BUILD_TIMEOUT);
  afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

  it('writes the same bytes on every run, and nothing while its inputs are unchanged', async () => {
    expect(readFileSync(join(dirs[0], OUTLINES_FILE)).equals(readFileSync(join(dirs[1], OUTLINES_FILE)))).toBe(true);
    expect(await buildOutlines(dirs[0])).toBeUndefined();
  });

  it('keys every province and prefecture by its current 12-digit code, with its source', () => {
    expect(Object.keys(file.provinces)).toHaveLength(34);
    expect(file.provinces['370000000000'].name).toBe('山东省');
    for (const code of [...Object.keys(file.provinces), ...Object.keys(file.prefectures)]) expect(code).toMatch(/^\d{12}$/);
    expect(file.prefectures['370300000000'].name).toBe('淄博市');
    // Renamed and recoded since the map: 梁平县 is 梁平区, 那曲地区 is 那曲市; a municipality's districts.
    expect(file.prefectures['500155000000'].name).toBe('梁平区');
    expect(file.prefectures['540600000000'].name).toBe('那曲市');
    expect(file.prefectures['310151000000'].name).toBe('崇明区');
    expect(file.source).toMatchObject({ package: 'echarts', version: '4.9.0', vintage: 'c. 2016' });
  });

  it('draws 莱芜市 inside 济南市, and leaves out only what has no code of its own', () => {
    expect(file.prefectures['371200000000']).toBeUndefined();
    expect(file.prefectures['370100000000'].rings.length).toBeGreaterThanOrEqual(2);
    expect(new Set(build.omitted.map((o) => o.split(':')[0]))).toEqual(new Set(['aomen.json', 'taiwan.json', 'xianggang.json']));
  });

  it('keeps the shapes where they are: 淄博 around 淄川区', () => {
    const zibo = regionShapes(file).find((r) => r.code === '370300000000')!;
    expect(zibo.bounds.west).toBeLessThan(117.97);
    expect(zibo.bounds.east).toBeGreaterThan(117.97);
    expect(zibo.bounds.south).toBeLessThan(36.64);
    expect(zibo.bounds.north).toBeGreaterThan(36.64);
    const china = boundsOf(regionShapes(file).filter((r) => r.layer === 'province').flatMap((r) => r.rings.flat()))!;
    expect(china.west).toBeCloseTo(73.5, 0);
    expect(china.north).toBeCloseTo(53.6, 0);
  });

  it('stays small: under 300 KB gzipped', () => {
    expect(gzipSync(readFileSync(join(dirs[0], OUTLINES_FILE))).length).toBeLessThan(300 * 1024);
  });
});
