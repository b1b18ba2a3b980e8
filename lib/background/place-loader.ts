// The place index in the background. Loading starts with the first request that needs it (or the
// background's preload, entrypoints/background.ts) and every request waits for the same promise,
// so a restarted MV3 service worker (which keeps no state) simply loads again. Village packs load as the texts need them, each once however many tabs ask at a time.
// Both are built in steps that give the event loop back between them, so that the background
// answers messages while it loads, and a page's preview before it goes on.
import type { GazetteerFiles } from '../gazetteer/files';
import { regionsByPinyin } from '../places/home-region';
import { provincesOf, readPlaceIndex, readVillagesOf, type LoadedPlaceIndex } from '../places/place-index';
import { once } from '../util/once';

export interface Places {
  index: LoadedPlaceIndex;
  /** Provinces and prefectures by the pinyin a government host writes (zibo.gov.cn), for the home region. */
  regionsByPinyin: Map<string, string>;
}

export interface PlaceLoader {
  /** The places; the first call starts loading them, and a failed load is tried again at the next. */
  places(): Promise<Places>;
  /** The places, with the village packs of the provinces a Chinese text is about loaded. */
  placesFor(text: string): Promise<Places>;
  /**
   * Runs `answer` ahead of the loading, which waits until it is done (a page's preview): it gets
   * the places as loaded so far, or undefined while the index is not.
   */
  ahead<T>(answer: (places: Places | undefined) => Promise<T>): Promise<T>;
  /** Loads a province's villages before a text needs them (the reader's home province). */
  preloadVillages(provinceCode: string): Promise<void>;
}

/** A timer's task, which comes after the messages already waiting (scheduler.yield would resume ahead of them). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function createPlaceLoader(files: GazetteerFiles): PlaceLoader {
  const index = new Map<string, Promise<Places>>();
  const villages = new Map<string, Promise<void>>();
  let loaded: Places | undefined;
  // Answers run ahead of the loading, which waits between its steps while any is under way.
  let answering = 0;
  const waiting: Array<() => void> = [];
  const pause = async (): Promise<void> => {
    await nextTask();
    while (answering > 0) {
      await new Promise<void>((resolve) => waiting.push(resolve));
      await nextTask();
    }
  };
  const places = (): Promise<Places> =>
    once(index, '', async () => {
      const built = await readPlaceIndex(files, pause);
      loaded = { index: built, regionsByPinyin: regionsByPinyin(built.gazetteer) };
      return loaded;
    });
  const loadVillages = (provinceCode: string, loaded: Places): Promise<void> =>
    once(villages, provinceCode, () => readVillagesOf(provinceCode, loaded.index, files, pause));
  const placesFor = async (text: string): Promise<Places> => {
    const loaded = await places();
    await Promise.all(provincesOf(text, loaded.index).map((province) => loadVillages(province, loaded)));
    return loaded;
  };
  return {
    places,
    placesFor,
    async ahead(answer) {
      answering++;
      try {
        return await answer(loaded);
      } finally {
        if (--answering === 0) for (const resume of waiting.splice(0)) resume();
      }
    },
    async preloadVillages(provinceCode) {
      await loadVillages(provinceCode, await places());
    },
  };
}
