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
  ])('%s → %s', (official, name, committee) => {
    expect(reduceVillageName(official)).toEqual({ name, committee });
  });

  it.each(['翠园社区', '万泉寺村', '元宝山嘎查', '第三生产队', '牧业一分场生活区', '城东社区居居委员会', '月明社区居委会(筹备组）', '委员会'])(
    'leaves %s as it is',
    (official) => {
      expect(reduceVillageName(official)).toEqual({ name: official, committee: ['', ''] });
    },
  );

  it('keeps what rebuilds the official name: the name without what was added, plus the suffix', () => {
    for (const official of ['台头村民委员会', '东王平村村委会', '前马坊居委会', '多福巷社区居委会', '新合嘎查人民委员会', '呼和淖尔嘎查村委员会', '额尔登敖包嘎查村']) {
      const { name, committee: [suffix, added] } = reduceVillageName(official);
      expect(name.slice(0, name.length - added.length) + suffix).toBe(official);
    }
  });
});
