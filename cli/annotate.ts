// One document of the command line, from its input to what it adds to the output: the work each
// worker thread does (cli/worker.ts), and the whole process does with --jobs 1.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnnotatedDocument, Lang } from '../lib/annotation';
import { itemsFromAnnotations } from '../lib/collection/from-document';
import { detectLang, extract } from '../lib/extract';
import { htmlPublicationDate, htmlTitle, htmlToText } from '../lib/html-text';
import { datelineDate, textBylineDate } from '../lib/page/publication-date';
import type { LoadedPlaceIndex } from '../lib/places/place-index';
import { loadPlaceIndex, prepareVillages } from '../lib/places/place-index-node';
import { renderDocument, type DocumentOutput, type Format, type Target } from './formats';
import { readTextFile } from './read-text';

/** One document to annotate: a file to read, or a JSON Lines document's text or HTML. */
export interface DocumentTask {
  /** The input's id: a file's path, a JSON Lines document's id. */
  id: string;
  path?: string;
  text?: string;
  html?: string;
  url?: string;
  /** The document's own publication date (YYYY-MM-DD, YYYY-MM or YYYY), over --date. */
  date?: string;
  lang?: Lang | 'auto';
}

/** What holds for every document of a run. */
export interface RunSettings {
  lang: Lang | 'auto';
  homeRegion?: string;
  date?: string;
  format: Format;
  target: Target;
  /** When the run started (ISO): the saved time of facts from JSON Lines documents, which have no file time. */
  startedAt: string;
}

/** A document done: what it adds to the output, with its counts for the progress and the summary. */
export type DocumentResult = ({ id: string; facts: number; chars: number } & DocumentOutput) | { id: string; error: string };

/**
 * The text a document's offsets index, its title, whether it was HTML and the date it states: its
 * markup's, else the byline's by its headline (a plain text's at its top).
 */
async function documentText(task: DocumentTask): Promise<{ text: string; html: boolean; title: string; stated?: string }> {
  const html = task.html !== undefined || (task.path !== undefined && /\.html?$/i.test(task.path));
  const raw = task.html ?? task.text ?? (await readTextFile(task.path!));
  const fallback = task.path ? basename(task.path) : task.id;
  if (!html) {
    const stated = textBylineDate(raw);
    return { text: raw, html, title: fallback, ...(stated ? { stated } : {}) };
  }
  const text = htmlToText(raw);
  const title = htmlTitle(raw);
  const stated = htmlPublicationDate(raw) ?? textBylineDate(text, title);
  return { text, html, title: title || fallback, ...(stated ? { stated } : {}) };
}

/** Annotates one document with `places`; throws an Error whose message names the problem. */
export async function annotateDocument(task: DocumentTask, settings: RunSettings, places: LoadedPlaceIndex): Promise<DocumentResult> {
  const { text, html, title, stated } = await documentText(task);
  const published = task.date ?? settings.date ?? stated;
  const lang = task.lang ?? settings.lang;
  const docLang = lang === 'auto' ? detectLang(text) : lang;
  const doc: AnnotatedDocument = { source: task.id, lang: docLang, textLength: text.length, annotations: [] };
  if (html) doc.text = text;
  const villageProvinces = docLang === 'zh' ? await prepareVillages(text, places) : undefined;
  doc.annotations = extract(text, { lang: docLang, places, homeRegion: settings.homeRegion, date: published, villageProvinces });
  const items = async () => {
    const url = task.path ? pathToFileURL(resolve(task.path)).href : (task.url ?? '');
    const savedAt = task.path ? (await stat(task.path)).mtime.toISOString() : settings.startedAt;
    const date = published ?? datelineDate(doc.annotations);
    return itemsFromAnnotations(text, doc.annotations, { url, title, site: '', savedAt, ...(date ? { published: date } : {}) });
  };
  const collected = settings.format === 'json' ? [] : await items();
  const lookup = (code: string) => places.gazetteer.lookup(code);
  const output = renderDocument(settings.format, settings.target, { id: task.id, doc, items: collected }, lookup);
  return { id: task.id, facts: doc.annotations.length, chars: text.length, ...output };
}

/** The place index, loaded once per thread, for the first document that needs it. */
let places: Promise<LoadedPlaceIndex> | undefined;
export const placeIndex = (): Promise<LoadedPlaceIndex> => (places ??= loadPlaceIndex());

/** Annotates documents one after another in this thread; a document's failure is its result, not an exception. */
export function documentAnnotator(settings: RunSettings): (task: DocumentTask) => Promise<DocumentResult> {
  return async (task) => {
    try {
      return await annotateDocument(task, settings, await placeIndex());
    } catch (e) {
      return { id: task.id, error: (e as Error).message };
    }
  };
}
