import { describe, expect, it } from 'vitest';
import { StyledDocuments } from '../../../lib/background/styled-documents';

describe('styled documents', () => {
  it('styles each document once, with every caller waiting for that one insertion', async () => {
    const documents = new StyledDocuments();
    const inserted: string[] = [];
    const insert = (what: string) => async () => {
      inserted.push(what);
    };
    const page = { tabId: 1, frameId: 0, document: 'doc-a' };
    await Promise.all([documents.style(page, insert('a')), documents.style(page, insert('a again'))]);
    await documents.style({ ...page, frameId: 3 }, insert('frame 3'));
    await documents.style({ ...page, document: 'doc-b' }, insert('b'));
    await documents.style(page, insert('a later'));
    expect(inserted).toEqual(['a', 'frame 3', 'b']);
  });

  it('styles again after a failure, and once a tab has navigated', async () => {
    const documents = new StyledDocuments();
    const page = { tabId: 1, frameId: 0, document: 'https://news.example.cn/' };
    let calls = 0;
    const insert = async () => {
      if (++calls === 1) throw new Error('not yet');
    };
    await expect(documents.style(page, insert)).rejects.toThrow('not yet');
    await documents.style(page, insert);
    documents.forgetTab(1);
    await documents.style(page, insert);
    expect(calls).toBe(3);
  });
});
