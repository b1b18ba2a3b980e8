// Odd forms of the kind number and date parsers are tried on (runs of digits longer than any
// number, impossible dates, piled signs and magnitudes, weird punctuation, mixed scripts) put in
// the middle of a news text: extract() must neither throw nor hang on them, must give no figure a
// value that is not a number, and must still annotate the text before and after them. The command
// line's side of the same promise is in tests/cli/extract.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { extract } from '../../lib/extract';
import type { LoadedPlaceIndex } from '../../lib/places/place-index';
import { loadPlaceIndex } from '../../lib/places/place-index-node';

/** Forms read in either language. */
const shared = [
  '9'.repeat(400), '１'.repeat(300), '1,'.repeat(500) + '000', '0.' + '0'.repeat(400) + '1%', '1e400', '1/0', '0/0', '3/0',
  '2023-13-45', '31/02/2021', '13/13/13', '..5%', '5..5%', '((((((((5))))))))%', '5°C°C°C', '−−5°C', '-'.repeat(200) + '5',
  '\u200b5\u200b%', '5\ufeff%', '\ud83d\ude00 5 \ud83d\ude00', '\ud800 5', '١٢٣', '5 км', '5%'.repeat(500),
];
/** Forms of English copy. */
const english = [
  '$' + '9'.repeat(350) + 'bn', '£1e308', 'Q0 2022', 'Q9 2022', 'FY99999', 'the 99990s', 'mid-0s', 'February 30, 2023', 'June 0',
  '6ft 99in', '$.5m', '$-5m', 'HK$HK$5', '€€5', 'between 10 and 5 people', 'from €120 to €35', 'twenty-first-second',
  'a a a a quarter', 'one in zero', 'two hundred and and five', 'nine hundred ninety nine quintillion', '3.5k' + 'k'.repeat(100),
  '五 people', 'x'.repeat(50_000),
];
/** Forms of Chinese copy. */
const chinese = [
  '十'.repeat(500) + '万元', '9'.repeat(400) + '亿元', '第' + '九'.repeat(300) + '名', '负'.repeat(200) + '5℃', '百分之' + '九'.repeat(300),
  '一九'.repeat(300) + '年', '〇'.repeat(500) + '年', '壹'.repeat(300) + '元', '九' + '亿'.repeat(60) + '元', '零下零下零下5度',
  '三分之零', '零分之三', '二月三十日', '13月45日', '廿廿廿卅卅年', '５％％％', '￥￥￥5', '１２．３．４．５万元',
];

/** The texts of the figures of `annotations`, after checking that every value is a number or a date. */
function figureTexts(annotations: Annotation[]): string[] {
  const out: string[] = [];
  for (const a of annotations) {
    if (a.kind !== 'figure') continue;
    const v = a.figure.value;
    expect(typeof v === 'string' || Number.isFinite(v), `${a.text} = ${v}`).toBe(true);
    if (a.figure.high !== undefined) expect(typeof a.figure.high === 'string' || Number.isFinite(a.figure.high), a.text).toBe(true);
    out.push(a.text);
  }
  return out;
}

describe('extract around odd forms', { timeout: 120_000 }, () => {
  let places: LoadedPlaceIndex;
  beforeAll(async () => {
    places = await loadPlaceIndex();
  });

  it.each([...shared, ...english].map((odd) => [odd.slice(0, 24), odd]))('English: %s', (_, odd) => {
    const text = `The council hired 205 teachers in March 2021. ${odd} Rents rose 5% in 2022.`;
    const started = Date.now();
    const found = figureTexts(extract(text, { lang: 'en', places, date: '2023-11-20' }));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(found.slice(0, 2)).toEqual(['205 teachers', 'March 2021']);
    expect(found.slice(-2)).toEqual(['5%', '2022']);
  });

  it.each([...shared, ...chinese].map((odd) => [odd.slice(0, 24), odd]))('Chinese: %s', (_, odd) => {
    const text = `淄博市今年新建学校12所。${odd}。全市房租上涨5%。`;
    const started = Date.now();
    const annotations = extract(text, { lang: 'zh', places, date: '2023-11-20' });
    expect(Date.now() - started).toBeLessThan(5_000);
    const found = figureTexts(annotations);
    expect(found[0]).toBe('12所');
    expect(found.at(-1)).toBe('5%');
    expect(annotations.filter((a) => a.kind === 'place').map((a) => a.text)).toContain('淄博市');
  });
});
