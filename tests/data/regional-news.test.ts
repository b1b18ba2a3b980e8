// County news from many provinces (./regional-news.fixtures.ts) over the real gazetteer: every
// place a reader expects is found with its span, level and code, and nothing else is.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';
import { regionalNews, type Expected } from './regional-news.fixtures';

const places = realPlaces();

async function found(text: string): Promise<Expected[]> {
  return (await places.findWithVillages(text, 'zh')).map((a) => [a.text, a.place.level, a.place.code ?? null] as Expected);
}

describe('county news from every province', () => {
  it.each(regionalNews.map((f) => [f.province, f] as const))('%s', async (_, fixture) => {
    const expected = fixture.places
      .filter(([text]) => !fixture.gaps?.includes(text))
      .map(([text, level, code]): Expected => [text, level, code && code.padEnd(12, '0')]);
    expect(await found(fixture.text)).toEqual(expected);
  });
});
