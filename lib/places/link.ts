// Decides which unit each place name means. Most township and village names exist many times
// in China (龙泉镇: 16, 杨家庄村: 119), and short forms can be shared, so a name is resolved with,
// in order: an explicit chain in the text (淄川区龙泉镇); the unit the text already tied the same
// name to; the nearest earlier mention of a unit that contains one candidate; the document's
// dominant region (a vote over the names that are unambiguous); the reader's home region; a
// natural feature of the same name. A name none of these settles keeps its candidates and no
// code: an empty code is better than a wrong one (docs/ARCHITECTURE.md lists the order in full).
import { endsAtLevel, LEVEL_RANK, padCode } from '../division-code';
import forms from './data/name-forms.json';
import type { Unit } from '../gazetteer/types';
import type { IndexEntry } from './name-index';
import { LONG_LIST, villagesOnly, type Mention } from './recognize';
import { isBareZoneName } from './zones';

/** The provinces that share a border with each, by two-digit code (name-forms.json neighbourProvinces). */
const NEIGHBOURS = new Map(Object.entries(forms.neighbourProvinces).map(([code, list]) => [code, list.split(' ')]));

/** The parts of the gazetteer linking needs: a unit by its code. */
export interface UnitLookup {
  unit(code: string): Unit | undefined;
}

export type LinkMethod = 'unique' | 'chain' | 'context' | 'dominant' | 'home' | 'feature' | 'unresolved' | 'rejected';

export interface Resolution {
  mention: Mention;
  /** The chosen meaning, if one was settled. */
  entry?: IndexEntry;
  /** Codes of the units it may mean, when unsettled. */
  candidates?: string[];
  confidence: number;
  /** How it was settled; 'rejected' when every meaning needed support the text does not give. */
  method: LinkMethod;
}

export interface LinkOptions {
  /** Code (any level) of the reader's home region, the last resort for ambiguous names. */
  homeRegion?: string;
}

const CONFIDENCE: Record<LinkMethod, number> = {
  unique: 0.95, chain: 0.95, context: 0.9, dominant: 0.8, home: 0.7, feature: 0.6, unresolved: 0, rejected: 0,
};
/** The levels whose units listed side by side (酉水河镇、后坪乡) are taken to share their parent. */
const LISTED_SIBLING_LEVELS = new Set<string>(['township', 'village']);
/** The codes' third and fourth digits of a municipality's statistical groupings: 市辖区 (01) and 县 (02). */
const MUNICIPALITY_GROUPINGS = ['01', '02'];
/** How far back to look for a containing unit, in mentions. */
const CONTEXT_WINDOW = 200;
/** How far (in characters) the name after a short form may start for a part of its unit to support it (溧阳讯 南渡镇). */
const PART_NEXT_GAP = 2;
/** A vote for a county says more about the document than a vote for its province. */
const VOTE_WEIGHT: Record<string, number> = { province: 1, prefecture: 2, county: 4, township: 8, village: 8 };

/** Codes of a unit and every unit containing it. */
function lineage(units: UnitLookup, unit: Unit): string[] {
  const codes = [unit.code];
  for (let parent = unit.parent; parent; parent = units.unit(parent)?.parent) codes.push(parent);
  return codes;
}

/**
 * Lineages of units, per lookup: units never change, and a text is linked three or four times
 * (./find.ts) and a reader's texts share their places, so each lineage is walked once. With them,
 * for a name's list of meanings, every code of their lineages: the units whose mention may settle it.
 */
interface LineageCache {
  /** By the unit itself: one unit is one object, and an object is found faster than a code. */
  lineages: WeakMap<Unit, string[]>;
  /** The vote of a mention of the unit for each unit of its lineage, in the lineage's order. */
  weights: WeakMap<Unit, number[]>;
  around: WeakMap<readonly IndexEntry[], ReadonlySet<string>>;
  /** A name's list of meanings without its parents' names (withoutParentsNames), the list itself when it keeps all. */
  withoutParents: WeakMap<readonly IndexEntry[], IndexEntry[]>;
}
const lineageCaches = new WeakMap<UnitLookup, LineageCache>();

function lineageCache(units: UnitLookup): LineageCache {
  let cache = lineageCaches.get(units);
  if (!cache) lineageCaches.set(units, (cache = { lineages: new WeakMap(), weights: new WeakMap(), around: new WeakMap(), withoutParents: new WeakMap() }));
  return cache;
}

const unitEntries = (m: Mention): IndexEntry[] => m.entries.filter((e) => e.target.unit);

/**
 * 东营市 is the prefecture, never its 东营区 written with a sibling suffix: a renamed form
 * (./forms.ts) that is the full name of a unit containing the renamed one is that unit's name
 * alone, for no unit is renamed to the name of the unit it lies in. The mention itself when no
 * such entry is there (most mentions: no list is made). A list is read once (`cache`): a text is
 * linked several times, and 城关镇's hundreds of renamed namesakes are each tested against its full names.
 */
function withoutParentsNames(mention: Mention, contains: (outer: string, entry: IndexEntry) => boolean, cache: LineageCache['withoutParents']): Mention {
  const entries = mention.entries;
  // a long list (杨家庄村's hundred villages) is looked up rather than searched for a renamed entry again
  if (entries.length < 2 || (entries.length < LONG_LIST && !entries.some((e) => e.kind === 'renamed'))) return mention;
  let kept = cache.get(entries);
  if (!kept && !entries.some((e) => e.kind === 'renamed')) cache.set(entries, (kept = entries));
  if (!kept) {
    const fulls = entries.filter((e) => e.kind === 'full' && e.target.unit);
    const left = entries.filter((e) => e.kind !== 'renamed' || !fulls.some((f) => contains(f.target.unit!.code, e)));
    cache.set(entries, (kept = left.length === entries.length ? entries : left));
  }
  return kept === entries ? mention : { ...mention, entries: kept };
}

/** A name with several meanings, all villages (杨家庄村 has a hundred). */
const manyVillages = (m: Mention): boolean => m.entries.length > 1 && villagesOnly(m.entries);

/**
 * Whether deciding the names of several villages changes no other name's link, so that a caller
 * reading only the units above villages (./find.ts keepSupportedVillages) may leave them
 * undecided, which saves most of a text's linking (each of a hundred meanings is scored). A
 * village contains no other unit, so it settles no later name by context, and a name the text
 * ties to a village (settledForms) is a name of the same villages again. Only a chain reads it:
 * a name right after it that may mean the same village. So: true unless a name that may mean a
 * village follows one of them right after.
 */
function villagesDecideNone(mentions: Mention[]): boolean {
  return !mentions.some((m, k) => mentions[k + 1]?.start === m.end && manyVillages(m) && mentions[k + 1].entries.some((e) => e.target.unit?.level === 'village'));
}

/** Links each mention; with `villagesUnread`, names of several villages are left undecided where that changes no other link (see villagesDecideNone). */
export function linkMentions(mentions: Mention[], units: UnitLookup, options: LinkOptions = {}, villagesUnread = false): Resolution[] {
  const { lineages, weights, around: arounds, withoutParents } = lineageCache(units);
  const lineageOf = (unit: Unit): string[] => {
    let codes = lineages.get(unit);
    if (!codes) lineages.set(unit, (codes = lineage(units, unit)));
    return codes;
  };
  const weightsOf = (unit: Unit): number[] => {
    let found = weights.get(unit);
    if (!found) weights.set(unit, (found = lineageOf(unit).map((code) => VOTE_WEIGHT[units.unit(code)?.level ?? 'province'])));
    return found;
  };
  const contains = (outer: string, entry: IndexEntry): boolean => lineageOf(entry.target.unit!).includes(outer);
  const aroundOf = (entries: readonly IndexEntry[]): ReadonlySet<string> => {
    let codes = arounds.get(entries);
    if (!codes) arounds.set(entries, (codes = new Set(entries.flatMap((e) => (e.target.unit ? lineageOf(e.target.unit) : [])))));
    return codes;
  };

  mentions = mentions.map((m) => withoutParentsNames(m, contains, withoutParents));
  const skipVillages = villagesUnread && villagesDecideNone(mentions);
  // The document's dominant region: votes from names with one meaning that needs no support.
  const votes = new Map<string, number>();
  const vote = (code: string, weight: number) => votes.set(code, (votes.get(code) ?? 0) + weight);
  for (const m of mentions) {
    if (m.entries.length !== 1 || m.entries[0].needsContext) continue;
    const { unit, feature } = m.entries[0].target;
    if (unit) {
      const codes = lineageOf(unit);
      const weight = weightsOf(unit);
      for (let c = 0; c < codes.length; c++) vote(codes[c], weight[c]);
    }
    else for (const p of feature.provinces ?? []) vote(padCode(p), VOTE_WEIGHT.province);
  }
  // 在恭城 in a text naming no province, or naming 恭城's own: the word of place is support enough
  // (only a code of a province's shape is looked up: finding a village's unit by its code is a search among its township's)
  const provincesNamed = [...votes.keys()].filter((code) => endsAtLevel(code, 'province') && units.unit(code)?.level === 'province');
  const fitsText = (entry: IndexEntry): boolean => {
    const codes = lineageOf(entry.target.unit!);
    return provincesNamed.length === 0 || provincesNamed.includes(codes[codes.length - 1]);
  };
  const score = (entry: IndexEntry): number => lineageOf(entry.target.unit!).reduce((s, c) => s + (votes.get(c) ?? 0), 0);
  const rank = (entry: IndexEntry): number => LEVEL_RANK[entry.target.unit!.level];
  // A name that needs support (资源 for 资源县) gets it from its own prefecture, not from a mere
  // mention of its province (深圳 does not make 城区 mean 汕尾's 城区): the province counts only
  // when it is the unit's direct parent. A municipality's two statistical groupings (市辖区, 县) are one
  // city: a county of one supports a district of the other (云阳县 supports 万州).
  const support = (entry: IndexEntry): number => {
    const [, parent, ...above] = lineageOf(entry.target.unit!);
    const own = parent ? municipalityGroupings(parent) : [];
    return [...(own.length ? own : [parent]), ...above.slice(0, -1)].reduce((s, c) => s + (c ? votes.get(c) ?? 0 : 0), 0);
  };
  /** The groupings of a municipality (重庆's 市辖区 5001 and 县 5002) where `code` is one, else none. */
  const municipalityGroupings = (code: string): string[] =>
    units.unit(code)?.grouping && units.unit(code)?.level === 'prefecture' ? MUNICIPALITY_GROUPINGS.map((g) => code.slice(0, 2) + g + code.slice(4)).filter((c) => units.unit(c)?.grouping) : [];

  /**
   * 太湖 in an article on 吴江: a lake or mountain whose name is also the short form of a unit elsewhere (太湖县 of
   * Anhui) that the text gives no support is the feature where the text names a place in the feature's provinces.
   */
  const unitsNamesake = (mention: Mention, entry: IndexEntry): boolean =>
    entry.target.feature?.level === 'natural' && mention.entries.some((e) => e.target.unit && e.kind === 'short');
  /** Whether the text names a place in a feature's provinces (东北 in an article on 桓仁). */
  const namesPlaceIn = (entry: IndexEntry): boolean => !!entry.target.feature?.provinces?.some((p) => (votes.get(padCode(p)) ?? 0) > 0);

  // 溧阳讯 南渡镇: a short form that needs support is its unit where the next name, a few characters on
  // (a dateline's 讯 between), has a candidate inside that unit
  const namesPartNext = (k: number, entry: IndexEntry): boolean => {
    const next = mentions[k + 1];
    const unit = entry.target.unit;
    if (!next || !unit || next.start - mentions[k].end > PART_NEXT_GAP) return false;
    return next.entries.some((e) => e.target.unit && e.target.unit.code !== unit.code && contains(unit.code, e));
  };

  // 经昌邑、平度、莱州: a county's short form listed right after a county of its province (昌邑 of 潍坊) is
  // that county, though the text names not its own prefecture (平度 of 青岛); 嘉善与青浦、吴江: so is the one county of
  // its name in a neighbouring province (not 资源 of Guangxi after 昌邑 of Shandong: a common word)
  const listedAfterCountyOfItsProvince = (k: number, entry: IndexEntry): boolean => {
    const before = resolutions[k - 1]?.entry?.target.unit;
    const unit = entry.target.unit;
    if (!mentions[k].listedAfter || !before || !unit || before.level !== 'county' || unit.level !== 'county') return false;
    const province = (u: Unit) => lineageOf(u).at(-1)!.slice(0, 2);
    return province(before) === province(unit) || (mentions[k].entries.length === 1 && NEIGHBOURS.get(province(before))?.includes(province(unit)) === true);
  };

  const resolutions: Resolution[] = [];
  const settle = (mention: Mention, entry: IndexEntry, method: LinkMethod): Resolution => ({ mention, entry, confidence: CONFIDENCE[method], method });
  // A name the text has already tied to one unit means that unit again further on (台头村 after
  // 龙泉镇台头村), even if another unit containing a namesake is mentioned in between.
  const settledForms = new Map<string, Resolution>();
  /** The last mention linked to each unit, by its code (what step 2 below looks back for). */
  const lastLinked = new Map<string, number>();

  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k];
    const form = mention.entries[0]?.form;
    if (mention.entries.length === 1 && !mention.entries[0].needsContext) {
      resolutions.push(settle(mention, mention.entries[0], 'unique'));
      if (mention.entries[0].target.unit) lastLinked.set(mention.entries[0].target.unit.code, k);
      continue;
    }
    if (skipVillages && manyVillages(mention)) {
      resolutions.push({ mention, confidence: 0, method: 'unresolved' });
      continue;
    }
    let candidates = unitEntries(mention);
    let resolved: Resolution | undefined;

    // 1. an explicit chain: the name right before contains exactly one candidate
    const previous = resolutions[k - 1];
    if (previous?.entry?.target.unit && previous.mention.end === mention.start) {
      const under = candidates.filter((e) => contains(previous.entry!.target.unit!.code, e));
      if (under.length === 1) resolved = settle(mention, under[0], 'chain');
      else if (under.length > 1) candidates = under;
      // 盱眙县经济开发区: a zone unit named by a bare zone word is the zone of the place right before
      // it, not another county's 经济开发区; where that place has none, the zone stays unlinked
      else if (candidates.every((e) => isBareZoneName(e.target.unit!.name))) candidates = [];
    }
    // 新西兰皇后镇: a place abroad right after its country is that place, not a unit of China of its name
    const country = previous?.mention.end === mention.start ? previous.entry?.target.feature?.country : undefined;
    const abroad = country && country !== 'CN' && mention.entries.find((e) => e.target.feature?.level === 'foreign' && e.target.feature.country === country);
    if (!resolved && abroad) resolved = settle(mention, abroad, 'chain');
    // 酉水河镇、后坪乡 in an article on 酉阳: a township or village listed right after one of its level is of the
    // same parent where that parent holds a namesake (not 沿河县's 后坪乡, though 沿河县 was named nearer)
    const listedBeside = previous?.entry?.target.unit;
    if (!resolved && mention.listedAfter && listedBeside && LISTED_SIBLING_LEVELS.has(listedBeside.level)) {
      const parent = lineageOf(listedBeside)[1];
      const siblings = candidates.filter((e) => e.target.unit!.level === listedBeside.level && parent !== undefined && contains(parent, e));
      if (siblings.length === 1) resolved = settle(mention, siblings[0], 'context');
    }
    // a form settled earlier in the text is settled so again (only where the earlier unit is one this mention may mean: Longsheng county after Longsheng town, its designator telling them
    // apart, or Tongzhou district of Nantong after Tongzhou district of Beijing, the place after it telling them apart)
    const earlier = form === undefined ? undefined : settledForms.get(form);
    const sameUnit = (e: IndexEntry) => e.target === earlier?.entry?.target || (!!e.target.unit && e.target.unit.code === earlier?.entry?.target.unit?.code);
    if (!resolved && earlier?.entry && mention.entries.some(sameUnit)) resolved = { ...settle(mention, earlier.entry, earlier.method), confidence: earlier.confidence };
    // 2. the nearest earlier mention of a unit that contains a candidate; a mention of none of
    // the units containing them is passed over without testing each candidate
    const around = resolved ? undefined : aroundOf(mention.entries);
    const lo = Math.max(0, k - CONTEXT_WINDOW);
    let from = k - 1;
    // the mentions after the last one linked to a unit around the candidates settle nothing: start there, when
    // the units around are fewer than the mentions in the window
    if (around && around.size < k - lo) {
      from = -1;
      for (const code of around) from = Math.max(from, lastLinked.get(code) ?? -1);
    }
    for (let j = from; !resolved && j >= lo; j--) {
      const outer = resolutions[j].entry?.target.unit;
      if (!outer || !around!.has(outer.code)) continue;
      const under = candidates.filter((e) => e.target.unit!.code !== outer.code && contains(outer.code, e));
      // 来自广东、江西的游客…下洋镇 in an article on 永定区: a province named in passing does not
      // outweigh the units the article is about, when they hold another candidate
      // (客商来自辽宁等地。古城街道 in an article on 寿光: nor does it narrow the candidates to its own several)
      if (outer.level === 'province' && under.length >= 1 && candidates.some((e) => !under.includes(e) && under.every((u) => score(e) > score(u)))) continue;
      // 来自广东的游客…城区供热: nor does it give a name that needs support (城区 of 汕尾) that support, as in step 3
      if (outer.level === 'province' && under.length === 1 && under[0].needsContext && lineageOf(under[0].target.unit!)[1] !== outer.code) continue;
      if (under.length === 1) resolved = settle(mention, under[0], 'context');
      else if (under.length > 1) candidates = under;
    }
    // 3. the document's dominant region; a name that needs support gets none from here unless its region was voted for
    if (!resolved) {
      // best supported first; between equals, the larger unit (吉林 alone is the province, not 吉林市)
      const ranked = candidates
        .map((e) => ({ e, s: e.needsContext ? support(e) : score(e) }))
        .filter(({ e, s }) => s > 0 || !e.needsContext || mention.marked || (mention.afterPlaceWord && e.target.unit && fitsText(e)) || namesPartNext(k, e) || listedAfterCountyOfItsProvince(k, e))
        .sort((a, b) => b.s - a.s || rank(a.e) - rank(b.e));
      const [first, second] = ranked;
      if (first && (!second || first.s > second.s || rank(first.e) < rank(second.e))) resolved = settle(mention, first.e, 'dominant');
      candidates = ranked.map(({ e }) => e);
    }
    // 4. the reader's home region
    if (!resolved && options.homeRegion && candidates.length > 1) {
      const home = options.homeRegion;
      const under = candidates.filter((e) => contains(home, e));
      if (under.length === 1) resolved = settle(mention, under[0], 'home');
    }
    if (!resolved) {
      const feature = mention.entries.find((e) => e.target.feature && (!e.needsContext || mention.marked || ((mention.openRegion || unitsNamesake(mention, e)) && namesPlaceIn(e))));
      if (feature) resolved = settle(mention, feature, 'feature');
      else if (candidates.length) {
        resolved = { mention, candidates: candidates.map((e) => e.target.unit!.code).sort(), confidence: 1 / candidates.length, method: 'unresolved' };
      } else resolved = { mention, confidence: 0, method: mention.entries.length ? 'rejected' : 'unresolved' };
    }
    // a name the text itself shows to be the place (在恭城，, 恭城境内) is that place again further on
    if (resolved.entry && form !== undefined && (resolved.method === 'chain' || resolved.method === 'context' || mention.marked || mention.afterPlaceWord)) settledForms.set(form, resolved);
    resolutions.push(resolved);
    if (resolved.entry?.target.unit) lastLinked.set(resolved.entry.target.unit.code, k);
  }
  return resolutions;
}
