// The engine's one entry point: extract(text) -> annotations in the contract's shape.
// Pure TypeScript with no DOM, so the content script, the background and Node share it.
import type { Annotation, Lang, PlaceAnnotation } from './annotation';
import { addFacts } from './facts/facts';
import { sentencesAndClauses } from './facts/sentence';
import { readEnglishFigures } from './figures/en';
import { readChineseFigures } from './figures/zh';
import { findEnglishPlaces } from './places/en';
import { findPlaces, type PlaceIndex } from './places/find';
import { unwrapLines } from './wrapped-lines';

export interface ExtractOptions {
  /** The text's language; 'auto' (the default) decides from the characters it holds. */
  lang?: Lang | 'auto';
  /** The place dictionary and gazetteer; without it only figures are found. */
  places?: PlaceIndex;
  /** Code of the reader's home region, the last resort for linking an ambiguous place name. */
  homeRegion?: string;
  /**
   * The text's publication date (YYYY-MM-DD; YYYY-MM or YYYY when no more is known): the year
   * of yearless dates, 去年 and 今年 (lib/figures/dates.ts). Without it the text's own dateline
   * or years decide, and a date whose year is not certain keeps the form --MM-DD.
   */
  date?: string;
  /**
   * The provinces whose villages count (what `prepareVillages` or the background's `placesFor`
   * loaded for this text); without it every loaded village pack counts.
   */
  villageProvinces?: readonly string[];
}

const HAN = /[\u3400-\u9fff]/g;
const HAN_RUN = /[\u3400-\u9fff]/;
const HAN_RUNS = /[\u3400-\u9fff]+/g;
const LATIN = /[A-Za-z]/g;

/**
 * Chinese when Han characters are at least a fifth of the letters: a Chinese article quoting
 * English names stays Chinese, an English article with a few Chinese names stays English.
 * Counts on a sample so that a 1 MB page costs nothing extra.
 */
export function detectLang(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 10000) + text.slice(-10000) : text;
  return langOf(sample) ?? 'en';
}

// The language of a text by the rule above; none when it holds no letters.
function langOf(text: string): Lang | undefined {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return han > 0 && han * 5 >= latin ? 'zh' : latin > 0 ? 'en' : undefined;
}

/**
 * Like `extract`, with the language decided line by line (a page's paragraphs are its lines):
 * a page mixing English and Chinese paragraphs gets each read in its own language. A line
 * without letters goes with the line before it. Each language reads the whole text with the
 * other language's lines blanked out, so its context (a dateline's year, the region the
 * article is about) still spans every paragraph and the offsets stay the text's own.
 */
export function extractByLine(text: string, options: Omit<ExtractOptions, 'lang'> = {}): { lang: Lang; annotations: Annotation[] } {
  const lines = text.split('\n');
  let previous: Lang | undefined;
  const langs = lines.map((line) => (previous = langOf(line) ?? previous));
  const first = langs.find((lang) => lang !== undefined) ?? 'en';
  const used = new Set(langs.map((lang) => lang ?? first));
  const lang = detectLang(text);
  if (used.size === 1) return { lang, annotations: extract(text, { ...options, lang: first }) };
  const annotations = [...used].flatMap((reading) => {
    const masked = lines.map((line, i) => ((langs[i] ?? first) === reading ? line : ' '.repeat(line.length))).join('\n');
    return extract(masked, { ...options, lang: reading });
  });
  return { lang, annotations: annotations.sort((a, b) => a.start - b.start) };
}

/**
 * Places and figures together, sorted; a figure inside a place name is not one (七台 in
 * 七台河市 is no count of 7), so where the two overlap the place stays.
 */
function merge(places: Annotation[], figures: Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  let p = 0;
  for (const figure of figures) {
    while (p < places.length && places[p].end <= figure.start) out.push(places[p++]);
    const overlaps = p < places.length && places[p].start < figure.end;
    if (!overlaps) out.push(figure);
  }
  while (p < places.length) out.push(places[p++]);
  return out;
}

/**
 * Every figure (and, given a place index, every place) in `text`: sorted, never overlapping,
 * offsets in UTF-16 code units; each figure with the facts its text states (lib/facts/).
 */
export function extract(text: string, options: ExtractOptions = {}): Annotation[] {
  const lang = !options.lang || options.lang === 'auto' ? detectLang(text) : options.lang;
  // English printed with hard line breaks is read with each break inside a paragraph as a space
  const reading = lang === 'en' ? unwrapLines(text) : text;
  // split once: the English figures are read sentence by sentence, and the facts look in sentences and clauses
  const { sentences, clauses } = sentencesAndClauses(reading, lang);
  const { figures, year } = lang === 'zh' ? readChineseFigures(text, options.date) : readEnglishFigures(reading, options.date, undefined, sentences);
  const annotations = merge(findAnyPlaces(reading, lang, options), figures);
  addFacts(reading, annotations, lang, year, sentences, clauses);
  if (reading !== text) for (const a of annotations) quoteFrom(text, a);
  return annotations;
}

/** An annotation read from the unwrapped text quotes the text itself: its line breaks stay inside its span. */
function quoteFrom(text: string, a: Annotation): void {
  a.text = text.slice(a.start, a.end);
  const measure = a.kind === 'figure' ? a.figure.measure : undefined;
  if (measure) measure.text = text.slice(measure.start, measure.end);
}

/** The places of `text` when a place index is given (English ones only with its English index). */
function findAnyPlaces(text: string, lang: Lang, { places, homeRegion, villageProvinces }: ExtractOptions): Annotation[] {
  if (!places) return [];
  if (lang === 'zh') return findPlaces(text, places, { homeRegion, villageProvinces });
  if (!places.english) return [];
  const english = findEnglishPlaces(text, places.english.sources, places.english.index, { homeRegion, villageProvinces });
  if (!HAN_RUN.test(text)) return english;
  const chinese = hanPlaces(text, places, { homeRegion, villageProvinces });
  return chinese.length ? [...english, ...chinese].sort((a, b) => a.start - b.start) : english;
}

/**
 * Zichuan District (淄川区): the Chinese names inside English lines, read by the Chinese finder
 * over the text's runs of Han characters alone, one per line (a long English page with one Chinese
 * name costs nothing more), offsets led back to the text's own.
 */
function hanPlaces(text: string, places: PlaceIndex, options: Parameters<typeof findPlaces>[2]): PlaceAnnotation[] {
  const runs = [...text.matchAll(HAN_RUNS)].map((m) => ({ at: m.index, text: m[0], from: 0 }));
  let from = 0;
  for (const run of runs) {
    run.from = from;
    from += run.text.length + 1;
  }
  let r = 0;
  return findPlaces(runs.map((run) => run.text).join('\n'), places, options).map((a) => {
    while (r + 1 < runs.length && runs[r + 1].from <= a.start) r++;
    const shift = runs[r].at - runs[r].from;
    return { ...a, start: a.start + shift, end: a.end + shift };
  });
}
