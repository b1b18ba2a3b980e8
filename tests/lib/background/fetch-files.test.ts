import { describe, expect, it } from 'vitest';
import { fetchedFiles, type Fetch } from '../../../lib/background/fetch-files';

const BASE = 'chrome-extension://abc/gazetteer/';

/** A fetch that answers from `files` by URL and records what it was asked. */
function fakeFetch(files: Record<string, unknown>) {
  const asked: string[] = [];
  const fetchUrl: Fetch = async (url) => {
    asked.push(url);
    if (!(url in files)) return { ok: false, status: 404, statusText: 'Not Found', json: async () => undefined };
    return { ok: true, status: 200, statusText: 'OK', json: async () => files[url] };
  };
  return { fetchUrl, asked };
}

describe('the gazetteer fetched from the extension bundle', () => {
  it('reads each file by its path in the gazetteer folder', async () => {
    const fake = fakeFetch({ [`${BASE}core.json`]: { format: 'core' }, [`${BASE}villages/37.json`]: { province: '37' } });
    const files = fetchedFiles(BASE, fake.fetchUrl);
    expect(await files.readJson('core.json')).toEqual({ format: 'core' });
    expect(await files.readJson('villages/37.json')).toEqual({ province: '37' });
    expect(fake.asked).toEqual([`${BASE}core.json`, `${BASE}villages/37.json`]);
  });

  it('names the file it could not read', async () => {
    const files = fetchedFiles(BASE, fakeFetch({}).fetchUrl);
    await expect(files.readJson('villages/99.json')).rejects.toThrow(`could not read ${BASE}villages/99.json: 404 Not Found`);
    const offline = fetchedFiles(BASE, () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.readJson('core.json')).rejects.toThrow(`could not read ${BASE}core.json: Failed to fetch`);
  });
});
