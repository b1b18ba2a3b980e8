// TEMPORARY placeholder while the real engine is written (same signature).
import type { Annotation, Lang } from './annotation';

export interface ExtractOptions {
  lang?: Lang | 'auto';
}

export function detectLang(text: string): Lang {
  return /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
}

export function extract(text: string, _options: ExtractOptions = {}): Annotation[] {
  const out: Annotation[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?(?:亿元|万元|元|%|户|人)/g)) {
    out.push({ kind: 'figure', start: m.index!, end: m.index! + m[0].length, text: m[0],
      figure: { type: 'other', value: parseFloat(m[0]), approx: false } });
  }
  return out;
}
