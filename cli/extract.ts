// `newsfacts FILE...` / `npm run --silent extract -- FILE...`: the command line of
// ../shared/contract/annotations.md. One JSON document for one file, JSON Lines for several;
// a file that cannot be read gets a one-line error naming it, and the others still run.
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnnotatedDocument, Lang } from '../lib/annotation';
import { itemsFromAnnotations } from '../lib/collection/from-document';
import type { CollectedItem } from '../lib/collection/item';
import { EXPORT_FORMATS, renderExport, type ExportFormat } from '../lib/export/render';
import { parseDivisionCode } from '../lib/division-code';
import { detectLang, extract } from '../lib/extract';
import { isCalendarDate } from '../lib/figures/dates';
import { htmlPublicationDate, htmlTitle, htmlToText } from '../lib/html-text';
import { t } from '../lib/i18n';
import '../lib/i18n/ui';
import { datelineDate } from '../lib/page/publication-date';
import type { LoadedPlaceIndex } from '../lib/places/place-index';
import { loadPlaceIndex, prepareVillages } from '../lib/places/place-index-node';

const FORMATS = ['json', ...EXPORT_FORMATS] as const;
type Format = (typeof FORMATS)[number];
const USAGE = `usage: newsfacts [--lang zh|en|auto] [--format ${FORMATS.join('|')}] [--home-region CODE] [--date YYYY-MM-DD] FILE...`;

interface Options {
  lang: Lang | 'auto';
  /** json: the contract's documents; the others: one export of every file's annotations. */
  format: Format;
  /** Division code of the reader's home region, for linking ambiguous place names. */
  homeRegion?: string;
  /** The files' publication date (YYYY-MM-DD), over what an HTML file's markup states. */
  date?: string;
  files: string[];
}

/** Whether `value` is a real day written YYYY-MM-DD. */
function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Parses the arguments, or returns the message to print. */
export function parseArgs(argv: string[]): Options | string {
  const options: Options = { lang: 'auto', format: 'json', files: [] };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg === '--lang' || arg === '--format' || arg === '--home-region' || arg === '--date') {
      const value = argv[++k];
      if (value === undefined) return `${arg} needs a value\n${USAGE}`;
      if (arg === '--date') {
        if (!isIsoDay(value)) return `--date takes the publication date as YYYY-MM-DD (a real day, such as 2024-03-05), not ${value}`;
        options.date = value;
      } else if (arg === '--home-region') {
        // read as the options page reads it, and refused with its words
        const code = parseDivisionCode(value);
        if (!code) return `--home-region: ${t('options.homeRegionInvalid', 'en', { input: value })}`;
        options.homeRegion = code;
      } else if (arg === '--lang') {
        if (value !== 'zh' && value !== 'en' && value !== 'auto') return `--lang must be zh, en or auto, not ${value}`;
        options.lang = value;
      } else {
        if (!(FORMATS as readonly string[]).includes(value)) return `--format ${value} is not supported; formats: ${FORMATS.join(', ')}`;
        options.format = value as Format;
      }
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg === '--') continue;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return `no file given\n${USAGE}`;
  return options;
}

/** Decodes UTF-8 strictly, keeping a byte-order mark so offsets index the text as read. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads one file into the text the offsets will index, with its title and (HTML) the publication
 * date its markup states, or throws an Error whose message names the problem.
 */
export async function readDocumentText(path: string): Promise<{ text: string; html: boolean; title: string; published?: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String((e as Error).message));
  }
  if (bytes.includes(0)) throw new Error('is a binary file, not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error('is not valid UTF-8 text');
  }
  const html = /\.html?$/i.test(path);
  if (!html) return { text, html, title: basename(path) };
  const published = htmlPublicationDate(text);
  return { text: htmlToText(text), html, title: htmlTitle(text) || basename(path), ...(published ? { published } : {}) };
}

/** The place index, loaded once for the first text that needs it (about a second). */
let placeIndex: Promise<LoadedPlaceIndex> | undefined;

/** Annotates one file; `date` (the command line's --date) is its publication date, over its markup's. */
export async function annotateFile(path: string, lang: Lang | 'auto', homeRegion?: string, date?: string): Promise<{ doc: AnnotatedDocument; text: string; title: string; published?: string }> {
  const { text, html, title, published: stated } = await readDocumentText(path);
  const published = date ?? stated;
  const docLang = lang === 'auto' ? detectLang(text) : lang;
  const doc: AnnotatedDocument = { source: path, lang: docLang, textLength: text.length, annotations: [] };
  if (html) doc.text = text;
  const places = await (placeIndex ??= loadPlaceIndex());
  if (docLang === 'zh') await prepareVillages(text, places);
  doc.annotations = extract(text, { lang: docLang, places, homeRegion, date: published });
  return { doc, text, title, ...(published ? { published } : {}) };
}

/** The annotations of one file as collected items, as the extension's export holds them; its date the one given or stated, else its dateline's. */
async function fileItems(path: string, text: string, title: string, doc: AnnotatedDocument, date: string | undefined): Promise<CollectedItem[]> {
  const savedAt = (await stat(path)).mtime.toISOString();
  const published = date ?? datelineDate(doc.annotations);
  return itemsFromAnnotations(text, doc.annotations, { url: pathToFileURL(resolve(path)).href, title, site: '', savedAt, ...(published ? { published } : {}) });
}

/** Runs the command; returns the exit status (0 all files done, 1 a file failed, 2 bad usage). */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    (options === USAGE ? out : err).write(options + '\n');
    return options === USAGE ? 0 : 2;
  }
  let status = 0;
  const single = options.files.length === 1;
  const items: CollectedItem[] = [];
  for (const file of options.files) {
    try {
      const { doc, text, title, published } = await annotateFile(file, options.lang, options.homeRegion, options.date);
      if (options.format === 'json') out.write((single ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)) + '\n');
      else items.push(...(await fileItems(file, text, title, doc, published)));
    } catch (e) {
      err.write(`newsfacts: ${file}: ${(e as Error).message}\n`);
      status = 1;
    }
  }
  if (options.format !== 'json') {
    const places = await (placeIndex ??= loadPlaceIndex());
    out.write(renderExport(options.format as ExportFormat, items, (code) => places.gazetteer.lookup(code)));
  }
  return status;
}
