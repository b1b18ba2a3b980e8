import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotation';
import { itemsFromAnnotations } from '../../../lib/collection/from-document';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, mergeNew } from '../../../lib/collection/item';
import { importWebAnnotationFile, importWebAnnotations, MAX_IMPORT_BYTES } from '../../../lib/export/jsonld-import';
import { ANNOTATION_BODY_FORMAT } from '../../../lib/export/jsonld';
import { renderExport } from '../../../lib/export/render';

const text = '淄川区新建大棚120个，带动300余户增收。';
const annotations: Annotation[] = [
  { kind: 'place', start: 0, end: 3, text: '淄川区', place: { name: '淄川区', level: 'county', code: '370302000000', path: ['山东省', '淄博市', '淄川区'], confidence: 0.95 } },
  { kind: 'figure', start: 7, end: 11, text: '120个', figure: { type: 'count', value: 120, unit: '个', approx: false } },
  { kind: 'figure', start: 14, end: 19, text: '300余户', figure: { type: 'count', value: 300, unit: '户', approx: true } },
];
for (const a of annotations) if (text.slice(a.start, a.end) !== a.text) throw new Error(`fixture offsets of ${a.text}`);
const items = itemsFromAnnotations(text, annotations, { url: 'https://news.example.cn/1.html', title: '大棚', site: 'news.example.cn', savedAt: '2023-05-13T08:00:00.000Z', published: '2023-05-12' });
items[1].note = '见第二段';
items[1].tags = ['农业'];
items[2].orphan = true;

describe('importing Web Annotations', () => {
  it('reads NewsFacts\' own export back to the same items', () => {
    const result = importWebAnnotations(renderExport('jsonld', items, () => undefined));
    expect(result).toEqual({ ok: true, items });
  });

  it('takes other tools\' annotations as passages', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'https://hyp.example/a/1', created: '2022-01-02T03:04:05Z',
      body: { type: 'TextualBody', value: '重要', purpose: 'commenting' },
      target: { source: 'https://news.example.cn/2.html', selector: [{ type: 'TextQuoteSelector', exact: '带动300余户增收', prefix: '个，', suffix: '。' }] },
    };
    const result = importWebAnnotations(JSON.stringify(foreign));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items[0]).toMatchObject({ url: 'https://news.example.cn/2.html', site: 'news.example.cn', text: '带动300余户增收', note: '重要', tags: [] });
    expect(result.items[0].annotation).toBeUndefined();
  });

  it('says what is wrong where, and imports nothing from a broken file', () => {
    expect(importWebAnnotations('{"type": "AnnotationCollection", "first": ')).toMatchObject({ ok: false, problems: [{ where: '(file)' }] });
    const doc = JSON.parse(renderExport('jsonld', items, () => undefined));
    doc.first.items[1].target.selector = [];
    delete doc.first.items[2].target.source;
    const result = importWebAnnotations(JSON.stringify(doc));
    expect(result).toEqual({
      ok: false,
      problems: [
        { where: 'first.items[1].target.selector', what: 'needs a TextQuoteSelector with a non-empty exact' },
        { where: 'first.items[2].target', what: 'needs a source (the page\'s URL)' },
      ],
    });
    expect(importWebAnnotations('{"type": "Sheet"}')).toMatchObject({ ok: false, problems: [{ where: 'type' }] });
  });

  it('refuses an annotation body that does not fit the schema, naming the item and the field', () => {
    const doc = JSON.parse(renderExport('jsonld', items, () => undefined));
    const body = doc.first.items[0].body.find((b: { format?: string }) => b.format === ANNOTATION_BODY_FORMAT);
    const annotation = JSON.parse(body.value);
    annotation.place.path = '山东省 淄博市 淄川区';
    body.value = JSON.stringify(annotation);
    const result = importWebAnnotations(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].where).toBe('first.items[0].body.value.place.path');
    expect(result.problems[0].what).toMatch(/Array/);
  });

  it('names each bad field of each item: a figure type outside the contract, offsets that are not whole numbers', () => {
    const doc = JSON.parse(renderExport('jsonld', items, () => undefined));
    const bodyOf = (k: number) => doc.first.items[k].body.find((b: { format?: string }) => b.format === ANNOTATION_BODY_FORMAT);
    const edit = (k: number, change: (a: Record<string, any>) => void) => {
      const body = bodyOf(k);
      const a = JSON.parse(body.value);
      change(a);
      body.value = JSON.stringify(a);
    };
    edit(1, (a) => (a.figure.type = 'weight'));
    edit(2, (a) => (a.start = 1.5));
    const result = importWebAnnotations(JSON.stringify(doc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.where)).toEqual(['first.items[1].body.value.figure.type', 'first.items[2].body.value.start']);
  });

  it('takes an annotation whose target is an array, as Hypothesis exports it', () => {
    const hypothesis = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'https://hyp.example/a/2', created: '2022-02-03T04:05:06Z',
      body: [{ type: 'TextualBody', value: '看这里', purpose: 'commenting' }],
      target: [{ source: 'https://news.example.cn/3.html', selector: [{ type: 'TextPositionSelector', start: 7, end: 11 }, { type: 'TextQuoteSelector', exact: '新建大棚', prefix: '淄川区', suffix: '120个' }] }],
    };
    const result = importWebAnnotations(JSON.stringify(hypothesis));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items[0]).toMatchObject({ url: 'https://news.example.cn/3.html', text: '新建大棚', note: '看这里', selectors: { position: { start: 7, end: 11 } } });
    const broken = { ...hypothesis, target: [{ ...hypothesis.target[0], selector: [] }] };
    expect(importWebAnnotations(JSON.stringify(broken))).toMatchObject({ ok: false, problems: [{ where: '(file).target[0].selector' }] });
  });

  it('takes only http(s) pages: a javascript:, data:, file:, browser or extension address is refused', () => {
    for (const source of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'chrome://settings', 'chrome-extension://abc/collection.html', 'not an address']) {
      const doc = JSON.parse(renderExport('jsonld', items, () => undefined));
      doc.first.items[1].target.source = source;
      const result = importWebAnnotations(JSON.stringify(doc));
      expect(result.ok, source).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0].where).toBe('first.items[1].target.source');
    }
  });

  it('merges without duplicates', () => {
    const { added, duplicates } = mergeNew(new Set([items[0].id]), [...items, items[2]]);
    expect(added.map((i) => i.id)).toEqual([items[1].id, items[2].id]);
    expect(duplicates).toBe(2);
  });

  describe('limits', () => {
    const exported = () => JSON.parse(renderExport('jsonld', items, () => undefined));
    const file = (parts: BlobPart[]) => new Blob(parts);

    it('refuses a file larger than the limit before reading it, and takes one at the limit', async () => {
      const result = await importWebAnnotationFile(file([new Uint8Array(MAX_IMPORT_BYTES + 1)]));
      expect(result).toEqual({ ok: false, problems: [{ where: '(file)', what: 'is 32.0 MB; the most one import takes is 32.0 MB' }] });
      const padded = renderExport('jsonld', items, () => undefined);
      const atLimit = await importWebAnnotationFile(file([padded, ' '.repeat(MAX_IMPORT_BYTES - new TextEncoder().encode(padded).length)]));
      expect(atLimit).toEqual({ ok: true, items });
    });

    it('refuses a file that is not UTF-8, naming where it breaks, instead of reading U+FFFD into the collection', async () => {
      const text = new TextEncoder().encode(renderExport('jsonld', items, () => undefined));
      const at = text.indexOf(0x40); // '@' of "@context", early in the file
      // a byte that starts nothing, a lead byte before ASCII, a character cut short: each found where the decoder meets it
      for (const [bad, found] of [[[0xff], 0], [[0xc3, 0x28], 1], [[0xe6, 0xb7], 2]] as const) {
        const bytes = new Uint8Array([...text.subarray(0, at), ...bad, ...text.subarray(at)]);
        const result = await importWebAnnotationFile(file([bytes]));
        expect(result.ok, String(bad)).toBe(false);
        if (result.ok) continue;
        expect(result.problems[0].what).toMatch(new RegExp(`^is not UTF-8 text \\(broken at byte ${at + found}\\)`));
      }
      // a byte-order mark is UTF-8 and fine
      expect(await importWebAnnotationFile(file([new Uint8Array([0xef, 0xbb, 0xbf]), text]))).toEqual({ ok: true, items });
    });

    it('refuses a note or a title past its length, naming the item and the field', () => {
      const doc = exported();
      doc.first.items[1].body.find((b: { purpose?: string }) => b.purpose === 'commenting').value = '长'.repeat(MAX_NOTE_LENGTH + 1);
      doc.first.items[2].target.title = 't'.repeat(MAX_TITLE_LENGTH + 1);
      const result = importWebAnnotations(JSON.stringify(doc));
      expect(result).toEqual({
        ok: false,
        problems: [
          { where: 'first.items[1] (as a collected item).note', what: `a note is at most ${MAX_NOTE_LENGTH} characters, this one has ${MAX_NOTE_LENGTH + 1}` },
          { where: 'first.items[2] (as a collected item).title', what: `a title is at most ${MAX_TITLE_LENGTH} characters, this one has ${MAX_TITLE_LENGTH + 1}` },
        ],
      });
      doc.first.items[1].body.find((b: { purpose?: string }) => b.purpose === 'commenting').value = '长'.repeat(MAX_NOTE_LENGTH);
      doc.first.items[2].target.title = 't'.repeat(MAX_TITLE_LENGTH);
      expect(importWebAnnotations(JSON.stringify(doc)).ok).toBe(true);
    });

    it('refuses one id given to two annotations of different content, and takes the same annotation twice', () => {
      const doc = exported();
      const twice = { ...doc, first: { ...doc.first, items: [...doc.first.items, doc.first.items[1]] } };
      expect(importWebAnnotations(JSON.stringify(twice)).ok).toBe(true);
      const other = structuredClone(doc.first.items[1]);
      other.body.find((b: { purpose?: string }) => b.purpose === 'commenting').value = '另一条备注';
      const clash = { ...doc, first: { ...doc.first, items: [...doc.first.items, other] } };
      expect(importWebAnnotations(JSON.stringify(clash))).toEqual({
        ok: false,
        problems: [{ where: 'first.items[3]', what: `has the id of first.items[1] (${items[1].id}) but other content` }],
      });
    });
  });
});
