// County news from many provinces (./regional-news.fixtures.ts) over the real gazetteer: every
// place a reader expects is found with its span, level and code, and nothing else is; and so are
// their figures, with type and value.
import { describe, expect, it } from 'vitest';
import { extractChineseFigures } from '../../lib/figures/zh';
import { realPlaces } from './real-places';
import { regionalNews, type Expected, type ExpectedFigure } from './regional-news.fixtures';

const places = realPlaces();

async function found(text: string): Promise<Expected[]> {
  return (await places.findWithVillages(text, 'zh')).map((a) => [a.text, a.place.level, a.place.code ?? null] as Expected);
}

describe('county news from every province', () => {
  // a fixture's province loads its villages on first use: seconds on a busy machine
  it.each(regionalNews.map((f) => [f.province, f] as const))('%s', { timeout: 60_000 }, async (_, fixture) => {
    const expected = fixture.places
      .filter(([text]) => !fixture.gaps?.includes(text))
      .map(([text, level, code]): Expected => [text, level, code && code.padEnd(12, '0')]);
    expect(await found(fixture.text)).toEqual(expected);
  });
});

describe('figures of county news from every province', () => {
  const withFigures = regionalNews.filter((f) => f.figures);
  it.each(withFigures.map((f) => [f.province, f] as const))('%s', (_, fixture) => {
    const low = (v: number | string) => (typeof v === 'number' ? Number(v.toFixed(6)) : v);
    const found = extractChineseFigures(fixture.text).map((a): ExpectedFigure => [a.text, a.figure.type, low(a.figure.value)]);
    expect(found).toEqual(fixture.figures);
  });
});
