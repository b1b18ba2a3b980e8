import { describe, expect, it } from 'vitest';
import { reduceVillageName } from '../../../scripts/build-data/village-names';

describe('village names as the press writes them', () => {
  it.each([
    ['台头村民委员会', '台头村', ['村民委员会', '村']],
    ['台头村委会', '台头村', ['村委会', '村']],
    ['东王平村村委会', '东王平村', ['村委会', '']],
    ['杜家庄村村民委员会', '杜家庄村', ['村民委员会', '']],
    ['大村委会', '大村', ['村委会', '村']],
    ['多福巷社区居委会', '多福巷社区', ['居委会', '']],
    ['东风家园社区居民委员会', '东风家园社区', ['居民委员会', '']],
    ['亚星社区居民管理委员会', '亚星社区', ['居民管理委员会', '']],
    ['前马坊居委会', '前马坊社区', ['居委会', '社区']],
    ['西代固居民委员会', '西代固社区', ['居民委员会', '社区']],
    ['彭村居委会', '彭村社区', ['居委会', '社区']],
    ['红格尔嘎查委员会', '红格尔嘎查', ['委员会', '']],
    ['红星社区委员会', '红星社区', ['委员会', '']],
    ['新合嘎查人民委员会', '新合嘎查', ['人民委员会', '']],
    ['曲库村牧民委员会', '曲库村', ['牧民委员会', '']],
    ['南关街街道委员会', '南关街', ['街道委员会', '']],
    ['呼和淖尔嘎查村委员会', '呼和淖尔嘎查', ['村委员会', '']],
    ['额尔登敖包嘎查村', '额尔登敖包嘎查', ['村', '']],
    ['界头社区村民委员会', '界头社区', ['村民委员会', '']],
    ['新华嘎查村委会', '新华嘎查', ['村委会', '']],
    ['花家夭村民委会', '花家夭村', ['村民委会', '村']],
    ['查干嘎查委会', '查干嘎查', ['委会', '']],
    ['巴音牧委会', '巴音村', ['牧委会', '村']],
    ['幸福村牧委会', '幸福村', ['牧委会', '']],
    ['桶子沟林场生活区', '桶子沟林场', ['生活区', '']],
    ['独木河林场社区生活区', '独木河林场', ['社区生活区', '']],
    ['庆丰农场生活区', '庆丰农场', ['生活区', '']],
  ])('%s → %s', (official, name, committee) => {
    expect(reduceVillageName(official)).toEqual({ name, committee });
  });

  it.each(['翠园社区', '万泉寺村', '元宝山嘎查', '第三生产队', '牧业一分场生活区', '新开林场虚拟生活区', '城东社区居居委员会', '月明社区居委会(筹备组）', '委员会'])(
    'leaves %s as it is',
    (official) => {
      expect(reduceVillageName(official)).toEqual({ name: official, committee: ['', ''] });
    },
  );

  describe('a name that opens with the units it lies in', () => {
    const luanchuan = ['河南省', '洛阳市', '栾川县', '潭头镇'];
    it.each<[string, string[], string, [string, string], string]>([
      ['栾川县潭头镇汤营村村民委员会', luanchuan, '汤营村', ['村民委员会', ''], '栾川县潭头镇'],
      ['栾川县潭头镇潭头社区居民委员会', luanchuan, '潭头社区', ['居民委员会', ''], '栾川县潭头镇'],
      ['河南省洛阳市栾川县潭头镇石门村村民委员会', luanchuan, '石门村', ['村民委员会', ''], '河南省洛阳市栾川县潭头镇'],
      ['潮州市潮安区凤凰镇乌岽村民委员会', ['广东省', '潮州市', '潮安区', '凤凰镇'], '乌岽村', ['村民委员会', '村'], '潮州市潮安区凤凰镇'],
      // a township the data names with its county
      ['四平市铁东区叶赫满族镇叶赫村村民委员会', ['吉林省', '四平市', '铁东区', '四平市铁东区叶赫满族镇'], '叶赫村', ['村民委员会', ''], '四平市铁东区叶赫满族镇'],
      ['韶山市清溪镇韶山冲社区居民委员会会', ['湖南省', '湘潭市', '韶山市', '清溪镇'], '韶山冲社区', ['居民委员会会', ''], '韶山市清溪镇'],
      // a village's own name that ends in 镇 or 乡 (a township's seat is 街镇社区)
      ['广东省河源市和平县林寨镇石镇村村民委员会', ['广东省', '河源市', '和平县', '林寨镇'], '石镇村', ['村民委员会', ''], '广东省河源市和平县林寨镇'],
      ['潮州市潮安区凤塘镇新乡村民委员会', ['广东省', '潮州市', '潮安区', '凤塘镇'], '新乡村', ['村民委员会', '村'], '潮州市潮安区凤塘镇'],
    ])('%s → %s', (official, units, name, committee, prefix) => {
      expect(reduceVillageName(official, units)).toEqual({ name, committee, prefix });
    });

    it.each<[string, string[], string]>([
      // after the township's name alone, or without it, the press writes the whole
      ['罗泾镇一社区居委会', ['上海市', '', '宝山区', '罗泾镇'], '罗泾镇一社区'],
      ['栾川县城关镇兴华路北居民委员会', ['河南省', '洛阳市', '栾川县', '城关镇街道'], '栾川县城关镇兴华路北社区'],
      // what is left names no village
      ['广东省河源市和平县大坝镇街道社区居委会', ['广东省', '河源市', '和平县', '大坝镇'], '广东省河源市和平县大坝镇街道社区'],
      ['天津市东丽区临空经济区虚拟社区', ['天津市', '', '东丽区', '临空经济区'], '天津市东丽区临空经济区虚拟社区'],
      ['东源县仙塘镇街镇社区居民委员会', ['广东省', '河源市', '东源县', '仙塘镇'], '东源县仙塘镇街镇社区'],
    ])('keeps %s whole', (official, units, name) => {
      const reduced = reduceVillageName(official, units);
      expect(reduced.name).toBe(name);
      expect(reduced.prefix).toBeUndefined();
    });
  });

  it('keeps what rebuilds the official name: the name without what was added, plus the suffix', () => {
    for (const official of ['台头村民委员会', '东王平村村委会', '前马坊居委会', '多福巷社区居委会', '新合嘎查人民委员会', '呼和淖尔嘎查村委员会', '额尔登敖包嘎查村']) {
      const { name, committee: [suffix, added] } = reduceVillageName(official);
      expect(name.slice(0, name.length - added.length) + suffix).toBe(official);
    }
  });
});
