// The gazetteer folder as the extension reads it: fetched from its own bundle (public/gazetteer/
// is copied to the build's root as /gazetteer/).
import type { GazetteerFiles } from '../gazetteer/files';

export type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'json'>>;

/** The gazetteer folder at `baseUrl` (ending in a slash); an error names the file it could not read. */
export function fetchedFiles(baseUrl: string, fetchUrl: Fetch = (url) => fetch(url)): GazetteerFiles {
  return {
    async readJson<T>(path: string): Promise<T> {
      const url = new URL(path, baseUrl).href;
      let response: Awaited<ReturnType<Fetch>>;
      try {
        response = await fetchUrl(url);
      } catch (e) {
        throw new Error(`could not read ${url}: ${(e as Error).message}`);
      }
      if (!response.ok) throw new Error(`could not read ${url}: ${response.status} ${response.statusText}`.trimEnd());
      return (await response.json()) as T;
    },
  };
}
