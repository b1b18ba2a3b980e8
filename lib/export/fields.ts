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
}

const PATH_SEPARATOR = ' > ';

export function itemFields(item: CollectedItem, lookup: PlaceLookup): ItemFields {
  const a = item.annotation;
  if (!a) return { kind: 'passage', type: '', value: '', high: '', unit: '', approx: false, placeCode: '', path: '' };
  if (a.kind === 'figure') {
    const f = a.figure;
    return { kind: 'figure', type: f.type, value: String(f.value), high: f.high === undefined ? '' : String(f.high), unit: f.unit ?? '', approx: f.approx, placeCode: '', path: '' };
  }
  const p = a.place;
  const facts = p.code ? lookup(p.code) : undefined;
  const path = facts ? facts.path.map((u) => u.name) : p.path ?? [p.name];
  return { kind: 'place', type: p.level, value: p.name, high: '', unit: '', approx: false, placeCode: p.code ?? '', path: path.join(PATH_SEPARATOR) };
}
