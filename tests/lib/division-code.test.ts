import { describe, expect, it } from 'vitest';
import {
  CODE_END, LEVELS, LEVEL_RANK, ancestorCodes, codeLevel, codePrefix, codeStart, containingCode, endsAtLevel, isGroupingCode, liesWithin, padCode, parseDivisionCode,
  significantPrefix,
} from '../../lib/division-code';

describe('the code layout', () => {
  it('gives each level its digits: 2 province, 2 prefecture, 2 county, 3 township, 3 village', () => {
    expect(LEVELS.map((level) => [codeStart(level), CODE_END[level]])).toEqual([[0, 2], [2, 4], [4, 6], [6, 9], [9, 12]]);
  });

  it('ranks the levels from the province down', () => {
    expect(LEVELS.map((level) => LEVEL_RANK[level])).toEqual([0, 1, 2, 3, 4]);
    expect(['village', 'province', 'county'].sort((a, b) => LEVEL_RANK[a as 'village'] - LEVEL_RANK[b as 'village'])).toEqual(['province', 'county', 'village']);
  });

  it('pads leading digits to a full code', () => {
    expect(padCode('37')).toBe('370000000000');
    expect(padCode('370302112')).toBe('370302112000');
    expect(padCode('370302112206')).toBe('370302112206');
  });

  it('reads the prefix of a level and the code of the unit of that level containing a code', () => {
    expect(codePrefix('370302112206', 'province')).toBe('37');
    expect(codePrefix('370302112206', 'county')).toBe('370302');
    expect(codePrefix('370302112206', 'township')).toBe('370302112');
    expect(containingCode('370302112206', 'prefecture')).toBe('370300000000');
    expect(containingCode('370302112206', 'township')).toBe('370302112000');
    expect(containingCode('370302112206', 'village')).toBe('370302112206');
  });

  it('says whether a code is the unit of a level or of one above, as containingCode would', () => {
    const codes = ['370000000000', '370300000000', '370302000000', '370302112000', '370302112206', '3703', '37030200000'];
    for (const level of LEVELS) for (const code of codes) expect(endsAtLevel(code, level), `${code} ${level}`).toBe(containingCode(code, level) === code);
    expect(endsAtLevel('370300000000', 'county')).toBe(true);
    expect(endsAtLevel('370302000000', 'prefecture')).toBe(false);
  });

  it('reads the level a code stands for', () => {
    expect(['370000000000', '370300000000', '370302000000', '370302112000', '370302112206'].map(codeLevel)).toEqual(LEVELS);
    // 东莞市's towns are right below the prefecture
    expect(codeLevel('441900003000')).toBe('township');
  });
});

describe('significantPrefix and liesWithin', () => {
  it('cut a code at its own level', () => {
    expect(['370000000000', '370300000000', '370302000000', '370302112000', '370302112206'].map(significantPrefix)).toEqual(['37', '3703', '370302', '370302112', '370302112206']);
  });

  it("keep zeros that are a unit's own digits (the county 130110, the town 370302100)", () => {
    expect(significantPrefix('130110000000')).toBe('130110');
    expect(significantPrefix('370302100000')).toBe('370302100');
    expect(liesWithin('130111000000', '130110000000')).toBe(false);
    expect(liesWithin('130110105000', '130110000000')).toBe(true);
    expect(liesWithin('370302101000', '370302100000')).toBe(false);
    expect(liesWithin('370302100203', '370302100000')).toBe(true);
  });

  it('count a unit as lying within itself and its ancestors, never within a sibling or a descendant', () => {
    expect(liesWithin('370302112206', '370302112206')).toBe(true);
    expect(liesWithin('370302112206', '370000000000')).toBe(true);
    expect(liesWithin('370303000000', '370302000000')).toBe(false);
    expect(liesWithin('370300000000', '370302000000')).toBe(false);
  });
});

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
    for (const code of ['110000000000', '110105000000', '370300000000', '419001000000', '330383100000', '330383198001']) expect(isGroupingCode(code), code).toBe(false);
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
