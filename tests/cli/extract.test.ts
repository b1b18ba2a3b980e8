import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../cli/extract';

/** Runs the command in-process and returns what it printed. */
async function run(args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({ write(chunk, _enc, done) { append(String(chunk)); done(); } });
  const status = await main(args, sink((s) => (out += s)) as any, sink((s) => (err += s)) as any);
  return { status, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
const txt = join(dir, 'report.txt');
writeFileSync(txt, '\ufeff2022年，全镇新发展大棚120个，带动就业300余人。');
const binary = join(dir, 'photo.txt');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
const latin1 = join(dir, 'old.txt');
writeFileSync(latin1, Buffer.from([0xc4, 0xe3, 0xba, 0xc3]));
const html = new URL('../fixtures/county-news.html', import.meta.url).pathname;

describe('newsfacts command line', () => {
  it('prints one JSON document for one file, offsets into the text as read (BOM kept)', async () => {
    const { status, out } = await run([txt]);
    expect(status).toBe(0);
    const doc = JSON.parse(out);
    expect(doc).toMatchObject({ source: txt, lang: 'zh', textLength: 29 });
    expect(doc.annotations.map((a: any) => [a.text, a.start])).toEqual([['2022年', 1], ['120个', 14], ['300余人', 23]]);
    expect(doc.text).toBeUndefined();
  });

  it('prints JSON Lines for several files and carries the visible text of HTML', async () => {
    const { status, out } = await run(['--lang', 'zh', txt, html]);
    expect(status).toBe(0);
    const docs = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(2);
    const page = docs[1];
    expect(page.text).toContain('新增合作社46家');
    for (const a of page.annotations) expect(page.text.slice(a.start, a.end)).toBe(a.text);
    const texts = (kind: string) => page.annotations.filter((a: any) => a.kind === kind).map((a: any) => a.text);
    expect(texts('figure')).toEqual(['上半年', '6.8%', '1.2万亩', '3200户', '4500多亩', '2.6亿元', '46家', '1800人次']);
    expect(texts('place')).toEqual(['高青县', '高青县']);
    expect(page.annotations[0].place).toMatchObject({ code: '370322000000', path: ['山东省', '淄博市', '高青县'], level: 'county' });
  });

  it('names each unreadable file on one line and still processes the others', async () => {
    const { status, out, err } = await run([join(dir, 'missing.txt'), binary, latin1, dir, txt]);
    expect(status).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      `newsfacts: ${join(dir, 'missing.txt')}: no such file`,
      `newsfacts: ${binary}: is a binary file, not text`,
      `newsfacts: ${latin1}: is not valid UTF-8 text`,
      `newsfacts: ${dir}: is a directory`,
    ]);
    expect(out.trim().split('\n')).toHaveLength(1);
  });

  it('rejects bad usage with a message', async () => {
    expect((await run([])).status).toBe(2);
    expect((await run(['--lang', 'fr', txt])).err).toContain('--lang must be zh, en or auto');
    for (const bad of ['2024-3-5', '2023-02-29', 'yesterday']) {
      const { status, err } = await run(['--date', bad, txt]);
      expect(status).toBe(2);
      expect(err).toBe(`--date takes the publication date as YYYY-MM-DD (a real day, such as 2024-03-05), not ${bad}\n`);
    }
    expect((await run(['--date'])).err).toContain('--date needs a value');
  });
});

describe('newsfacts and the publication date', () => {
  const dated = join(dir, 'dated.txt');
  writeFileSync(dated, '9月12日，镇里举办丰收节。去年同期，参展农户不足百户。');
  const page = join(dir, 'dated.html');
  writeFileSync(
    page,
    '<html><head><title>丰收节</title><meta property="article:published_time" content="2023-09-14T08:30:00+08:00"></head>' +
      '<body><p>9月12日，镇里举办丰收节，去年11月建成的展馆首次启用。</p></body></html>',
  );
  const dateValues = (out: string) =>
    JSON.parse(out).annotations.filter((a: any) => a.figure?.type === 'date').map((a: any) => [a.text, a.figure.value]);

  it('settles yearless dates with --date', async () => {
    expect(dateValues((await run([dated])).out)).toEqual([['9月12日', '--09-12']]);
    const { status, out } = await run(['--date', '2021-09-13', dated]);
    expect(status).toBe(0);
    expect(dateValues(out)).toEqual([['9月12日', '2021-09-12']]);
  });

  it("reads an HTML file's published_time, and --date wins over it", async () => {
    expect(dateValues((await run([page])).out)).toEqual([['9月12日', '2023-09-12'], ['11月', '2022-11']]);
    expect(dateValues((await run(['--date', '2020-09-15', page])).out)).toEqual([['9月12日', '2020-09-12'], ['11月', '2019-11']]);
  });

  it("exports the file's publication date with its facts", async () => {
    const csv = (await run(['--format', 'csv', page])).out.replace(/^\ufeff/, '').trim().split('\n');
    const date = csv[0].split(',').indexOf('date');
    expect(csv.slice(1).map((row) => row.split(',')[date])).toEqual(['2023-09-14', '2023-09-14']);
  });

  it('reads --home-region as the options page reads a division code, and refuses what it refuses', () => {
    const home = (value: string) => parseArgs(['--home-region', value, txt]);
    expect(home('370303')).toMatchObject({ homeRegion: '370303000000' });
    expect(home('370300000000')).toMatchObject({ homeRegion: '370300000000' });
    for (const value of ['3703', '37', 'zibo']) expect(home(value)).toBe(`--home-region: “${value}” is not a division code. Write 6 or 12 digits, such as 370303.`);
  });
});

describe('newsfacts --format', () => {
  it('exports the annotations of every file as one CSV, GeoJSON, JSON-LD or Markdown document', async () => {
    const csv = await run(['--format', 'csv', txt, html]);
    expect(csv.status).toBe(0);
    const rows = csv.out.replace(/^\ufeff/, '').trim().split('\n');
    expect(rows[0]).toBe('url,title,date,kind,text,type,value,unit,place_code,full_path,note,tags,high,approx,saved_at,sentence,measure,subject_code,subject_path,period');
    expect(rows).toHaveLength(1 + 3 + 10);
    const table = Papa.parse<Record<string, string>>(csv.out.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
    expect(table.find((row) => row.text === '4500多亩')).toMatchObject({
      kind: 'figure',
      sentence: '全县蔬菜种植面积达到4500多亩，',
      measure: '蔬菜种植面积',
      subject_code: '370322000000',
      subject_path: '山东省 > 淄博市 > 高青县',
    });

    const geo = JSON.parse((await run(['--format', 'geojson', html])).out);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f: any) => f.properties.code)).toEqual(['370322000000']);
    const [lng, lat] = geo.features[0].geometry.coordinates;
    expect(lng > 73 && lng < 135 && lat > 18 && lat < 54).toBe(true); // inside China

    const ld = JSON.parse((await run(['--format', 'jsonld', html])).out);
    expect(ld.type).toBe('AnnotationCollection');
    expect(ld.first.items[0].target.source).toMatch(/^file:\/\/.*county-news\.html$/);

    const md = (await run(['--format', 'md', html])).out;
    expect(md).toContain('## 县域经济稳中有进');
  });

  it('writes the tidy table of facts alone with --format facts: one row per figure, what it is about first', async () => {
    const { out, status } = await run(['--format', 'facts', html]);
    expect(status).toBe(0);
    const table = Papa.parse<Record<string, string>>(out.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
    expect(table.map((row) => row.text)).toEqual(['6.8%', '1.2万亩', '3200户', '4500多亩', '2.6亿元', '46家', '1800人次']);
    expect(table[1]).toMatchObject({ subject_name: '高青县', subject_via: 'sentence', measure: '新建高标准农田', value: '12000', unit: 'mu' });
  });

  it('rejects an unknown format', async () => {
    const { status, err } = await run(['--format', 'xml', txt]);
    expect(status).toBe(2);
    expect(err).toContain('--format xml is not supported');
  });
});
