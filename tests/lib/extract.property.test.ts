// Properties that hold for any input: extract never throws, every annotation's text is the
// slice its offsets name, annotations are sorted and never overlap.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { extract } from '../../lib/extract';
import type { LoadedPlaceIndex } from '../../lib/places/place-index';
import { loadPlaceIndex, prepareVillages } from '../../lib/places/place-index-node';

function checkInvariants(text: string, annotations: Annotation[]): void {
  let previousEnd = 0;
  for (const a of annotations) {
    expect(Number.isInteger(a.start) && Number.isInteger(a.end)).toBe(true);
    expect(a.start).toBeGreaterThanOrEqual(previousEnd);
    expect(a.end).toBeGreaterThan(a.start);
    expect(text.slice(a.start, a.end)).toBe(a.text);
    if (a.kind === 'figure') {
      const v = a.figure.value;
      expect(typeof v === 'string' || Number.isFinite(v)).toBe(true);
    }
    previousEnd = a.end;
  }
}

/** Pieces of news-like text, so random strings reach deep into the rules, plus hostile characters. */
const pieces = [
  '0', '1', '9', '2019', '3642.40', '1,100', '３６４２．４０', '.', ',', '-', '—', '~', '至',
  '一', '二', '两', '十', '百', '千', '万', '亿', '万亿', '零', '〇', '几', '数', '上', '半', '多', '余', '点', '分之',
  '元', '万元', '美元', '%', '％', '个百分点', '倍', '亩', '平方米', '户', '人', '个', '名', '第', '前', '倒数第',
  '年', '月', '日', '号', '底', '季度', '上半年', '年底', '去年', '星期', '近', '约', '超过', '以上', '左右',
  '负', '零下', '度', '成', '折', '来', '块', '米', '月龄', '个半', 'km', 'kV', '°C', ' ', '每', '周年', '建校',
  '“', '”', '《', '》', '。', '，', '\n', ' ', 'A', 'GDP', 'http://x.cn/', '@',
  '\u200b', '\u200d', '\ufeff', '\ud83d\ude00', '\ud800', '\udfff', '𠀀', '\u0000', 'million', 'March', ' 5', '$',
  '山东省', '淄博', '淄博市', '淄川', '区', '县', '镇', '村', '龙泉镇', '台头村', '街道', '高新区', '返', '淄', '赴京', '黄河',
  '美国', '鲁中', '资源', '籍', 'Zibo', 'Zichuan District', 'Germany', 'ZIBO',
];
const newsLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

// Generous timeouts: these runs are about correctness on many inputs, not speed.
describe('extract on arbitrary input', { timeout: 60_000 }, () => {
  it('never throws and keeps offsets exact on news-like fragments', () => {
    fc.assert(
      fc.property(newsLike, fc.constantFrom('auto', 'zh', 'en') as fc.Arbitrary<'auto' | 'zh' | 'en'>, (text, lang) => {
        checkInvariants(text, extract(text, { lang }));
      }),
      { numRuns: 3000, examples: [['0—2019', 'auto']] },
    );
  });

  it('never throws on arbitrary Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkInvariants(text, extract(text, { lang: 'zh' }));
        checkInvariants(text, extract(text));
      }),
      { numRuns: 1000 },
    );
  });

  describe('with the gazetteer', () => {
    let places: LoadedPlaceIndex;
    beforeAll(async () => {
      places = await loadPlaceIndex();
      await prepareVillages('山东省淄博市', places);
    });

    it('never throws and keeps offsets exact with places too', () => {
      fc.assert(
        fc.property(newsLike, fc.constantFrom('auto', 'zh', 'en') as fc.Arbitrary<'auto' | 'zh' | 'en'>, (text, lang) => {
          checkInvariants(text, extract(text, { lang, places }));
        }),
        { numRuns: 2000 },
      );
    });

    it('handles a 1 MB string with places too', () => {
      const text = fc.sample(newsLike, { numRuns: 40000, seed: 11 }).join('').slice(0, 1_000_000);
      checkInvariants(text, extract(text, { lang: 'zh', places }));
    });
  });

  it('handles a 1 MB string of mixed fragments', () => {
    const random = fc.sample(newsLike, { numRuns: 40000, seed: 7 }).join('');
    const text = random.length > 1_000_000 ? random.slice(0, 1_000_000) : random.padEnd(1_000_000, '年月日');
    expect(text.length).toBe(1_000_000);
    const annotations = extract(text, { lang: 'zh' });
    checkInvariants(text, annotations);
    expect(annotations.length).toBeGreaterThan(1000);
  });
});
