// A generated corpus for the command line's tests: JSON Lines documents of news text (the
// benchmark's generator, bench/corpus.ts), each a few paragraphs, the same for the same seed.
import { newsCorpus } from '../../bench/corpus';

export function corpusLines(count: number, seed: number): string[] {
  const paragraphs = newsCorpus(count * 600, seed).split('\n\n');
  const per = Math.ceil(paragraphs.length / count);
  return Array.from({ length: count }, (_, k) => JSON.stringify({ id: `doc-${seed}-${k}`, text: paragraphs.slice(k * per, (k + 1) * per).join('\n') }));
}
