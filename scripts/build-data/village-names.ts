// Village names as the press writes them. The statistical codes name the committee that runs a
// village or a residential community, and the press names the place:
//
//   台头村民委员会, 台头村委会       → 台头村      (the committee's 村 is the village's)
//   东王平村村委会                  → 东王平村    (the name already ends in 村: nothing added)
//   多福巷社区居委会, …社区居民委员会 → 多福巷社区
//   亚星社区居民管理委员会           → 亚星社区
//   前马坊居委会, 西代固居民委员会    → 前马坊社区, 西代固社区
//   红格尔嘎查委员会, 新合嘎查人民委员会, 曲库村牧民委员会, 南关街街道委员会, 查干嘎查委会
//                                  → 红格尔嘎查, 新合嘎查, 曲库村, 南关街, 查干嘎查
//   巴音牧委会, 幸福村牧委会         → 巴音村, 幸福村  (a herders' committee runs a village)
//   额尔登敖包嘎查村, 呼和淖尔嘎查村委员会 → 额尔登敖包嘎查, 呼和淖尔嘎查 (嘎查 is the Mongolian
//                                    word for village: the data's 村 after it doubles it)
//   界头社区村民委员会, 花家夭村民委会 → 界头社区, 花家夭村 (a name already ending in a place
//                                    word keeps it; 村民委会 is the data's clipped 村民委员会)
//   桶子沟林场生活区, 某农场社区生活区 → 桶子沟林场, 某农场 (the living area of a forest, state or herding farm, which
//                                  the press names by its farm; a virtual one, 某林场虚拟生活区, is unchanged)
//   翠园社区, 万泉寺村, 第三生产队    → unchanged
//
//   栾川县潭头镇汤营村村民委员会, 潮州市潮安区凤凰镇乌岽村民委员会 → 汤营村, 乌岽村 (a name that opens
//                                  with the names of the units it lies in, province to township, keeps
//                                  them as its `prefix`: the press names the village, and its township
//                                  and county as places of their own)
//
// A residents' committee without 社区 in its name becomes a 社区 because since the 2000
// community reform the committee's area is the 社区: the data names 87,000 committees X社区居委会
// and 21,000 communities plainly X社区, against 18,000 X居委会, which are older names of the
// same kind of unit (mostly Shanghai, Jiangsu and Jiangxi). The committee words then carry no
// information, and the official name can be rebuilt from the short one and the rule used.
export interface ReducedName {
  name: string;
  /** [suffix, added]: the official name is `prefix`, `name` without `added`, plus `suffix`; ['', ''] when unchanged. */
  committee: [string, string];
  /** The names of the units the village lies in that open its official name, when they do. */
  prefix?: string;
}

interface Rule {
  suffix: string;
  /** The word the place takes when its name does not end in it or in another place word
   *  already; without one, the rule applies only to names that already end in a place word. */
  word?: string;
}

/** Checked in order: the first suffix that fits decides. */
const RULES: Rule[] = [
  { suffix: '居民管理委员会', word: '社区' },
  // the data's 会 written twice (韶山冲社区居民委员会会)
  { suffix: '居民委员会会', word: '社区' },
  { suffix: '村民委员会会', word: '村' },
  { suffix: '居民委员会', word: '社区' },
  { suffix: '居委会', word: '社区' },
  { suffix: '村民委员会', word: '村' },
  { suffix: '村民委会', word: '村' },
  { suffix: '村委会', word: '村' },
  { suffix: '牧委会', word: '村' },
  { suffix: '牧民委员会' },
  { suffix: '人民委员会' },
  { suffix: '街道委员会' },
  { suffix: '委员会' },
  { suffix: '委会' },
  { suffix: '社区生活区' },
  { suffix: '生活区' },
];

/** Words a village or community name ends in, once its committee words are gone, and the farms whose living areas the data lists (林场生活区). */
const PLACE_WORDS = ['社区', '嘎查', '村', '街', '林场', '农场', '牧场'];
/** Place words a village's name may end in where a committee rule would add 村 (界头社区村民委员会). */
const VILLAGE_WORDS = ['社区', '嘎查', '村'];

/**
 * Cores that name no village once the units' names before them are gone: a township's seat (阳明镇街道社区, 仙塘镇街镇社区), a
 * statistical one (开发区虚拟社区). A core ending in 镇 or 乡 alone is a village's own name (林寨镇石镇村, 凤塘镇新乡村).
 */
const NO_NAME_CORES = ['街道', '街镇', '城区', '虚拟'];

/** A village's word that an added 村 doubles (额尔登敖包嘎查村). */
const DOUBLED_BY_VILLAGE = '嘎查村';

/**
 * The name of a village as the press writes it; `units` are the names of the units it lies in,
 * province, prefecture, county and township, which its official name may open with. Their names go
 * only where they end with the township's and hold the county's or the prefecture's too: after a
 * township's name alone stands a name the press writes with it (罗泾镇一社区).
 */
export function reduceVillageName(official: string, units: readonly string[] = []): ReducedName {
  const prefix = leadingUnitNames(official, units);
  if (prefix) {
    const reduced = reduceWithoutPrefix(official.slice(prefix.length));
    if (isVillageName(reduced.name)) return { ...reduced, prefix };
  }
  return reduceWithoutPrefix(official);
}

/**
 * The names of the units a unit lies in that open its official name, `units` being those names
 * from the province down to its parent: '' unless they end with the parent's name and hold the
 * county's or the prefecture's (units[2] or units[1]).
 */
export function leadingUnitNames(official: string, units: readonly string[]): string {
  let prefix = '';
  for (const unit of units) {
    if (!unit) continue;
    if (official.startsWith(prefix + unit)) prefix += unit;
    // a township the data names with its county (四平市铁东区叶赫满族镇)
    else if (unit.startsWith(prefix) && official.startsWith(unit)) prefix = unit;
  }
  const [, prefecture, county] = units;
  const parent = units[units.length - 1];
  return prefix && parent && prefix.endsWith(parent) && [county, prefecture].some((u) => u && prefix.includes(u)) ? prefix : '';
}

/** Whether a name without its units' names is one: a village word after a core that names none (街道社区, 虚拟社区). */
function isVillageName(name: string): boolean {
  const word = VILLAGE_WORDS.find((w) => name.endsWith(w));
  const core = word && name.slice(0, -word.length);
  return !!core && !NO_NAME_CORES.some((c) => core.endsWith(c));
}

function reduceWithoutPrefix(official: string): ReducedName {
  const reduced = reduceCommittee(official);
  const { name, committee: [suffix, added] } = reduced;
  if (!name.endsWith(DOUBLED_BY_VILLAGE) || added) return reduced;
  return { name: name.slice(0, -1), committee: ['村' + suffix, ''] };
}

function reduceCommittee(official: string): ReducedName {
  for (const { suffix, word } of RULES) {
    if (!official.endsWith(suffix) || official.length === suffix.length) continue;
    const base = official.slice(0, -suffix.length);
    if (word) {
      const ends = word === '村' ? VILLAGE_WORDS : [word];
      const added = ends.some((w) => base.endsWith(w)) ? '' : word;
      return { name: base + added, committee: [suffix, added] };
    }
    if (PLACE_WORDS.some((w) => base.endsWith(w))) return { name: base, committee: [suffix, ''] };
    break;
  }
  return { name: official, committee: ['', ''] };
}
