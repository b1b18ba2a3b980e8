// Facts that disagree across pages: figures with the same measure, for the same place and period,
// saved from different pages with different values (one paper's 412.6亿元 against another's
// 398亿元). The collection shows them side by side with their sources.
import { measureKey, type CollectedItem } from './item';

export interface ConflictEntry {
  item: CollectedItem;
  /** The value as compared: number or date, its upper bound and unit. */
  value: string;
}

export interface FactConflict {
  key: string;
  measure: string;
  place: string;
  period: string;
  entries: ConflictEntry[];
}

/** The groups of figures of one measure, place and period from at least two pages whose values differ. */
export function factConflicts(items: CollectedItem[]): FactConflict[] {
  const groups = new Map<string, FactConflict>();
  for (const item of items) {
    const a = item.annotation;
    const fact = item.fact;
    if (a?.kind !== 'figure' || !fact?.measure || !fact.subject || !fact.period) continue;
    const place = fact.subject.code ?? fact.subject.name;
    const key = [measureKey(fact.measure), place, fact.period].join('\u0000');
    const group = groups.get(key) ?? { key, measure: fact.measure, place: fact.subject.name, period: fact.period, entries: [] };
    const { value, high, unit } = a.figure;
    group.entries.push({ item, value: [value, high ?? '', unit ?? ''].join(' ').trim() });
    groups.set(key, group);
  }
  return [...groups.values()].filter((g) => new Set(g.entries.map((e) => e.item.url)).size > 1 && new Set(g.entries.map((e) => e.value)).size > 1);
}
