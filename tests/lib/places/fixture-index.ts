// A small hand-made slice of the division tree (real codes and names) as a place index, for tests
// of the place rules and of what uses them, independent of the generated gazetteer.
import type { Unit, UnitLevel } from '../../../lib/gazetteer/types';
import type { PlaceIndex } from '../../../lib/places/find';
import { NameIndex } from '../../../lib/places/name-index';
import type { FeatureEntry } from '../../../lib/places/world';

const rows: Array<[string, string, UnitLevel, string?]> = [
  ['370000000000', '山东省', 'province'],
  ['370300000000', '淄博市', 'prefecture', '370000000000'],
  ['370302000000', '淄川区', 'county', '370300000000'],
  ['370302112000', '龙泉镇', 'township', '370302000000'],
  ['370302112206', '台头村', 'village', '370302112000'],
  ['370302117000', '太河镇', 'township', '370302000000'],
  ['370302117273', '纱帽村', 'village', '370302117000'],
  ['370303000000', '张店区', 'county', '370300000000'],
  ['370303009000', '马尚街道', 'township', '370303000000'],
  ['370303009215', '台头村', 'village', '370303009000'],
  ['370305000000', '临淄区', 'county', '370300000000'],
  ['370305102000', '皇城镇', 'township', '370305000000'],
  ['370306000000', '周村区', 'county', '370300000000'],
  ['370100000000', '济南市', 'prefecture', '370000000000'],
  ['370176000000', '济南高新技术产业开发区', 'county', '370100000000'],
  ['370800000000', '济宁市', 'prefecture', '370000000000'],
  ['320000000000', '江苏省', 'province'],
  ['320200000000', '无锡市', 'prefecture', '320000000000'],
  ['320281000000', '江阴市', 'county', '320200000000'],
  ['320281110000', '长泾镇', 'township', '320281000000'],
  ['330000000000', '浙江省', 'province'],
  ['330100000000', '杭州市', 'prefecture', '330000000000'],
  ['330110000000', '余杭区', 'county', '330100000000'],
  ['330110100000', '龙泉镇', 'township', '330110000000'],
  ['210000000000', '辽宁省', 'province'],
  ['210100000000', '沈阳市', 'prefecture', '210000000000'],
  ['210103000000', '沈河区', 'county', '210100000000'],
  ['210103017000', '皇城街道', 'township', '210103000000'],
  ['450000000000', '广西壮族自治区', 'province'],
  ['450300000000', '桂林市', 'prefecture', '450000000000'],
  ['450329000000', '资源县', 'county', '450300000000'],
  ['110000000000', '北京市', 'province'],
];

/** @param wordsBefore as the build's common-words.json gives them (保山: 确 for 确保) */
export function fixtureIndex(features: FeatureEntry[] = [], wordsBefore: Record<string, string> = {}): PlaceIndex {
  const units = new Map<string, Unit>();
  const children = new Map<string, Unit[]>();
  for (const [code, name, level, parent] of rows) {
    const unit: Unit = { code, name, level, source: 'test', ...(parent ? { parent } : {}) };
    units.set(code, unit);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const names = new NameIndex(new Set(['资源']), wordsBefore);
  names.addUnits(units.values());
  names.addFeatures(features);
  return { units: { unit: (c) => units.get(c), children: (c) => children.get(c) ?? [] }, names };
}
