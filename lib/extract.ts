// The engine's one entry point: extract(text) -> annotations in the contract's shape.
// Pure TypeScript with no DOM, so the content script, the background and Node share it.
import type { Annotation, Lang } from './annotation';
import { extractEnglishFigures } from './figures/en';
import { extractChineseFigures } from './figures/zh';

export interface ExtractOptions {
  /** The text's language; 'auto' (the default) decides from the characters it holds. */
  lang?: Lang | 'auto';
}

const HAN = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/**
 * Chinese when Han characters are at least a fifth of the letters: a Chinese article quoting
 * English names stays Chinese, an English article with a few Chinese names stays English.
 * Counts on a sample so that a 1 MB page costs nothing extra.
 */
export function detectLang(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 10000) + text.slice(-10000) : text;
  const han = sample.match(HAN)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  return han > 0 && han * 5 >= latin ? 'zh' : 'en';
}

/** Every figure in `text`, sorted by start, never overlapping, offsets in UTF-16 code units. */
export function extract(text: string, options: ExtractOptions = {}): Annotation[] {
  const lang = !options.lang || options.lang === 'auto' ? detectLang(text) : options.lang;
  return lang === 'zh' ? extractChineseFigures(text) : extractEnglishFigures(text);
}
