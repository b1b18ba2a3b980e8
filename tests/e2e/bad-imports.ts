// The files a careless user or a hostile sender hands the collection page (issue 10), for the
// import tests of both browsers: each made from a good export of the collection, each written to
// `folder`, each with the problem the page must show. The collection must take none of them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../../lib/collection/item';
import { ANNOTATION_BODY_FORMAT } from '../../lib/export/jsonld';
import { MAX_IMPORT_BYTES } from '../../lib/export/jsonld-import';

export interface BadImport {
  /** The file's name, which the page's status repeats. */
  file: string;
  /** Its path on disk. */
  path: string;
  /** The first problem the page lists: where, then what. */
  problem: RegExp;
}

interface Body {
  format?: string;
  purpose?: string;
  value?: string;
}
interface Doc {
  first: { items: Array<{ body: Body[]; target: { source: string; title?: string } }> };
}

/** Writes every bad shape made from `exported` (a NewsFacts JSON-LD export of two items or more) into `folder`. */
export function writeBadImports(exported: string, folder: string): BadImport[] {
  const bad: BadImport[] = [];
  const write = (file: string, content: string | Uint8Array, problem: RegExp) => {
    const path = join(folder, file);
    writeFileSync(path, content);
    bad.push({ file, path, problem });
  };
  const edited = (edit: (doc: Doc) => void) => {
    const doc = JSON.parse(exported) as Doc;
    edit(doc);
    return JSON.stringify(doc);
  };

  // the shape that broke every view before: a place's path as a string
  write('path-string.jsonld', edited((doc) => {
    const place = doc.first.items
      .map((item) => item.body.find((b) => b.format === ANNOTATION_BODY_FORMAT && JSON.parse(b.value!).kind === 'place'))
      .find((body) => body !== undefined)!;
    const annotation = JSON.parse(place.value!);
    annotation.place.path = annotation.place.path.join(' ');
    place.value = JSON.stringify(annotation);
  }), /^first\.items\[\d+\]\.body\.value\.place\.path /);
  for (const [name, source] of [['javascript', 'javascript:alert(document.domain)'], ['data', 'data:text/html,<script>alert(1)</script>'], ['file', 'file:///etc/passwd'], ['chrome', 'chrome://settings'], ['extension', 'moz-extension://abc/collection.html']]) {
    write(`source-${name}.jsonld`, edited((doc) => (doc.first.items[1].target.source = source)), /^first\.items\[1\]\.target\.source only http\(s\) pages are taken/);
  }
  write('note-too-long.jsonld', edited((doc) => {
    const note = doc.first.items[1].body.find((b) => b.purpose === 'commenting');
    if (note) note.value = '注'.repeat(MAX_NOTE_LENGTH + 1);
    else doc.first.items[1].body.push({ purpose: 'commenting', value: '注'.repeat(MAX_NOTE_LENGTH + 1) });
  }), /^first\.items\[1\] \(as a collected item\)\.note a note is at most/);
  write('title-too-long.jsonld', edited((doc) => (doc.first.items[0].target.title = '题'.repeat(MAX_TITLE_LENGTH + 1))), /^first\.items\[0\] \(as a collected item\)\.title a title is at most/);
  write('same-id-other-content.jsonld', edited((doc) => {
    const twin = structuredClone(doc.first.items[1]);
    twin.body = twin.body.filter((b) => b.purpose !== 'commenting');
    twin.body.push({ purpose: 'commenting', value: '另一条备注' } as Body);
    doc.first.items.push(twin);
  }), /^first\.items\[\d+\] has the id of first\.items\[1\]/);
  const text = new TextEncoder().encode(exported);
  const broken = new Uint8Array(text.length + 1);
  broken.set(text.subarray(0, 20));
  broken[20] = 0xff;
  broken.set(text.subarray(20), 21);
  write('latin1.jsonld', broken, /^\(file\) is not UTF-8 text \(broken at byte 20\)/);
  const huge = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20);
  huge.set(text);
  write('huge.jsonld', huge, /^\(file\) is 32\.0 MB; the most one import takes is 32\.0 MB/);
  write('not-json.jsonld', exported.slice(0, exported.length / 2), /^\(file\) is not valid JSON/);
  return bad;
}

/** A Hypothesis-style annotation (its target an array of one), of a page not in the collection. */
export const hypothesisAnnotation = (source: string) =>
  JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://hypothes.is/a/nf-e2e-1',
    created: '2024-05-02T03:04:05Z',
    body: [{ type: 'TextualBody', value: '记下这个数', purpose: 'commenting' }],
    target: [{ source, selector: [{ type: 'TextPositionSelector', start: 12, end: 19 }, { type: 'TextQuoteSelector', exact: '种植面积达1500', prefix: '统一建棚，', suffix: '多亩' }] }],
  });
