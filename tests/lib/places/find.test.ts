// Place recognition and linking rules, on a small hand-made slice of the division tree (real
// codes and names) so each rule is tested on its own, independent of the generated gazetteer.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../lib/places/find';
import type { FeatureEntry } from '../../../lib/places/world';
import { fixtureIndex } from './fixture-index';

const zone: FeatureEntry = { id: 'zone:高新区', name: '高新区', aliases: [], level: 'devzone' };
const luzhong: FeatureEntry = { id: 'region:luzhong', name: '鲁中', aliases: [], level: 'region', provinces: ['37'] };
const index = fixtureIndex([zone, luzhong]);

/** [text, level, code] of each place found. */
const places = (text: string, options = {}) =>
  findPlaces(text, index, options).map((a) => [a.text, a.place.level, a.place.code ?? null]);

describe('recognising place names', () => {
  it('reads a chain as one name per unit, each linked', () => {
    expect(places('记者来到淄川区龙泉镇台头村。')).toEqual([
      ['淄川区', 'county', '370302000000'],
      ['龙泉镇', 'township', '370302112000'],
      ['台头村', 'village', '370302112206'],
    ]);
  });

  it('takes the longest name at each position, so 江阴市长泾镇 is not 市长', () => {
    expect(places('江阴市长泾镇的企业家')).toEqual([
      ['江阴市', 'county', '320281000000'],
      ['长泾镇', 'township', '320281110000'],
    ]);
  });

  it('finds places inside organisations and titles', () => {
    expect(places('淄川区委书记到周村区人民法院调研，淄博市委作出部署。')).toEqual([
      ['淄川区', 'county', '370302000000'],
      ['周村区', 'county', '370306000000'],
      ['淄博市', 'prefecture', '370300000000'],
    ]);
  });

  it('reads short forms: prefectures always, counties where the region supports them', () => {
    expect(places('淄博的企业在淄川投资。')).toEqual([
      ['淄博', 'prefecture', '370300000000'],
      ['淄川', 'county', '370302000000'],
    ]);
    // no word of Shandong around it and no word of place before it: 淄川 alone could be part of another word
    expect(places('他说淄川的企业很多。')).toEqual([]);
    // a word of place before it is enough where the text names no other province (short-forms.test.ts)
    expect(places('他在淄川投资。')).toEqual([['淄川', 'county', '370302000000']]);
    // ... unless a word after it shows it is the place
    expect(places('他是淄川籍企业家。')).toEqual([['淄川', 'county', '370302000000']]);
  });

  it('does not read a person\'s given name as a place', () => {
    expect(places('淄博市记者王淄川说，张店区很美。')).toEqual([
      ['淄博市', 'prefecture', '370300000000'],
      ['张店区', 'county', '370303000000'],
    ]);
  });

  it('does not read a common word as a county', () => {
    expect(places('淄博市整合各类资源。')).toEqual([['淄博市', 'prefecture', '370300000000']]);
    expect(places('桂林市资源县')).toEqual([
      ['桂林市', 'prefecture', '450300000000'],
      ['资源县', 'county', '450329000000'],
    ]);
  });

  it('splits a zone named after its city, and links it when the data has a code for it', () => {
    expect(places('淄博高新区和济南高新区')).toEqual([
      ['淄博', 'prefecture', '370300000000'],
      ['高新区', 'devzone', null],
      ['济南', 'prefecture', '370100000000'],
      ['高新区', 'devzone', '370176000000'],
    ]);
  });

  it('reads one-character forms only after a verb of movement or stay', () => {
    expect(places('淄博市出台政策，吸引人才返淄创业，他们赴京学习。鲁中地区')).toEqual([
      ['淄博市', 'prefecture', '370300000000'],
      ['淄', 'prefecture', '370300000000'],
      ['京', 'province', '110000000000'],
      ['鲁中', 'region', null],
    ]);
  });
  it('reads a one-character form before the bodies stationed there (各, 单位, 机构), not before another word', () => {
    expect(places('淄博市的驻淄各单位、驻淄机构，驻淄部队')).toEqual([
      ['淄博市', 'prefecture', '370300000000'],
      ['淄', 'prefecture', '370300000000'],
      ['淄', 'prefecture', '370300000000'],
    ]);
  });
});

describe('linking to the right one of many', () => {
  it('uses the nearest earlier mention of a containing unit', () => {
    expect(places('杭州市余杭区召开会议，龙泉镇作交流发言。')[2]).toEqual(['龙泉镇', 'township', '330110100000']);
    expect(places('淄川区召开会议，龙泉镇作交流发言。')[1]).toEqual(['龙泉镇', 'township', '370302112000']);
  });

  it('keeps a name tied to the unit the text first tied it to', () => {
    const found = places('淄川区龙泉镇台头村。张店区也有变化。台头村的村民说。');
    expect(found.at(-1)).toEqual(['台头村', 'village', '370302112206']);
  });

  it('leaves the code empty and lists candidates when nothing settles it', () => {
    const [only] = findPlaces('龙泉镇举办活动。', index);
    expect(only.place.code).toBeUndefined();
    expect(only.place.candidates).toEqual(['330110100000', '370302112000']);
  });

  it('falls back to the reader\'s home region', () => {
    expect(places('龙泉镇举办活动。', { homeRegion: '370300000000' })).toEqual([['龙泉镇', 'township', '370302112000']]);
  });

  it('links a renamed unit through its sibling suffix, in context', () => {
    expect(places('临淄区皇城街道的居民')).toEqual([
      ['临淄区', 'county', '370305000000'],
      ['皇城街道', 'township', '370305102000'],
    ]);
    expect(places('沈阳市皇城街道')[1]).toEqual(['皇城街道', 'township', '210103017000']);
  });

  it('recognises a village only where the text names its township or county', () => {
    expect(places('台头村的村民说。')).toEqual([]);
    expect(places('太河镇纱帽村的村民说。')).toEqual([
      ['太河镇', 'township', '370302117000'],
      ['纱帽村', 'village', '370302117273'],
    ]);
  });

  it('marks a village written after its township even if the data lacks it, without a code', () => {
    expect(places('太河镇杨家庄村')).toEqual([
      ['太河镇', 'township', '370302117000'],
      ['杨家庄村', 'village', null],
    ]);
  });
});

describe('offsets', () => {
  it('match the text exactly, also after characters outside the BMP', () => {
    const text = '𠀀𠀁淄博市张店区';
    for (const a of findPlaces(text, index)) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});

describe('named sites and zones without a code', () => {
  it('reads a road or zone right after the place it lies in, then its other mentions', () => {
    expect(places('淄川区松岭路和张店区共青团路拓宽后，松岭路通行顺畅。')).toEqual([
      ['淄川区', 'county', '370302000000'],
      ['松岭路', 'landmark', null],
      ['张店区', 'county', '370303000000'],
      ['共青团路', 'landmark', null],
      ['松岭路', 'landmark', null],
    ]);
    expect(places('淄川区金融聚集区')[1]).toEqual(['金融聚集区', 'devzone', null]);
  });

  it('reads a quoted name before a site word', () => {
    expect(places('打造“红叶柿岩”乡村振兴示范区。')).toEqual([['红叶柿岩', 'landmark', null]]);
  });

  it("reads a building word right after a place as that place's building: the place alone (GUIDELINES: 北京大学 -> 北京)", () => {
    expect(places('淄博体育馆今晚开赛，体育馆外排起长队。')).toEqual([['淄博', 'prefecture', '370300000000']]);
    expect(places('比赛在济南奥体中心举行。')).toEqual([['济南', 'prefecture', '370100000000']]);
    expect(places('淄川区图书大厦开业。')).toEqual([
      ['淄川区', 'county', '370302000000'],
      ['图书大厦', 'landmark', null],
    ]);
  });

  it('reads a named building or park right after a word of place, then its other mentions', () => {
    expect(places('书画展在齐鲁艺术馆开幕，齐鲁艺术馆免费开放。').map((p) => p[0])).toEqual(['齐鲁艺术馆', '齐鲁艺术馆']);
    expect(places('志愿者来到滨河公园清理垃圾。').map((p) => p[0])).toEqual(['滨河公园']);
  });

  it('reads no street after a word of place (在扩大路网, 在转型升级路上)', () => {
    expect(places('在扩大路网的同时，企业在转型升级路上加快步伐。')).toEqual([]);
  });

  it('does not read a phrase that only ends like one', () => {
    expect(places('淄博在转型升级路上，淄川区大街小巷都很热闹。').map((p) => p[0])).toEqual(['淄博', '淄川区']);
  });
});

describe('rivers, lakes and mountains named by their ending', () => {
  it('reads one after a word of place or movement, and its other mentions', () => {
    expect(places('游客沿着柳溪河一路向前，柳溪河两岸都是茶园。')).toEqual([
      ['柳溪河', 'natural', null],
      ['柳溪河', 'natural', null],
    ]);
    expect(places('该村紧邻石门水库，背靠凤凰岭。')).toEqual([
      ['石门水库', 'natural', null],
      ['凤凰岭', 'natural', null],
    ]);
  });

  it('reads one before a word that only follows a feature, and one listed after it', () => {
    expect(places('白水河流域治理完成，人们每天沿着青龙湖、白鹭湖巡护。').map((p) => p[0])).toEqual(['白水河', '青龙湖', '白鹭湖']);
    expect(places('。金沙滩沙地南缘种上了林草')).toEqual([['金沙滩沙地', 'natural', null]]);
  });

  it('reads one right after the place it lies in, but not a phrase that starts with a verb', () => {
    expect(places('淄川区孝水河')).toEqual([
      ['淄川区', 'county', '370302000000'],
      ['孝水河', 'natural', null],
    ]);
    expect(places('淄川区依托青龙湖，发展旅游。').map((p) => p[0])).toEqual(['淄川区', '青龙湖']);
  });

  it('does not read common words, descriptions or phrases as features', () => {
    expect(places('在农村河道边，要守住绿水青山，依托茫茫沙漠和母亲河。')).toEqual([]);
    expect(places('在全省江河湖泊开展巡查。')).toEqual([]);
  });
});

describe('bylines', () => {
  it('does not read a place inside a reporter\'s name', () => {
    expect(places('□本报记者 王淄博 通讯员 李张店\n淄川区龙泉镇')).toEqual([
      ['淄川区', 'county', '370302000000'],
      ['龙泉镇', 'township', '370302112000'],
    ]);
    expect(places('（记者 赵淄川 实习生 钱周村）淄博市')).toEqual([['淄博市', 'prefecture', '370300000000']]);
  });

  it('still reads places after 记者 in a sentence', () => {
    expect(places('记者从淄博市获悉。').map((p) => p[0])).toEqual(['淄博市']);
  });

  it('reads a place after a byline word in running text (200多名记者汇集淄博), but not after a news source (新华社记者)', () => {
    expect(places('全国200多名记者汇集淄博，报道这次盛会。').map((p) => p[0])).toEqual(['淄博']);
    expect(places('新华社记者 王淄博 报道').map((p) => p[0])).toEqual([]);
  });

  it('reads a place after a title of office that ends in a byline word (总编辑, 副总编辑)', () => {
    expect(places('各报社长、总编辑齐聚淄博，交流办报经验。').map((p) => p[0])).toEqual(['淄博']);
    expect(places('副总编辑来到淄博，看望一线记者。').map((p) => p[0])).toEqual(['淄博']);
  });
});

describe('villages after their township', () => {
  it('reads a township the data lacks right after its county, and a village after that township', () => {
    expect(places('走进淄川区麦禾营镇东坡村。')).toEqual([
      ['淄川区', 'county', '370302000000'],
      ['麦禾营镇', 'township', null],
      ['东坡村', 'village', null],
    ]);
  });

  it('reads no words of function after a county as a township (淄川区各镇, 淄川区麻田的乡亲们)', () => {
    expect(places('淄川区各镇都行动起来，淄川区麻田的乡亲们很高兴。').map((p) => p[0])).toEqual(['淄川区', '淄川区']);
  });

  it('does not take a word ending in 村 before 村民 for a village', () => {
    expect(places('龙泉镇引导村民种植花椒。').map((p) => p[0])).toEqual(['龙泉镇']);
  });
});

describe('streets named after places', () => {
  it('reads 淄博路 and a street listed with it as streets, not as the city', () => {
    expect(places('张店区淄博路与共青团西路交叉口，济南路沿线。')).toEqual([
      ['张店区', 'county', '370303000000'],
      ['淄博路', 'landmark', null],
      ['共青团西路', 'landmark', null],
      ['济南路', 'landmark', null],
    ]);
  });
});

describe('names across the end of a word', () => {
  const across = fixtureIndex([], { 周村: '四' });
  const found = (text: string) => findPlaces(text, across).map((a) => a.text);

  it('does not read a name whose first character ends a common word (四周村庄 holds 四周)', () => {
    expect(found('周村区的新楼四周村庄环绕。')).toEqual(['周村区']);
  });

  it('reads the name right after another name, where a new word starts anyway', () => {
    expect(found('淄博市周村区')).toEqual(['淄博市', '周村区']);
  });
});

describe('features that cross a place name, and words that hold a township suffix', () => {
  it('reads a one-character river before a word that only follows a feature, over a name it crosses', () => {
    const withHeyuan = fixtureIndex([{ id: 'test:heyuan', name: '河源', aliases: [], level: 'region' }]);
    expect(findPlaces('村子地处渭河源头。', withHeyuan).map((a) => [a.text, a.place.level])).toEqual([['渭河', 'natural']]);
    expect(findPlaces('他去了河源。', withHeyuan).map((a) => a.text)).toEqual(['河源']);
  });

  it('does not read a phrase after a place that starts with a verb as a site', () => {
    expect(places('淄川区建设中药材产业园。').map((p) => p[0])).toEqual(['淄川区']);
  });
});
