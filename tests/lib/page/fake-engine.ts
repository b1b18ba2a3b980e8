// A stand-in for the extraction engine: amounts in 亿元 and percentages are figures, a few
// county names are places. Records every text it is asked about.
import type { Annotation } from '../../../lib/annotation';
import type { ExtractResponse } from '../../../lib/messaging/protocol';

const PLACES: Record<string, string> = { 淄川区: '370302000000', 博山区: '370304000000', 沂源县: '370323000000' };

export function findFacts(text: string): Annotation[] {
  return [...text.matchAll(/[\d.]+亿元|[\d.]+%|淄川区|博山区|沂源县/g)].map((m) => {
    const base = { start: m.index!, end: m.index! + m[0].length, text: m[0] };
    return m[0] in PLACES
      ? { ...base, kind: 'place', place: { name: m[0], level: 'county', code: PLACES[m[0]] } }
      : { ...base, kind: 'figure', figure: { type: m[0].endsWith('%') ? 'percent' : 'money', value: Number.parseFloat(m[0]), approx: false } };
  });
}

export function fakeEngine() {
  const calls: string[] = [];
  const extract = async (text: string): Promise<ExtractResponse> => {
    calls.push(text);
    return { lang: 'zh', annotations: findFacts(text) };
  };
  return { calls, extract };
}
