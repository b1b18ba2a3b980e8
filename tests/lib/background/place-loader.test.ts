// The background's place loading, over the real built gazetteer read from disk.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlaceLoader } from '../../../lib/background/place-loader';
import { extract } from '../../../lib/extract';
import type { GazetteerFiles } from '../../../lib/gazetteer/files';
import { diskFiles } from '../../../lib/gazetteer/node';

/** The gazetteer on disk, recording what is read; the first read of `failing` fails. */
function countedFiles(failing?: string) {
  const disk = diskFiles();
  const reads: string[] = [];
  const files: GazetteerFiles = {
    readJson<T>(path: string) {
      reads.push(path);
      const first = reads.indexOf(path) === reads.length - 1;
      return path === failing && first ? Promise.reject(new Error('offline')) : disk.readJson<T>(path);
    },
  };
  return { files, reads };
}

const TEXT = '淄博市淄川区龙泉镇台头村党支部书记介绍，全村去年收入增长。';

// Each test parses the real core (1 MB) and a village pack, seconds on a busy machine.
describe('the place loader', { timeout: 30_000 }, () => {
  it('loads the index once, and the village pack a text needs once, however many ask at once', async () => {
    const { files, reads } = countedFiles();
    const loader = createPlaceLoader(files);
    const [a, b] = await Promise.all([loader.placesFor(TEXT), loader.placesFor(TEXT)]);
    expect(a).toBe(b);
    expect(reads.sort()).toEqual(['common-words.json', 'core.json', 'villages/37.json', 'world.json']);
    const village = extract(TEXT, { lang: 'zh', places: a.index }).find((x) => x.text === '台头村');
    expect(village).toMatchObject({ kind: 'place', place: { code: '370302112206' } });
    expect(a.regionsByPinyin.get('zibo')).toBe('370300000000');
  });

  it('tries again after a failed load', async () => {
    const loader = createPlaceLoader(countedFiles('core.json').files);
    await expect(loader.places()).rejects.toThrow('offline');
    expect((await loader.places()).index.gazetteer.unit('370300000000')?.name).toBe('淄博市');
    const villagesFail = createPlaceLoader(countedFiles('villages/37.json').files);
    await expect(villagesFail.preloadVillages('37')).rejects.toThrow('offline');
    await villagesFail.preloadVillages('37');
    expect((await villagesFail.places()).index.gazetteer.hasVillages('37')).toBe(true);
  });

  it('preloads the home province, and reads nothing for a province without villages (Hong Kong)', async () => {
    const { files, reads } = countedFiles();
    const loader = createPlaceLoader(files);
    await loader.preloadVillages('37');
    await loader.preloadVillages('81');
    expect(reads.filter((path) => path.startsWith('villages/'))).toEqual(['villages/37.json']);
    expect((await loader.places()).index.gazetteer.hasVillages('37')).toBe(true);
  });

  describe('an answer run ahead of the loading (a page\'s preview)', () => {
    afterEach(() => vi.useRealTimers());

    it('gets the places loaded so far, and the loading waits until it is done', async () => {
      // the files read before, so that the loading waits on nothing but its own pauses
      const disk = diskFiles();
      const read = new Map<string, unknown>();
      for (const path of ['core.json', 'world.json', 'common-words.json']) read.set(path, await disk.readJson(path));
      vi.useFakeTimers();
      const loader = createPlaceLoader({ readJson: async <T>(path: string) => read.get(path) as T });
      let finish: () => void = () => {};
      let given: unknown = 'not called';
      const answered = loader.ahead((places) => {
        given = places;
        return new Promise<string>((resolve) => (finish = () => resolve('answered')));
      });
      expect(given).toBeUndefined();
      let loaded = false;
      const loading = loader.places().then(() => (loaded = true));
      // every step the loading could take on its own
      for (let k = 0; k < 20; k++) await vi.runAllTimersAsync();
      expect(loaded).toBe(false);
      finish();
      expect(await answered).toBe('answered');
      while (!loaded) await vi.runAllTimersAsync();
      await loading;
      const places = await loader.ahead(async (p) => p);
      expect(places?.index.gazetteer.unit('370300000000')?.name).toBe('淄博市');
    });
  });
});
