import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/extract';
import { corpusLines } from './corpus';

/** Runs the command in-process and returns what it printed (standard input from `stdin`). */
async function run(args: string[], stdin = ''): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({ write(chunk, _enc, done) { append(String(chunk)); done(); } });
  const status = await main(args, sink((s) => (out += s)), sink((s) => (err += s)), Readable.from([Buffer.from(stdin)]));
  return { status, out, err };
}

/** The error lines, without the summary line. */
const errors = (err: string) => err.split('\n').filter((l) => l && !/^newsfacts: \d+ documents?,/.test(l));
const summary = (err: string) => err.trim().split('\n').at(-1);
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
const txt = join(dir, 'report.txt');
writeFileSync(txt, '\ufeff2022年，全镇新发展大棚120个，带动就业300余人。');
const binary = join(dir, 'photo.txt');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
const latin1 = join(dir, 'old.txt');
writeFileSync(latin1, Buffer.from([0xc4, 0xe3, 0xba, 0xc3]));
const html = new URL('../fixtures/county-news.html', import.meta.url).pathname;

describe('newsfacts command line', { timeout: 300_000 }, () => {
  it('prints one JSON document for one file, offsets into the text as read (BOM kept)', async () => {
    const { status, out, err } = await run([txt]);
    expect(status).toBe(0);
    const doc = JSON.parse(out);
    expect(doc).toMatchObject({ source: txt, lang: 'zh', textLength: 29 });
    expect(doc.annotations.map((a: any) => [a.text, a.start])).toEqual([['2022年', 1], ['120个', 14], ['300余人', 23]]);
    expect(doc.text).toBeUndefined();
    expect(err).toMatch(/^newsfacts: 1 document, 3 facts, 0 errors in \d+s\n$/);
    expect((await run(['--quiet', txt])).err).toBe('');
  });

  it('prints JSON Lines for several files and carries the visible text of HTML', async () => {
    const { status, out } = await run(['--lang', 'zh', txt, html]);
    expect(status).toBe(0);
    const docs = lines(out);
    expect(docs).toHaveLength(2);
    const page = docs[1];
    expect(page.text).toContain('新增合作社46家');
    for (const a of page.annotations) expect(page.text.slice(a.start, a.end)).toBe(a.text);
    const texts = (kind: string) => page.annotations.filter((a: any) => a.kind === kind).map((a: any) => a.text);
    expect(texts('figure')).toEqual(['上半年', '6.8%', '1.2万亩', '3200户', '4500多亩', '2.6亿元', '46家', '1800人次']);
    expect(texts('place')).toEqual(['高青县', '高青县']);
    expect(page.annotations[0].place).toMatchObject({ code: '370322000000', path: ['山东省', '淄博市', '高青县'], level: 'county' });
  });

  it('names each unreadable input on one line, still processes the others, and counts them in the summary', async () => {
    const { status, out, err } = await run([join(dir, 'missing.txt'), binary, latin1, join(dir, 'nothing-*.txt'), txt]);
    expect(status).toBe(1);
    expect(errors(err)).toEqual([
      `newsfacts: ${join(dir, 'missing.txt')}: no such file`,
      `newsfacts: ${binary}: is a binary file, not text`,
      `newsfacts: ${latin1}: is not valid UTF-8 text`,
      `newsfacts: ${join(dir, 'nothing-*.txt')}: matches no file`,
    ]);
    expect(summary(err)).toMatch(/^newsfacts: 1 document, 3 facts, 4 errors in/);
    expect(out.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a FIFO instead of waiting for a writer', async () => {
    const fifo = join(dir, 'feed.txt');
    execFileSync('mkfifo', [fifo]);
    const { status, err } = await run([fifo]);
    expect(status).toBe(1);
    expect(errors(err)).toEqual([`newsfacts: ${fifo}: is not a regular file (a FIFO, socket or device); give its content on standard input as -`]);
  });

  it('reads UTF-16 text by its byte-order mark, little- and big-endian', async () => {
    const text = '\ufeff淄博市2023年新增就业5.2万人。';
    const le = join(dir, 'utf16le.txt');
    writeFileSync(le, Buffer.from(text, 'utf16le'));
    const be = join(dir, 'utf16be.txt');
    writeFileSync(be, Buffer.from(text, 'utf16le').swap16());
    const { status, out } = await run([le, be]);
    expect(status).toBe(0);
    const [a, b] = lines(out);
    expect(a.textLength).toBe(text.length);
    expect(a.annotations.map((x: any) => [x.text, x.start])).toEqual([['淄博市', 1], ['2023年', 4], ['5.2万人', 13]]);
    expect(b.annotations).toEqual(a.annotations);
  });

  it('annotates a whole file around lines of odd forms (overlong digit runs, impossible dates, piled signs, mixed scripts), in every format', async () => {
    const odd = ['9'.repeat(400) + ' people', '$' + '9'.repeat(350) + 'bn', 'Q9 2022 and FY99999', 'February 30, 2023', '((((5))))%', '−−5°C', '١٢٣ 5 км', '$.5m, €€5, HK$HK$5'];
    const english = join(dir, 'odd-english.txt');
    writeFileSync(english, odd.map((form, k) => `The council hired ${k + 2} teachers. ${form}. Rents rose 5% in 2022.`).join('\n\n'));
    const chinese = join(dir, 'odd-chinese.txt');
    writeFileSync(chinese, ['9'.repeat(400) + '亿元', '九' + '亿'.repeat(60) + '元', '第' + '九'.repeat(300) + '名', '13月45日', '零下零下5度', '１２．３．４万元'].map((form) => `淄博市新建学校12所。${form}。房租上涨5%。`).join('\n'));
    const { status, out, err } = await run(['--lang', 'auto', english, chinese]);
    expect(status).toBe(0);
    expect(summary(err)).toMatch(/^newsfacts: 2 documents, \d+ facts, 0 errors in/);
    const [en, zh] = lines(out);
    const figures = (doc: any) => doc.annotations.filter((a: any) => a.kind === 'figure');
    for (const a of [...figures(en), ...figures(zh)]) expect(typeof a.figure.value === 'string' || Number.isFinite(a.figure.value), a.text).toBe(true);
    expect(figures(en).filter((a: any) => a.text === '5%')).toHaveLength(odd.length);
    expect(figures(en).map((a: any) => a.text)).toContain(`${odd.length + 1} teachers`);
    expect(figures(zh).filter((a: any) => a.text === '5%')).toHaveLength(6);
    for (const format of ['csv', 'md', 'facts', 'geojson', 'jsonld']) {
      const exported = await run(['--format', format, english, chinese]);
      expect([format, exported.status]).toEqual([format, 0]);
      expect(summary(exported.err)).toMatch(/ 0 errors in/);
    }
  });

  it('rejects bad usage with a message', async () => {
    expect((await run([])).status).toBe(2);
    expect((await run(['--lang', 'fr', txt])).err).toContain('--lang must be zh, en or auto');
    expect((await run(['--resume', txt])).err).toContain('--resume needs the output to resume');
    expect((await run(['--resume', '--format', 'csv', '--output', join(dir, 'x.csv'), txt])).err).toContain('--resume with --output takes --format json');
  });
});

describe('newsfacts inputs', { timeout: 300_000 }, () => {
  const corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, '2023', '05'), { recursive: true });
  writeFileSync(join(corpus, 'b.txt'), '全县新增就业1200人。');
  writeFileSync(join(corpus, '2023', '05', 'a.html'), '<p>淄川区投资3亿元</p>');
  writeFileSync(join(corpus, '2023', 'notes.md'), '不读这个文件：100人');
  writeFileSync(join(corpus, 'more.jsonl'), ['{"id":"j1","text":"博山区新建泵站12座。"}', '', '{"id":"j2","html":"<p>高青县增长6.8%</p>"}'].join('\n') + '\n');

  it('reads a directory recursively (.txt, .html, .htm, .jsonl) in sorted order, with JSON Lines documents by their id', async () => {
    const { status, out } = await run([corpus]);
    expect(status).toBe(0);
    expect(lines(out).map((d) => d.source)).toEqual([join(corpus, '2023/05/a.html'), join(corpus, 'b.txt'), 'j1', 'j2']);
    expect(lines(out)[3]).toMatchObject({ text: '高青县增长6.8%' });
  });

  it('expands glob patterns', async () => {
    const { out } = await run([join(corpus, '**/*.txt'), join(corpus, '**/*.html')]);
    expect(lines(out).map((d) => d.source)).toEqual([join(corpus, 'b.txt'), join(corpus, '2023/05/a.html')]);
  });

  it('reads JSON Lines on standard input (-), with each line its url, date and lang', async () => {
    const stdin = [
      JSON.stringify({ id: 7, text: '9月12日，镇里举办丰收节。', date: '2021-09-13T08:00:00+08:00', url: 'https://example.org/a' }),
      JSON.stringify({ id: 'en', text: 'Zibo added 1,200 jobs.', lang: 'en' }),
    ].join('\r\n');
    const { status, out } = await run(['-'], stdin);
    expect(status).toBe(0);
    const [a, b] = lines(out);
    expect(a.source).toBe('7');
    expect(a.annotations.find((x: any) => x.figure?.type === 'date').figure.value).toBe('2021-09-12');
    expect(b).toMatchObject({ source: 'en', lang: 'en' });
  });

  it('reports a bad line in the middle of a JSON Lines corpus with its id and goes on', async () => {
    const good = await corpusLines(4, 11);
    const file = join(dir, 'with-bad-lines.jsonl');
    writeFileSync(file, [good[0], good[1], '{"id": "broken", "text": ', '{"id":"no-text","title":"x"}', good[2], '[1,2]', good[3]].join('\n'));
    const { status, out, err } = await run([file]);
    expect(status).toBe(1);
    expect(lines(out).map((d) => d.source)).toEqual(good.map((l) => JSON.parse(l).id));
    expect(errors(err)).toEqual([
      expect.stringMatching(new RegExp(`^newsfacts: ${file}:3: is not JSON: `)),
      'newsfacts: no-text: has neither "text" nor "html" as a string',
      `newsfacts: ${file}:6: is not a JSON object ({"id", "text"} or {"id", "html"})`,
    ]);
    expect(summary(err)).toMatch(/^newsfacts: 4 documents, \d+ facts, 3 errors/);
  });

  it('refuses a bad date or language of a JSON Lines document', async () => {
    const { err } = await run(['-'], '{"id":"d","text":"x","date":"May 5"}\n{"id":"l","text":"x","lang":"fr"}\n');
    expect(errors(err)).toEqual(['newsfacts: d: "date" is not a date YYYY-MM-DD: "May 5"', 'newsfacts: l: "lang" must be zh, en or auto, not "fr"']);
  });
});

describe('newsfacts outputs', { timeout: 300_000 }, () => {
  it('writes CSV as one table, the input of each row in its document column', async () => {
    const { status, out } = await run(['--format', 'csv', txt, html]);
    expect(status).toBe(0);
    const rows = out.replace(/^\ufeff/, '').trim().split('\n');
    expect(rows[0]).toBe('url,title,date,kind,text,type,value,unit,place_code,full_path,note,tags,high,approx,saved_at,sentence,measure,subject_code,subject_path,period,document');
    expect(rows).toHaveLength(1 + 3 + 10);
    expect(rows.slice(1).map((r) => r.split(',').at(-1))).toEqual([...Array(3).fill(txt), ...Array(10).fill(html)]);
  });

  it('writes one file per input under --out DIR, named by its id', async () => {
    const out = join(dir, 'per-input');
    const { status } = await run(['--out', out, txt, '-'], '{"id":"a/../b:1","text":"全县新增就业1200人。"}');
    expect(status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, txt + '.json'), 'utf8')).source).toBe(txt);
    expect(JSON.parse(readFileSync(join(out, 'a', 'b_1.json'), 'utf8')).source).toBe('a/../b:1');
    await run(['--out', out, '--format', 'csv', txt]);
    expect(readFileSync(join(out, txt + '.csv'), 'utf8')).toMatch(/^\ufeffurl,.*,document\n.*2022年/);
  });

  it('writes the stream to --output FILE', async () => {
    const file = join(dir, 'stream.jsonl');
    const { status, out } = await run(['--output', file, txt, html]);
    expect(status).toBe(0);
    expect(out).toBe('');
    expect(lines(readFileSync(file, 'utf8')).map((d) => d.source)).toEqual([txt, html]);
  });
});

describe('newsfacts --resume', { timeout: 300_000 }, () => {
  it('skips the ids already in --output FILE and cuts off a line a stopped run left unfinished', async () => {
    const docs = await corpusLines(5, 12);
    const corpus = join(dir, 'resume.jsonl');
    const fresh = join(dir, 'fresh.jsonl');
    await run(['--output', fresh, '-'], docs.join('\n'));

    const file = join(dir, 'resumed.jsonl');
    await run(['--output', file, '-'], docs.slice(0, 2).join('\n'));
    appendFileSync(file, '{"source":"doc-12-2","lang":"zh","annot');
    writeFileSync(corpus, docs.join('\n'));
    const { status, err } = await run(['--output', file, '--resume', corpus]);
    expect(status).toBe(0);
    expect(summary(err)).toMatch(/^newsfacts: 3 documents, \d+ facts, 0 errors, 2 skipped \(already done\)/);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(fresh, 'utf8'));
  });

  it('skips the inputs whose file exists under --out DIR', async () => {
    const out = join(dir, 'resume-out');
    await run(['--out', out, txt]);
    const { err } = await run(['--out', out, '--resume', txt, html]);
    expect(summary(err)).toMatch(/^newsfacts: 1 document, \d+ facts, 0 errors, 1 skipped/);
    expect(existsSync(join(out, html + '.json'))).toBe(true);
  });
});

describe('newsfacts --jobs', { timeout: 300_000 }, () => {
  it('writes the same output, in input order, with 1 and with 2 workers', { timeout: 300_000 }, async () => {
    const corpus = join(dir, 'jobs.jsonl');
    writeFileSync(corpus, (await corpusLines(24, 13)).join('\n'));
    const one = await run(['--jobs', '1', corpus, txt, html]);
    const two = await run(['--jobs', '2', corpus, txt, html]);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(lines(one.out)).toHaveLength(26);
    expect(two.out).toBe(one.out);
  });
});

describe('newsfacts and the publication date', { timeout: 300_000 }, () => {
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

  // a January page that reports 11月28日 reports last November: only the publication date says so
  it("reads the byline by an HTML page's headline and a plain text's first lines, and --date wins over them", async () => {
    const bylined = join(dir, 'bylined.html');
    writeFileSync(
      bylined,
      '<html><head><title>镇里冬储白菜上市_县融媒体中心</title></head><body>' +
        '<h1>镇里冬储白菜上市</h1><div class="info"><span>来源：县融媒体中心</span><span>2024-01-05 08:30</span></div>' +
        '<p>11月28日开始收获的冬储白菜陆续上市。</p><ul><li><a href="/x">往期回顾</a><span>2023-12-20</span></li></ul></body></html>',
    );
    const story = (out: string) => dateValues(out).filter(([text]: string[]) => !text.startsWith('20'));
    expect(story((await run([bylined])).out)).toEqual([['11月28日', '2023-11-28']]);
    const text = join(dir, 'bylined.txt');
    writeFileSync(text, '镇里冬储白菜上市\n来源：县融媒体中心　2024-01-05\n11月28日开始收获的冬储白菜陆续上市。');
    expect(story((await run([text])).out)).toEqual([['11月28日', '2023-11-28']]);
    expect(story((await run(['--date', '2024-12-15', text])).out)).toEqual([['11月28日', '2024-11-28']]);
  });

  it("exports the file's publication date with its facts", async () => {
    const csv = (await run(['--format', 'csv', page])).out.replace(/^\ufeff/, '').trim().split('\n');
    const date = csv[0].split(',').indexOf('date');
    expect(csv.slice(1).map((row) => row.split(',')[date])).toEqual(['2023-09-14', '2023-09-14']);
  });
});

describe('newsfacts --format', { timeout: 300_000 }, () => {
  it('exports the annotations of every input as one CSV, GeoJSON, JSON-LD or Markdown document', async () => {
    const csv = await run(['--format', 'csv', txt, html]);
    expect(csv.status).toBe(0);
    const rows = csv.out.replace(/^\ufeff/, '').trim().split('\n');
    expect(rows[0]).toBe('url,title,date,kind,text,type,value,unit,place_code,full_path,note,tags,high,approx,saved_at,sentence,measure,subject_code,subject_path,period,document');
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

    const ld = JSON.parse((await run(['--format', 'jsonld', html, txt])).out);
    expect(ld.type).toBe('AnnotationCollection');
    expect(ld.first.items[0].target.source).toMatch(/^file:\/\/.*county-news\.html$/);
    expect(ld.first.items).toHaveLength(13);

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
