// The plain fields of a collected item that every tabular or textual export shows, computed once
// so CSV, Markdown and the collection view agree on what an item's value, unit and place are.
import type { PlaceFacts } from '../gazetteer/types';
import type { CollectedItem } from '../collection/item';

/** Facts of a place by its division code, when the gazetteer has them. */
export type PlaceLookup = (code: string) => PlaceFacts | undefined;

export interface ItemFields {
  kind: 'figure' | 'place' | 'passage';
  type: string;
  value: string;
  high: string;
  unit: string;
  approx: boolean;
  placeCode: string;
  /** 山东省 > 淄博市 > 淄川区 */
  path: string;
  /** A figure's fact (item.fact): its whole sentence, measure, subject and period; empty otherwise. */
  sentence: string;
  measure: string;
  subjectCode: string;
  subjectName: string;
  /** The subject's path as `path` writes it. */
  subjectPath: string;
  /** How the subject was found: sentence, article or title. */
  subjectVia: string;
  period: string;
  /** The rates and shares that qualify the figure: 同比增长 9.3%; 占年度计划 27.8%. */
  rates: string;
}

const PATH_SEPARATOR = ' > ';
const NO_FACT = { sentence: '', measure: '', subjectCode: '', subjectName: '', subjectPath: '', subjectVia: '', period: '', rates: '' };

/** The path of a place by its code (the gazetteer's, else the one it came with, else its name). */
const pathOf = (code: string | undefined, name: string, known: string[] | undefined, lookup: PlaceLookup): string => {
  const facts = code ? lookup(code) : undefined;
  return (facts ? facts.path.map((u) => u.name) : known ?? [name]).join(PATH_SEPARATOR);
};

function factFields(item: CollectedItem, lookup: PlaceLookup): typeof NO_FACT {
  const fact = item.fact;
  if (!fact) return NO_FACT;
  const subject = fact.subject;
  return {
    sentence: fact.sentence,
    measure: fact.measure ?? '',
    subjectCode: subject?.code ?? '',
    subjectName: subject?.name ?? '',
    subjectPath: subject ? pathOf(subject.code, subject.name, subject.path, lookup) : '',
    subjectVia: subject?.via ?? '',
    period: fact.period ?? '',
    rates: (fact.rates ?? []).map((r) => (r.measure ? `${r.measure} ${r.text}` : r.text)).join('; '),
  };
}

export function itemFields(item: CollectedItem, lookup: PlaceLookup): ItemFields {
  const a = item.annotation;
  if (!a) return { kind: 'passage', type: '', value: '', high: '', unit: '', approx: false, placeCode: '', path: '', ...NO_FACT };
  if (a.kind === 'figure') {
    const f = a.figure;
    return { kind: 'figure', type: f.type, value: String(f.value), high: f.high === undefined ? '' : String(f.high), unit: f.unit ?? '', approx: f.approx, placeCode: '', path: '', ...factFields(item, lookup) };
  }
  const p = a.place;
  return { kind: 'place', type: p.level, value: p.name, high: '', unit: '', approx: false, placeCode: p.code ?? '', path: pathOf(p.code, p.name, p.path, lookup), ...NO_FACT };
}

/** A figure's fact as one line: place · period · measure · text · rates (淄博市 · 2023-Q1 · 完成投资 · 412.6亿元 · 同比增长 9.3%). */
export function factLine(item: CollectedItem, lookup: PlaceLookup): string {
  const f = itemFields(item, lookup);
  return [f.subjectName, f.period, f.measure, item.text, f.rates].filter(Boolean).join(' · ');
}
