// `node --max-old-space-size=8192 --import tsx bench/engine-output.ts FILE`: writes what extract()
// returns, one JSON line per text and reading, over varied input: the benchmark's articles and one
// long document (bench/corpus.ts), and, when ../shared/eval is present, the general-news sentences
// (news-ner, 50 to a text as its scorer groups them) and the regional evaluation texts, read at
// run time. A change made for speed must leave the file byte for byte the same (`cmp` two runs);
// a difference is a change of behaviour to explain.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, extractByLine } from '../lib/extract';
import { loadVillagePack } from '../lib/gazetteer/node';
import { loadPlaceIndex, prepareVillages } from '../lib/places/place-index-node';
import { corpusPlaces, newsArticles, newsCorpus } from './corpus';

const out = process.argv[2];
if (!out) {
  console.error('usage: node --import tsx bench/engine-output.ts FILE');
  process.exit(2);
}
const EVAL = join(import.meta.dirname, '..', '..', 'shared', 'eval');

const index = await loadPlaceIndex();
await loadVillagePack(index.gazetteer, '37');
const places = corpusPlaces(index.gazetteer, '3703');

const texts: Array<{ name: string; text: string }> = [];
// the benchmark's articles of about 3,000 characters
for (const [k, article] of newsArticles(newsCorpus(700_000, places)).entries()) texts.push({ name: `bench-${k}`, text: article });
texts.push({ name: 'long', text: newsCorpus(400_000, places, 7) });
const nerFile = join(EVAL, 'news-ner', 'people-daily-dev.bio');
if (existsSync(nerFile)) nerTexts(readFileSync(nerFile, 'utf8')).forEach((text, k) => texts.push({ name: `ner-${k}`, text }));
const regional = join(EVAL, 'texts');
if (existsSync(regional)) for (const f of readdirSync(regional).sort()) texts.push({ name: f, text: readFileSync(join(regional, f), 'utf8') });

const lines: string[] = [];
for (const [k, { name, text }] of texts.entries()) {
  const villageProvinces = await prepareVillages(text, index);
  lines.push(JSON.stringify({ name, zh: extract(text, { lang: 'zh', places: index, villageProvinces }) }));
  // every tenth text also read as the other entry points and options read it
  if (k % 10 === 0) {
    lines.push(JSON.stringify({ name, auto: extract(text, { places: index, homeRegion: '370303' }) }));
    lines.push(JSON.stringify({ name, byLine: extractByLine(text, { places: index, date: '2024-05-01' }) }));
    lines.push(JSON.stringify({ name, en: extract(text, { lang: 'en', places: index }) }));
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${texts.length} texts, ${lines.length} readings written to ${out}`);

/** The sentences of a character-per-line BIO file, 50 to a text, one a line. */
function nerTexts(bio: string): string[] {
  const out: string[] = [];
  let text = '';
  let sentences = 0;
  for (const line of bio.split('\n')) {
    if (!line.trim()) {
      if (text && !text.endsWith('\n')) {
        text += '\n';
        sentences++;
      }
      if (sentences >= 50) {
        out.push(text);
        text = '';
        sentences = 0;
      }
      continue;
    }
    const [char, tag] = line.split(/[\t ]/);
    if (tag) text += char;
  }
  if (text) out.push(text);
  return out;
}
