// A generated corpus for the command line's tests: JSON Lines documents of news text (the
// benchmark's generator, bench/corpus.ts), each a few paragraphs, the same for the same seed.
import { newsCorpus, type CorpusPlaces } from '../../bench/corpus';
import { benchPlaces } from '../../bench/corpus-node';

let places: Promise<CorpusPlaces> | undefined;

export async function corpusLines(count: number, seed: number): Promise<string[]> {
  const paragraphs = newsCorpus(count * 600, await (places ??= benchPlaces()), seed).split('\n\n');
  const per = Math.ceil(paragraphs.length / count);
  return Array.from({ length: count }, (_, k) => JSON.stringify({ id: `doc-${seed}-${k}`, text: paragraphs.slice(k * per, (k + 1) * per).join('\n') }));
}
