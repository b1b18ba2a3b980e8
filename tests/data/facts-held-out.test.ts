// Measure, subject and period of the held-out articles (./facts-held-out.fixtures.ts) over the
// real gazetteer: each field right for at least 85% of the figures. Prints the three accuracies
// and every figure that misses, so a change shows what it gained and lost.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureAnnotation } from '../../lib/annotation';
import { extract } from '../../lib/extract';
import type { LoadedPlaceIndex } from '../../lib/places/place-index';
import { loadPlaceIndex, prepareVillages } from '../../lib/places/place-index-node';
import { heldOut, type GoldFigure } from './facts-held-out.fixtures';

const FIELDS = ['measure', 'subject', 'period'] as const;
type Field = (typeof FIELDS)[number];

let places: LoadedPlaceIndex;
beforeAll(async () => {
  places = await loadPlaceIndex();
  places.english?.index.get('Zibo');
}, 60_000);

/** What the engine says of a gold figure: the figure annotation over the n-th occurrence of its text. */
function engineFacts(text: string, annotations: FigureAnnotation[], gold: GoldFigure[]): Array<Record<Field, string | undefined>> {
  let from = 0;
  return gold.map(({ text: figure }) => {
    const at = text.indexOf(figure, from);
    if (at < 0) throw new Error(`${figure} is not in the text after offset ${from}`);
    from = at + figure.length;
    const found = annotations.find((a) => a.start < at + figure.length && at < a.end);
    const f = found?.figure;
    return { measure: f?.measure?.text, subject: f?.subject?.name, period: f?.period };
  });
}

const batchOf = (article: { name: string }): string => /^(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth) batch/.exec(article.name)?.[0] ?? 'first batch';

describe('facts of held-out regional news', () => {
  it('get measure, subject and period right for at least 85% of figures each', async () => {
    const right: Record<Field, number> = { measure: 0, subject: 0, period: 0 };
    const misses: string[] = [];
    // each batch's own accuracy too: each was written after the one before had been fitted
    const batches = new Map<string, { total: number; right: Record<Field, number> }>();
    let total = 0;
    for (const article of heldOut) {
      await prepareVillages(article.text, places);
      const annotations = extract(article.text, { places }).filter((a): a is FigureAnnotation => a.kind === 'figure');
      const found = engineFacts(article.text, annotations, article.figures);
      const batchName = batchOf(article);
      const batch = batches.get(batchName) ?? { total: 0, right: { measure: 0, subject: 0, period: 0 } };
      batches.set(batchName, batch);
      article.figures.forEach((gold, k) => {
        total++;
        batch.total++;
        for (const field of FIELDS) {
          if (gold[field] === found[k][field]) {
            right[field]++;
            batch.right[field]++;
          } else misses.push(`${field} of ${gold.text} (${article.name}): expected ${gold[field] ?? '-'}, got ${found[k][field] ?? '-'}`);
        }
      });
    }
    const accuracy = Object.fromEntries(FIELDS.map((f) => [f, right[f] / total])) as Record<Field, number>;
    const line = (name: string, n: number, r: Record<Field, number>) => `${name}, ${n} figures: ${FIELDS.map((f) => `${f} ${((r[f] / n) * 100).toFixed(1)}%`).join(', ')}`;
    const byBatch = [...batches].map(([name, b]) => line(`  ${name}`, b.total, b.right));
    console.log(`${line('held-out facts', total, right)}\n${byBatch.join('\n')}\n${misses.join('\n')}`);
    expect(total).toBeGreaterThanOrEqual(60);
    for (const field of FIELDS) expect(accuracy[field], field).toBeGreaterThanOrEqual(0.85);
  }, 60_000);
});
