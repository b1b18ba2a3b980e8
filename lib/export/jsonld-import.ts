// Reads a W3C Web Annotation JSON-LD file back into collected items: NewsFacts' own exports
// round-trip losslessly (the engine's annotation travels in a body of its own), other tools'
// annotations come in as passages. Anything malformed is reported with where it is, and nothing
// is imported from a file with errors, so the collection never takes half a file. Every item made
// is checked against the collection's one schema (lib/collection/item-schema.ts) before it is
// taken: an item the views could not show never enters the collection. A file is refused whole
// when it is larger than MAX_IMPORT_BYTES (before it is read), is not UTF-8, or gives one id to
// two annotations of different content.
import type { Annotation } from '../annotation';
import type { Selectors } from '../anchoring/selectors';
import { ANNOTATION_BODY_FORMAT, DIVISION_URN, FACT_BODY_FORMAT } from './jsonld';
import { itemId, sameContent, type CollectedItem } from '../collection/item';
import { checkAnnotation, checkItem, type SchemaProblem } from '../collection/item-schema';

export interface ImportProblem {
  /** JSON path of the offending value: first.items[3].target.selector. */
  where: string;
  what: string;
}

export type ImportResult = { ok: true; items: CollectedItem[] } | { ok: false; problems: ImportProblem[] };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const typeOf = (v: Json): string[] => asArray(v.type ?? v['@type']).map(String);
/** The id NewsFacts' own export gives an annotation (toWebAnnotation), kept on import. */
const OWN_ID = /^urn:newsfacts:(nf-[0-9a-f]{8}-[0-9a-f]{8})$/;
/** Most problems reported for one file: enough to see what is wrong, not a wall of text. */
const MAX_PROBLEMS = 20;
/**
 * The largest file imported: 32 MB. NewsFacts' own export of 10,000 saved facts (the size the
 * collection view is measured at) is about 16 MB; a larger file is refused before it is read,
 * so a wrong choice of file cannot fill the page's memory.
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Imports a file the reader chose: refused when larger than MAX_IMPORT_BYTES or not UTF-8 text
 * (a broken byte is named, never read as U+FFFD into a note or passage), else read as JSON-LD.
 */
export async function importWebAnnotationFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, problems: [{ where: '(file)', what: `is ${megabytes(file.size)}; the most one import takes is ${megabytes(MAX_IMPORT_BYTES)}` }] };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ where: '(file)', what: `is not UTF-8 text (broken at byte ${firstInvalidUtf8(bytes)}); save it as UTF-8 and import it again` }] };
  }
  return importWebAnnotations(text);
}

/**
 * Where a UTF-8 decoder first finds `bytes` broken: the length of the shortest prefix that fails
 * to decode, less one. Streaming decodes hold back a character cut at a prefix's end, so the
 * prefixes that fail are exactly the long ones and a binary search finds the first (log n decodes).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const fails = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (fails(mid + 1)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The annotations of a collection, a page, an array or a single annotation, with their paths. */
function annotationsOf(doc: unknown, problems: ImportProblem[]): Array<[string, Json]> {
  if (Array.isArray(doc)) return doc.map((a, k) => [`[${k}]`, a as Json]);
  if (!isObject(doc)) {
    problems.push({ where: '(file)', what: 'is not a JSON object or array' });
    return [];
  }
  const types = typeOf(doc);
  if (types.includes('Annotation')) return [['(file)', doc]];
  if (types.includes('AnnotationPage')) return asArray(doc.items).map((a, k) => [`items[${k}]`, a as Json]);
  if (types.includes('AnnotationCollection')) {
    if (!isObject(doc.first)) {
      problems.push({ where: 'first', what: 'an AnnotationCollection needs its first AnnotationPage' });
      return [];
    }
    return asArray(doc.first.items).map((a, k) => [`first.items[${k}]`, a as Json]);
  }
  problems.push({ where: 'type', what: `expected Annotation, AnnotationPage or AnnotationCollection, found ${JSON.stringify(doc.type ?? null)}` });
  return [];
}

function readSelectors(target: Json, where: string, problems: ImportProblem[]): Selectors | undefined {
  const selectors = asArray(target.selector).filter(isObject);
  const quote = selectors.find((s) => typeOf(s).includes('TextQuoteSelector'));
  const position = selectors.find((s) => typeOf(s).includes('TextPositionSelector'));
  if (!quote || typeof quote.exact !== 'string' || !quote.exact) {
    problems.push({ where: `${where}.selector`, what: 'needs a TextQuoteSelector with a non-empty exact' });
    return undefined;
  }
  const start = Number(position?.start);
  const end = Number(position?.end);
  const hasPosition = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start;
  if (position && !hasPosition) problems.push({ where: `${where}.selector`, what: 'the TextPositionSelector needs whole numbers start <= end' });
  return {
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: typeof quote.prefix === 'string' ? quote.prefix : '', suffix: typeof quote.suffix === 'string' ? quote.suffix : '' },
    position: { type: 'TextPositionSelector', start: hasPosition ? start : 0, end: hasPosition ? end : 0 },
  };
}

/** The schema's problems as import problems, under `where` (the JSON path of the checked value). */
const problemsAt = (where: string, found: SchemaProblem[]): ImportProblem[] =>
  found.map(({ path, what }) => ({ where: path ? `${where}.${path}` : where, what }));

/** The engine's annotation carried in a body, checked against the contract's shape (the schema). */
function readAnnotation(bodies: Json[], exact: string, where: string, problems: ImportProblem[]): Annotation | undefined {
  const body = bodies.find((b) => b.format === ANNOTATION_BODY_FORMAT);
  if (!body) return undefined;
  let a: unknown;
  try {
    a = JSON.parse(String(body.value));
  } catch {
    problems.push({ where: `${where}.body`, what: 'the NewsFacts annotation body is not valid JSON' });
    return undefined;
  }
  const checked = checkAnnotation(a);
  if (!checked.ok) {
    problems.push(...problemsAt(`${where}.body.value`, checked.problems));
    return undefined;
  }
  if (checked.value.text !== exact) {
    problems.push({ where: `${where}.body.value.text`, what: 'the NewsFacts annotation does not match its quote' });
    return undefined;
  }
  return checked.value;
}

/** The figure's fact of NewsFacts' own body, parsed; the item's schema checks its shape. */
function readFact(bodies: Json[], where: string, problems: ImportProblem[]): unknown {
  const body = bodies.find((b) => b.format === FACT_BODY_FORMAT);
  if (!body) return undefined;
  try {
    return JSON.parse(String(body.value));
  } catch {
    problems.push({ where: `${where}.body`, what: 'the NewsFacts fact body is not valid JSON' });
    return undefined;
  }
}

export function importWebAnnotations(json: string): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return { ok: false, problems: [{ where: '(file)', what: `is not valid JSON: ${(e as Error).message}` }] };
  }
  const problems: ImportProblem[] = [];
  const items: CollectedItem[] = [];
  const firstWithId = new Map<string, { where: string; item: CollectedItem }>();
  for (const [where, a] of annotationsOf(doc, problems)) {
    if (problems.length >= MAX_PROBLEMS) break;
    if (!isObject(a) || !typeOf(a).includes('Annotation')) {
      problems.push({ where, what: 'is not an Annotation (type "Annotation")' });
      continue;
    }
    // the model allows several targets (Hypothesis exports an array of one): the first object is the passage's
    const target = asArray(a.target).find(isObject);
    const targetWhere = Array.isArray(a.target) ? `${where}.target[${a.target.indexOf(target)}]` : `${where}.target`;
    if (!target || typeof target.source !== 'string' || !target.source) {
      problems.push({ where: targetWhere, what: 'needs a source (the page\'s URL)' });
      continue;
    }
    if (!isWebAddress(target.source)) {
      problems.push({ where: `${targetWhere}.source`, what: `only http(s) pages are taken, not ${JSON.stringify(target.source.slice(0, 40))}` });
      continue;
    }
    const selectors = readSelectors(target, targetWhere, problems);
    if (!selectors) continue;
    const bodies = asArray(a.body).filter(isObject);
    const annotation = readAnnotation(bodies, selectors.quote.exact, where, problems);
    const texts = (purpose: string) => bodies.filter((b) => b.purpose === purpose && typeof b.value === 'string').map((b) => b.value as string);
    const created = typeof a.created === 'string' && !Number.isNaN(Date.parse(a.created)) ? new Date(a.created).toISOString() : new Date(0).toISOString();
    const ownId = typeof a.id === 'string' ? OWN_ID.exec(a.id)?.[1] : undefined;
    const item: CollectedItem = {
      id: ownId ?? itemId(target.source, selectors.position.start, selectors.position.end, selectors.quote.exact),
      url: target.source,
      title: typeof target.title === 'string' ? target.title : '',
      site: typeof target.site === 'string' ? target.site : safeHost(target.source),
      savedAt: created,
      text: selectors.quote.exact,
      selectors,
      tags: texts('tagging'),
    };
    if (annotation) item.annotation = annotation;
    const fact = readFact(bodies, where, problems);
    if (fact !== undefined) item.fact = fact as CollectedItem['fact'];
    const link = bodies.find((b) => b.purpose === 'linking' && typeof b.source === 'string' && b.source.startsWith(DIVISION_URN));
    if (link) item.context = { placeCode: String(link.source).slice(DIVISION_URN.length), placeName: typeof link.label === 'string' ? link.label : '' };
    const note = texts('commenting').join('\n');
    if (note) item.note = note;
    if (typeof target.published === 'string') item.published = target.published;
    if (typeof a.mentions === 'number') item.mentions = a.mentions;
    if (a.orphan === true) item.orphan = true;
    const checked = checkItem(item);
    if (!checked.ok) {
      problems.push(...problemsAt(`${where} (as a collected item)`, checked.problems));
      continue;
    }
    // the same annotation twice is harmless (merged); one id for two different ones is not
    const first = firstWithId.get(item.id);
    if (first && !sameContent(first.item, item)) {
      problems.push({ where, what: `has the id of ${first.where} (${item.id}) but other content` });
      continue;
    }
    if (!first) firstWithId.set(item.id, { where, item });
    items.push(item);
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, items };
}

/** Whether an address is a web page's (http or https): the collection view opens it in a tab, so javascript:, data:, file: and browser or extension pages are refused. */
function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
