// A name that is both a unit and a natural feature (黄山 is also 黄山市, 巢湖 also 巢湖市) means the
// feature where a word only a mountain, river or lake takes follows it: 黄山西南麓, 巢湖北岸,
// 嫩江流域, or a verb of flowing into comes before it (汇入红河), or it is listed after a feature (梅潭河和梅江); so does a feature's name that is also
// a common word (东滩湿地). The words are data in data/landmark-words.json (featureMarkersAfter, featureMarkersBefore).
import words from './data/landmark-words.json';
import forms from './data/name-forms.json';
import { listWordAt, listWordBefore } from './coordination';
import type { Mention } from './recognize';
import { firstCodeTable } from '../util/code-filter';
import { hanWordAhead } from '../util/han';

const MARKERS = [...words.featureMarkersAfter, ...words.flowVerbs].sort((a, b) => b.length - a.length);
const MARKERS_BEFORE = words.featureMarkersBefore;
const REGION_MARKERS = words.regionMarkersAfter;
/** The markers' first characters, by code: after most names none stands, and one lookup says so. */
const MARKER_FIRSTS = firstCodeTable([...MARKERS, ...REGION_MARKERS]);

/**
 * `mentions` with each name that can be a feature and is followed by a feature's word or by a place and a word of its reach
 * (黑龙江同江段), or comes after a verb of flowing into, kept as that
 * feature alone, and so each name that can be a region before a word only a region takes (中原城市群); a name that is only
 * units' short forms ending in a feature's word is left there to the feature read by its ending (清水河流域).
 */
export function markFeaturesByFollower(text: string, mentions: Mention[]): Mention[] {
  // 佛山和黄山: a unit's name before the list's mark makes a list of units, not of features
  const unitEnds = new Set(mentions.filter((m) => m.entries.some((e) => !e.target.feature)).map((m) => m.end));
  const reaches = new Set(mentions.filter((m) => isReachWord(text[m.end])).map((m) => m.start));
  const featureEnds = new Set(mentions.filter((m) => m.entries.some((e) => e.target.feature?.level === 'natural')).map((m) => m.end));
  const marked = mentions
    .map((m) => (featureEnds.has(m.start) && isReachWord(text[m.end]) ? placeOfReach(m) : markedFeature(text, m, unitEnds, reaches.has(m.end))))
    .map((m) => m && mountainBeforeAreaWord(text, m))
    .filter((m): m is Mention => m !== undefined);
  return withoutFeatureWords(text, marked);
}

/**
 * 长江南岸: the feature's word after a name read as a feature is that feature's (its bank, its upper reach), not the unit
 * it also names (南岸, also 南岸区).
 */
function withoutFeatureWords(text: string, mentions: Mention[]): Mention[] {
  const featureEnds = new Set(mentions.filter((m) => m.marked && m.entries.every((e) => e.target.feature?.level === 'natural')).map((m) => m.end));
  return mentions.filter((m) => !featureEnds.has(m.start) || !MARKERS.includes(text.slice(m.start, m.end)));
}
const MOUNTAIN_AREA_WORDS: readonly string[] = words.mountainAreaWords;
/**
 * 太行山区, 太行山水: a mountain named with 山 whose name without it is one of its own names, right before the rest of a word
 * that opens with 山 (山区, 山水), is that shorter name; the 山 goes with the word. A mountain with no such name keeps its
 * 山 (吕梁山区, 天山山区).
 */
function mountainBeforeAreaWord(text: string, m: Mention): Mention {
  const end = m.end - 1;
  if (text[end] !== '山' || !MOUNTAIN_AREA_WORDS.some((w) => text.startsWith(w, end))) return m;
  const short = text.slice(m.start, end);
  const named = m.entries.filter((e) => e.target.feature?.level === 'natural' && e.target.feature.aliases.includes(short));
  return named.length ? { ...m, end, entries: named } : m;
}

/**
 * 额尔齐斯河哈巴河段: between a feature and the word of its reach, a name that is also a river (哈巴河, read as the river
 * elsewhere in the text) is the unit the reach runs through, marked so, where it names one.
 */
function placeOfReach(m: Mention): Mention {
  const units = m.entries.filter((e) => e.target.unit);
  return units.length && units.length < m.entries.length ? { ...m, entries: units, marked: true } : m;
}

/** 黑龙江同江段, 黄河宁夏段: the words of a river's reach after the place it runs through. */
const REACH_WORDS = new Set(words.reachWords);
/** Whether `c` is a word of a river's reach (段 of 黑龙江同江段). */
export const isReachWord = (c: string | undefined): boolean => c !== undefined && REACH_WORDS.has(c);

/**
 * The mention as a feature where a feature's word follows it; none where it is only units' short forms that end in a
 * feature's word (清水河流域 is the river, not 清水河县: the feature's words after a place read it as a river).
 */
function markedFeature(text: string, m: Mention, unitEnds: Set<number>, beforeReach: boolean): Mention | undefined {
  if (REGION_PARTS.some((w) => text.startsWith(w, m.end))) return unitBeforeAreaPart(m);
  const natural =
    beforeReach ||
    (MARKER_FIRSTS[text.charCodeAt(m.end)] === 1 && MARKERS.some((w) => text.startsWith(w, m.end))) ||
    MARKERS_BEFORE.some((w) => text.endsWith(w, m.start)) ||
    flowsFrom(text, m.end) ||
    (!unitEnds.has(m.start - 1) && listedAfterFeature(text, m.start)) ||
    meetsFeatureAfter(text, m.end);
  const region = !natural && REGION_MARKERS.some((w) => text.startsWith(w, m.end));
  if (!natural && !region) return m;
  const features = m.entries.filter((e) => e.target.feature?.level === (natural ? 'natural' : 'region'));
  if (!features.length && natural && m.entries.every((e) => e.kind === 'short') && NATURAL_ENDINGS.some((w) => text.endsWith(w, m.end))) return undefined;
  // a feature's name is marked even where it is no unit's (东滩湿地: a common word otherwise)
  if (!features.length || (region && features.length === m.entries.length && features.every((e) => !e.needsContext))) return m;
  return { ...m, entries: features, marked: true };
}
const NATURAL_ENDINGS = words.natural;

const REGION_PARTS = forms.regionPartsAfter;
const RIVER_ENDINGS = words.riverEndings;
/**
 * 今年红河南部山区: before a part of an area (南部, 东北部) a name that is both a unit and a river is the unit alone, whatever
 * the text read it as before (a river has no south); a name of any other kind is left as it is.
 */
function unitBeforeAreaPart(m: Mention): Mention {
  const river = (e: Mention['entries'][number]) => e.target.feature?.level === 'natural' && RIVER_ENDINGS.some((w) => e.target.feature!.name.endsWith(w));
  const units = m.entries.filter((e) => e.target.unit);
  return units.length && m.entries.some(river) ? { ...m, entries: units } : m;
}

const FLOW_FROM = words.flowFrom;
/**
 * 红河从县城南边流过, 怒江在谷底奔流: after the name, 从 or 在, the place it flows through or in and a verb of flowing before
 * the clause ends (or, for the second of two waters, a word of their meeting: 任河在县城交汇). Read over a few characters of
 * Han text only, so a unit's name before 从 and a clause of its own (红河州从今年起) is none.
 */
function flowsFrom(text: string, end: number, verbs: readonly string[] = FLOW_FROM.verbs): boolean {
  const word = FLOW_FROM.words.find((w) => text.startsWith(w, end));
  return !!word && hanWordAhead(text, end + word.length, FLOW_FROM.reach - 1, verbs, 1) >= 0;
}

/** 汀江、梅潭河和梅江: right after a list's mark that follows a name ending in a feature's word, a name that can be a feature is one. */
function listedAfterFeature(text: string, start: number): boolean {
  const mark = listWordBefore(text, start);
  return mark > 0 && NATURAL_ENDINGS.some((w) => text.endsWith(w, start - mark));
}

const CONFLUENCE_WORDS = words.confluenceWords;
/** Most characters of the other feature's name between the list's mark and the word of meeting (南溪河, 澜沧江). */
const MAX_MET_NAME = 6;
/** Words of waters rising, alone or after a word of their order (先后涨水): the second of two waters listed may take them too. */
const RISINGS = [...words.risingWords, ...words.risingAdverbs.flatMap((a) => words.risingWords.map((w) => a + w))];
/** What may follow the second of two waters: a word of their meeting or rising, or 在 or 从 before the place they meet. */
const MEETING_OR_RISING = [...CONFLUENCE_WORDS, ...RISINGS];
const MEETING_OR_WHERE = [...MEETING_OR_RISING, ...FLOW_FROM.words];
/**
 * 红河与南溪河交汇处, 汉江和任河在县城交汇, 哈巴河、别列则克河先后涨水: a name before a list's mark and a name ending in a
 * feature's word that a word of two waters meeting follows, right away or after 在 and the place they meet (confluenceWords),
 * or a word of waters rising (risingWords), is a feature too, as the name after a feature listed is (listedAfterFeature).
 */
function meetsFeatureAfter(text: string, end: number): boolean {
  const mark = listWordAt(text, end);
  const at = mark ? hanWordAhead(text, end + mark, MAX_MET_NAME, MEETING_OR_WHERE, 2) : -1;
  return (
    at >= 0 &&
    NATURAL_ENDINGS.some((w) => text.endsWith(w, at)) &&
    (MEETING_OR_RISING.some((w) => text.startsWith(w, at)) || flowsFrom(text, at, CONFLUENCE_WORDS))
  );
}

/**
 * 岳阳楼 is the tower (world-features.json's landmark), not the short form of 岳阳楼区: the press
 * writes a district named after a landmark with its suffix. A name that is a landmark and
 * otherwise only units' short forms is kept as the landmark.
 */
export function preferLandmarks(mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const landmarks = m.entries.filter((e) => e.target.feature?.level === 'landmark');
    if (!landmarks.length || landmarks.length === m.entries.length || !m.entries.every((e) => e.target.feature || e.kind === 'short')) return m;
    return { ...m, entries: landmarks };
  });
}
