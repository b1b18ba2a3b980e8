import { describe, expect, it } from 'vitest';
import { ancestorCodes, isGroupingCode, parseDivisionCode } from '../../lib/division-code';

describe('ancestorCodes', () => {
  it('reads the ancestors of each level from the code', () => {
    expect(ancestorCodes('370000000000')).toEqual([]);
    expect(ancestorCodes('370300000000')).toEqual([{ code: '370000000000', level: 'province' }]);
    expect(ancestorCodes('370302100201').map((a) => a.code)).toEqual(['370000000000', '370300000000', '370302000000', '370302100000']);
    expect(ancestorCodes('370302100201').map((a) => a.level)).toEqual(['province', 'prefecture', 'county', 'township']);
  });

  it('skips levels a unit has none of (东莞市 has townships right below it)', () => {
    expect(ancestorCodes('441900003000')).toEqual([
      { code: '440000000000', level: 'province' },
      { code: '441900000000', level: 'prefecture' },
    ]);
  });
});

describe('isGroupingCode', () => {
  it('knows the statistical groupings the gazetteer leaves out of paths', () => {
    for (const code of ['110100000000', '500200000000', '419000000000', '659000000000', '330383198000']) expect(isGroupingCode(code), code).toBe(true);
    for (const code of ['110000000000', '110105000000', '370300000000', '419001000000', '330383100000']) expect(isGroupingCode(code), code).toBe(false);
  });
});

describe('parseDivisionCode', () => {
  it('takes 12 digits, or 6 padded with zeros, spaces ignored', () => {
    expect(parseDivisionCode('370303000000')).toBe('370303000000');
    expect(parseDivisionCode(' 370303 ')).toBe('370303000000');
    expect(parseDivisionCode('370 303')).toBe('370303000000');
  });

  it('refuses anything else', () => {
    for (const input of ['', '3703', '37030300000', 'abc', '张店区', '3703030000001']) expect(parseDivisionCode(input), input).toBeUndefined();
  });
});
