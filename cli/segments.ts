// A text file too large to hold (a year of a paper in one file, hundreds of MB) is annotated a
// segment at a time and its JSON document written as it goes: memory stays that of one segment,
// and the time grows linearly with the file. Segments end at a line end, so a sentence is never
// cut; what links places across segments (the document's dominant region) is each segment's own.
import { createReadStream } from 'node:fs';
import type { Annotation } from '../lib/annotation';
import { detectLang, extract } from '../lib/extract';
import { prepareVillages } from '../lib/places/place-index-node';
import { placeIndex, type RunSettings } from './annotate';
import { decodeText, regularFileSize } from './read-text';

/** About this many characters per segment: a long article's worth many times over. */
export const SEGMENT_CHARS = 1 << 20;

/**
 * Cuts a stream of text into segments of at least `size` characters (the last may be shorter),
 * each ending after a line end; a text without line ends for twice `size` is cut there, never
 * inside a surrogate pair.
 */
export async function* segments(chunks: AsyncIterable<string>, size: number): AsyncGenerator<string> {
  let parts: string[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    while (length >= size) {
      const text = parts.join('');
      const nl = text.indexOf('\n', size - 1);
      let cut = nl !== -1 && nl < 2 * size ? nl + 1 : text.length >= 2 * size ? 2 * size : -1;
      if (cut === -1) {
        parts = [text];
        break;
      }
      if (/[\ud800-\udbff]/.test(text[cut - 1])) cut--;
      yield text.slice(0, cut);
      parts = [text.slice(cut)];
      length = parts[0].length;
    }
  }
  const rest = parts.join('');
  if (rest) yield rest;
}

/** Moves an annotation found at `by` in the text to the whole text's offsets: its span and every span it carries (a figure's measure or sentence). */
export function shifted<T>(value: T, by: number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => shifted(v, by)) as T;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  const span = typeof record.start === 'number' && typeof record.end === 'number';
  for (const [key, v] of Object.entries(record)) out[key] = span && (key === 'start' || key === 'end') ? (v as number) + by : shifted(v, by);
  return out as T;
}

/**
 * Annotates the text file `path` segment by segment and writes its JSON document (the contract's
 * fields, `textLength` last since it is known last) through `write`. The file is decoded once
 * first, so a file that is not text fails before anything is written. Returns the counts.
 */
export async function annotateLargeFile(path: string, settings: RunSettings, write: (text: string) => Promise<void>, segmentChars = SEGMENT_CHARS): Promise<{ facts: number; chars: number }> {
  await regularFileSize(path);
  for await (const _ of decodeText(createReadStream(path)));
  const places = await placeIndex();
  let lang = settings.lang === 'auto' ? undefined : settings.lang;
  let chars = 0;
  let facts = 0;
  for await (const segment of segments(decodeText(createReadStream(path)), segmentChars)) {
    if (!lang) {
      lang = detectLang(segment);
      await write(`{"source":${JSON.stringify(path)},"lang":"${lang}","annotations":[`);
    }
    const villageProvinces = lang === 'zh' ? await prepareVillages(segment, places) : undefined;
    const annotations: Annotation[] = extract(segment, { lang, places, homeRegion: settings.homeRegion, date: settings.date, villageProvinces });
    if (annotations.length) await write((facts ? ',' : '') + annotations.map((a) => JSON.stringify(shifted(a, chars))).join(','));
    facts += annotations.length;
    chars += segment.length;
  }
  if (!lang) await write(`{"source":${JSON.stringify(path)},"lang":"${detectLang('')}","annotations":[`);
  await write(`],"textLength":${chars}}\n`);
  return { facts, chars };
}
