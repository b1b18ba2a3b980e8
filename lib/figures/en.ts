// Finds the figures in English text. compromise reads the numbers (2.5 million, two thousand,
// seventh) and compromise-dates the dates; this module only decides, from the words around
// each number (vocabulary/en.json), what the number measures, and settles dates' years with the
// same rule as Chinese text (./dates.ts).
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { Figure, FigureAnnotation, FigureType } from '../annotation';
import { settleDates, type DateParts } from './dates';
import en from './vocabulary/en.json';

nlp.plugin(datesPlugin);

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface Match {
  terms: Term[];
  number?: { num: number | null };
  dates?: { start: string | null };
}

interface UnitWord {
  word: string;
  type: FigureType;
  unit: string;
}

const unitWords: UnitWord[] = (
  [
    [en.currencies, 'money'],
    [en.percentUnits, 'percent'],
    [en.ratioUnits, 'ratio'],
    [en.quantityUnits, 'quantity'],
    [en.durationUnits, 'duration'],
    [en.otherUnits, 'other'],
  ] as Array<[Record<string, string>, FigureType]>
)
  .flatMap(([table, type]) => Object.entries(table).map(([word, unit]) => ({ word, type, unit })))
  .sort((a, b) => b.word.length - a.word.length);

const symbols = Object.entries(en.currencySymbols).sort((a, b) => b[0].length - a[0].length);
const approxBefore = new RegExp(`\\b(?:${en.approxBefore.join('|')})\\s+$`, 'i');
const approxAfter = new RegExp(`^\\s+(?:${en.approxAfter.join('|')})\\b`, 'i');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_DAY = new RegExp(`^(${MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+((?:1[89]|20)\\d\\d))?$`, 'i');
const DATE_EDGE_TAGS = new Set(['Preposition', 'Determiner', 'Conjunction', 'Adverb', 'Verb', 'Noun']);

const MAGNITUDES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MAGNITUDE_AFTER = /^\s+(thousand|million|billion|trillion)\b/i;

const termEnd = (t: Term): number => t.offset.start + t.offset.length;

/** The unit word right after `end` (one space allowed), if any. */
function unitAfter(text: string, end: number): { entry: UnitWord; end: number } | undefined {
  const rest = text.slice(end, end + 40);
  const lower = rest.toLowerCase();
  for (const entry of unitWords) {
    for (const gap of entry.word === '%' ? [''] : ['', ' ', '-']) {
      const w = gap + entry.word;
      if (lower.startsWith(w) && !/[a-z]/i.test(rest[w.length] ?? '')) return { entry, end: end + w.length };
    }
  }
  return undefined;
}

/** Reads a month name, day and year from a date's words (March 17, September 5, 2019). */
function dateParts(words: string): DateParts | undefined {
  const m = MONTH_DAY.exec(words.trim());
  if (!m) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith(m[1].toLowerCase().replace('.', '').slice(0, 3))) + 1;
  const parts: DateParts = { month };
  if (m[2]) parts.day = Number(m[2]);
  if (m[3]) parts.year = Number(m[3]);
  return parts;
}

interface Candidate {
  start: number;
  end: number;
  figure: Figure;
  date?: DateParts;
}

const PERIODS = Object.entries(en.periods as Record<string, { quarter?: number; half?: number }>);
const PERIOD = new RegExp(`\\b(?:(?:the|its|this|last|next)\\s+)?(${PERIODS.map(([w]) => w).join('|')})(?:\\s+of\\s+((?:19|20)\\d\\d))?\\b`, 'gi');

/** The first quarter (of 2023), the second half: periods of a year, settled like other dates. */
function periodCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const [, word, year] = m;
    const part = PERIODS.find(([w]) => w.toLowerCase() === word.toLowerCase())![1];
    const start = m.index + m[0].indexOf(word);
    const date: DateParts = { ...part };
    if (year) date.year = Number(year);
    out.push({ start, end: m.index + m[0].length, figure: { type: 'date', value: '', approx: false }, date });
  }
  return out;
}

function dateCandidates(doc: ReturnType<typeof nlp>): Candidate[] {
  const out: Candidate[] = [];
  for (const m of (doc as any).dates().json({ offset: true }) as Match[]) {
    if (!m.dates?.start) continue;
    const terms = [...m.terms];
    // compromise-dates keeps the words around a date (on, each, in); keep the date itself
    while (terms.length && terms[0].tags.some((t) => DATE_EDGE_TAGS.has(t)) && !terms[0].tags.includes('Month')) terms.shift();
    while (terms.length && terms[terms.length - 1].tags.some((t) => DATE_EDGE_TAGS.has(t)) && !terms[terms.length - 1].tags.includes('Value')) terms.pop();
    if (!terms.length) continue;
    const start = terms[0].offset.start;
    const end = termEnd(terms[terms.length - 1]);
    if (end <= start) continue;
    const parts = dateParts(terms.map((t) => t.text).join(' '));
    if (!parts) continue;
    out.push({ start, end, figure: { type: 'date', value: '', approx: false }, date: parts });
  }
  return out;
}

/** Words a count may skip before its noun (36 large ceramic firms). */
const COUNTED_NOUN_LOOKAHEAD = 3;
const MODIFIER_TAGS = ['Adjective', 'Singular', 'Noun', 'Gerund'];

/** The plural noun a number counts, within a few modifiers after it, lower-cased. */
function countedNoun(text: string, end: number, tagsAt: Map<number, string[]>): string | undefined {
  const words = /^(?:\s+[A-Za-z][A-Za-z-]*){1,3}/.exec(text.slice(end, end + 60));
  if (!words) return undefined;
  let at = end;
  for (const m of [...words[0].matchAll(/\s+([A-Za-z][A-Za-z-]*)/g)].slice(0, COUNTED_NOUN_LOOKAHEAD)) {
    const start = at + m[0].length - m[1].length;
    at += m[0].length;
    const tags = tagsAt.get(start) ?? [];
    if (tags.includes('Plural')) return m[1].toLowerCase();
    if (!MODIFIER_TAGS.some((t) => tags.includes(t))) return undefined;
  }
  return undefined;
}

function numberCandidates(text: string, doc: ReturnType<typeof nlp>): Candidate[] {
  const out: Candidate[] = [];
  const terms = (doc.json({ offset: true }) as Match[]).flatMap((s) => s.terms);
  const tagsAt = new Map(terms.map((t) => [t.offset.start, t.tags]));
  let consumedTo = 0;
  for (const m of (doc as any).numbers().json({ offset: true }) as Match[]) {
    let value = m.number?.num;
    if (typeof value !== 'number' || !Number.isFinite(value) || !m.terms.length) continue;
    let start = m.terms[0].offset.start;
    let end = termEnd(m.terms[m.terms.length - 1]);
    // compromise splits ranges such as 0—2019 into a term and an empty one
    if (start < consumedTo || end <= start) continue;
    // compromise sometimes leaves "billion" to the next match: 432.7 billion yuan
    const magnitude = MAGNITUDE_AFTER.exec(text.slice(end, end + 12));
    if (magnitude) {
      value *= MAGNITUDES[magnitude[1].toLowerCase()];
      end += magnitude[0].length;
      consumedTo = end;
    }
    const tags = new Set(m.terms.flatMap((t) => t.tags));
    let type: FigureType = 'other';
    let unit: string | undefined;
    const first = text.slice(start, end);
    const symbol = symbols.find(([s]) => first.startsWith(s) || text.slice(start - s.length - 1, start).trim() === s);
    const after = unitAfter(text, end);
    if (tags.has('Ordinal')) type = 'rank';
    else if (text[end - 1] === '%') {
      type = 'percent';
      unit = '%';
    }
    else if (symbol) {
      type = 'money';
      unit = symbol[1];
      if (!first.startsWith(symbol[0])) start = text.lastIndexOf(symbol[0], start);
    } else if (after) {
      type = after.entry.type;
      unit = after.entry.unit;
      end = after.end;
    } else if (tags.has('Year') && Number.isInteger(value) && value >= 1900 && value <= 2100) {
      type = 'year';
    } else {
      // a number before a plural noun counts things: 86,349 households, 36 large ceramic firms
      const counted = countedNoun(text, end, tagsAt);
      if (counted) {
        type = 'count';
        unit = counted;
      } else if (value < 2 && !tags.has('Multiple')) continue; // "one of", "a", "1" alone state no fact
    }
    const approx = approxBefore.test(text.slice(Math.max(0, start - 20), start)) || approxAfter.test(text.slice(end, end + 12));
    const figure: Figure = { type, value, approx };
    if (unit) figure.unit = unit;
    out.push({ start, end, figure });
  }
  return out;
}

/** All figures in an English text, sorted and non-overlapping (dates win over their numbers); `date` is the publication date when known. */
export function extractEnglishFigures(text: string, date?: string): FigureAnnotation[] {
  const doc = nlp(text);
  const dates = [...periodCandidates(text), ...dateCandidates(doc)];
  const numbers = numberCandidates(text, doc);
  const all: Candidate[] = [...dates];
  for (const n of numbers) if (!dates.some((d) => d.start < n.end && n.start < d.end)) all.push(n);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of all) if (!kept.length || c.start >= kept[kept.length - 1].end) kept.push(c);

  settleDates(text, kept, date);
  return kept.map((c) => ({ kind: 'figure', start: c.start, end: c.end, text: text.slice(c.start, c.end), figure: c.figure }));
}
