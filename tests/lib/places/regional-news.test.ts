// County news from many provinces (./regional-news.fixtures.ts) over the real gazetteer: every
// place a reader expects is found with its span, level and code, and nothing else is.
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract';
import type { LoadedPlaceIndex } from '../../../lib/places/place-index';
import { loadPlaceIndex, prepareVillages } from '../../../lib/places/place-index-node';
import { regionalNews, type Expected } from './regional-news.fixtures';

let places: LoadedPlaceIndex;
beforeAll(async () => {
  places = await loadPlaceIndex();
});

async function found(text: string): Promise<Expected[]> {
  await prepareVillages(text, places);
  return extract(text, { lang: 'zh', places }).flatMap((a) =>
    a.kind === 'place' ? [[a.text, a.place.level, a.place.code ?? null] as Expected] : [],
  );
}

describe('county news from every province', () => {
  it.each(regionalNews.map((f) => [f.province, f] as const))('%s', async (_, fixture) => {
    const expected = fixture.places
      .filter(([text]) => !fixture.gaps?.includes(text))
      .map(([text, level, code]): Expected => [text, level, code && code.padEnd(12, '0')]);
    expect(await found(fixture.text)).toEqual(expected);
  });
});
