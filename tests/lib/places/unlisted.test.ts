import { describe, expect, it } from 'vitest';
import type { PlaceAnnotation } from '../../../lib/annotation';
import { withUnlistedUnits } from '../../../lib/places/unlisted';

/** The text after a county named in full, which supports the villages and townships near it. */
const COUNTY = '宁陕县';
const county: PlaceAnnotation = { kind: 'place', start: 0, end: 3, text: COUNTY, place: { name: COUNTY, level: 'county', code: '610926000000', confidence: 0.95 } };
const names = (text: string) =>
  withUnlistedUnits(COUNTY + text, [county]).slice(1).map((p) => `${p.text}/${p.place.level}${p.place.code ?? ''}`);

describe('villages and townships the loaded data does not hold, by their suffix', () => {
  it.each<[string, string[]]>([
    ['去年，石板沟村人均收入翻了一番。', ['石板沟村/village']],
    ['扶贫干部了解到柳家湾村缺水的情况，决定到柳家湾村看一看。', ['柳家湾村/village', '柳家湾村/village']],
    ['他回到清河乡看望乡亲。', ['清河乡/township']],
    ['进入新世纪，高桥镇建起了蔬菜批发市场。', ['高桥镇/township']],
    ['型材厂是东岭村的支柱企业。', ['东岭村/village']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it('reads no kind of village or township as one (贫困村, 小城镇, 特色小镇)', () => {
    expect(names('全县贫困村全部脱贫，小城镇建设加快，特色小镇有了新面貌。')).toEqual([]);
    expect(names('，贫困村的道路硬化了。，示范村的经验值得推广。')).toEqual([]);
  });

  it('reads a natural village named before 自然村, not a word that says which or how many (所有, 较大, 临近, 其余)', () => {
    expect(names('，菖蒲塘村的所有自然村都通了路，较大自然村装了路灯，临近自然村和其余自然村也通了水。')).toEqual(['菖蒲塘村/village']);
    expect(names('，菖蒲塘村的杨家台自然村通了路。')).toEqual(['菖蒲塘村/village', '杨家台/village']);
  });

  it('reads the names listed before a count of natural villages as villages, as many as the count says, and no works listed there', () => {
    expect(names('，石门村有五个自然村，龙潭、水井、白岩三个自然村靠着河。')).toEqual(['石门村/village', '龙潭/village', '水井/village', '白岩/village']);
    expect(names('，石门村筹集资金，硬化、亮化两个自然村的道路，还在维修、改建三个自然村的水渠。')).toEqual(['石门村/village']);
  });

  it('reads no community named by how its people moved (外迁社区, 回迁社区), but a village so named in part (后迁村)', () => {
    expect(names('，外迁社区安置了滩区群众，回迁社区和还迁社区也已交房。')).toEqual([]);
    expect(names('，后迁村的道路硬化了。')).toEqual(['后迁村/village']);
  });

  it('reads no kind of village after 的 (远近闻名的长寿村), and no two suffixes making a word (发展乡村旅游)', () => {
    expect(names('这里是远近闻名的长寿村，村里发展乡村旅游。')).toEqual([]);
  });

  it('reads no phrase of a verb of reaching before the suffix (水涨到坝根了), but a natural village named so', () => {
    expect(names('。“水涨到坝根了，根石有没有走失。”')).toEqual([]);
    expect(names('，铜钱坝的道路硬化了。')).toEqual(['铜钱坝/village']);
  });

  it('reads no idiom or word ending in the suffix (异国他乡, 回乡, 我同村委会)', () => {
    expect(names('站在异国他乡的窗口前，他仅回乡一次。前几天，我同村委会主任商量。')).toEqual([]);
  });

  it('needs the start of a phrase: no name inside a run of words, nor across a space inside a word', () => {
    expect(names('，评定结  果经镇扶贫办审核通过。')).toEqual([]);
    expect(names('加快推进新农村建设。')).toEqual([]);
  });

  it('needs a prefecture, county, township or village named nearby', () => {
    const far = `${'会议强调了乡村振兴的意义。'.repeat(30)}去年，石板沟村人均收入翻了一番。`;
    expect(withUnlistedUnits(far, [])).toEqual([]);
    expect(withUnlistedUnits(COUNTY + far, [county])).toEqual([county]);
  });

  it('does not read the suffix before a word it starts (村民, 镇居民)', () => {
    expect(names('，石板沟村民都来了。')).toEqual([]);
  });
});
