// Scores the places extract() finds in news on named sites, natural features and informal regions
// (feature-news-zh.fixtures.ts) with tests/place-score.ts: exact spans, as the evaluation scores a
// text, with the codes and levels of the places marked with one.
import { describe, expect, it } from 'vitest';
import { batch1, batch2, batch3 } from './feature-news-zh.fixtures';
import { realPlaces } from './real-places';
import { checkPlaces } from '../place-score';

const places = realPlaces();

const found = (text: string) => places.labelsWithVillages(text, 6);

// Each rule with the sentences it must read and those it must leave alone: buildings, bridges and
// towers of no name, organisations, products and people.
describe('named sites and features by category', () => {
  it.each<[string, string, string[]]>([
    ['a historic site before a word that shows it is one, then every mention', '县城的凌云塔始建于明代，凌云塔周边新建了广场，游客在安澜桥前拍照。', [
      '凌云塔/landmark', '凌云塔/landmark', '安澜桥/landmark',
    ]],
    ['no site: a kind of building, bridge or tower, with a count or a follower after it', '市政府办公楼前停满了车，学校教学楼下种了树，小区楼下新开了超市。这栋楼始建于1990年。村里的人行天桥下有人摆摊，一座石桥始建于清代，电视塔周边交通管制。', []],
    ['historic sites listed after one found', '泉州洛阳桥下潮水退去，洛阳桥、安平桥和开元寺成了打卡地。', ['泉州/prefecture/350500', '洛阳桥/landmark', '洛阳桥/landmark', '安平桥/landmark', '开元寺/landmark']],
    ['a county\'s short form with a one-character ending of a mountain or site is that mountain or site', '长沙天心阁也迎来客流高峰，五莲山下的村子通了公交。', ['长沙/prefecture/430100', '天心阁/landmark', '五莲山/natural']],
    ['no site inside a person\'s name after a title, a company\'s name, a district or a word of the housing market', '日本首相桥本访华，伊朗总统哈塔米讲话。洛阳桥梁集团中标，岳阳楼区人民法院开庭，长沙楼市回暖。', [
      '日本/foreign', '华/country', '伊朗/foreign', '洛阳/prefecture/410300', '岳阳楼区/county/430602', '长沙/prefecture/430100',
    ]],
    ['a landmark named like a district is the landmark; the district with its suffix', '岳阳楼和蓬莱阁游人如织。岳阳市岳阳楼区的企业。', ['岳阳楼/landmark', '蓬莱阁/landmark', '岳阳市/prefecture/430600', '岳阳楼区/county/430602']],
    ['a site whose first characters are a district\'s short form, before a word of location and after one', '东风着陆场位于内蒙古阿拉善盟境内。返回舱在东风着陆场成功着陆。', [
      '东风着陆场/landmark', '内蒙古/province/150000', '阿拉善盟/prefecture/152900', '东风着陆场/landmark',
    ]],
    ['rivers before a word of their water, one listed before another; no river\'s water nor a stream of no name', '祊河、柳青河水质稳定达标，涑河水质好转。城区的小溪水质变好。', ['祊河/natural', '柳青河/natural', '涑河/natural']],
    ['a stream of one character before a feature\'s word', '好溪水利枢纽完工后，好溪防洪能力提升。', ['好溪/natural', '好溪/natural']],
    ['a mountain of one character before its height; a river after a verb of looking', '腊山海拔不高，可以远眺腊山河两岸。', ['腊山/natural', '腊山河/natural']],
    ['a mountain\'s name between a surname and a word of people is a given name', '记者王华山说，村民李泰山表示。', []],
    ['no village of a time word, no reservoir after a verb of works', '以前村里很穷，整治山塘水库12座。', []],
    ['a city cluster by its cities\' characters is a region, not a county; one named by a feature is that feature', '在兰西城市群和北部湾城市群建设中。', ['兰西城市群/region', '北部湾/natural']],
    ['a feature that needs context before a word of its slope or of an economic belt', '天山北坡城市群和汉江生态经济带建设加快。', ['天山/natural', '汉江/natural']],
    ['a historic site after its county and 的, also before more words; a launch port after its city', '五台县的佛光寺东大殿。山东海阳东方航天港保障发射。', ['五台县/county/140922', '佛光寺/landmark', '山东/province/370000', '海阳/county/370687', '东方航天港/landmark']],
    ['no site of a building\'s floor, of a word of nearness after 楼, of a word the ending opens, nor of a verb before 楼', '会议在村委会二楼举行，我家楼下新开了超市，公司楼前停满了车，在老宅阁楼上发现古书，村民在网上卖影楼服饰。', []],
    ['a mountain of one character after a word of place before a verb; not a kind of mountain nor a city in a list', '银山镇依托腊山发展旅游，村民走进大山，在深山里采药。会议在黄山、六安两地召开。', ['银山镇/township', '腊山/natural']],
    ['a river before a word of its flood works or its course; not a word of works alone', '浏河防洪工程完工，涑河河道清淤。县里推进河道治理，做好汛期防洪。', ['浏河/natural', '涑河/natural']],
    ['well-known mountains, lakes and waterfalls; a district with its suffix', '游客在青城山下品茶，广州市白云区的企业组织员工登白云山，黄果树瀑布水量充沛。', [
      '青城山/natural', '广州市/prefecture/440100', '白云区/county/440111', '白云山/natural', '黄果树瀑布/natural',
    ]],
    ['a temple after 的; not a kind of temple, a fair or a cabinet', '木塔所在的佛宫寺完成修缮，县城东北的净土寺游客不少。村里的土地庙、热闹的庙会、古老的楼阁、新组建的内阁。', ['佛宫寺/landmark', '净土寺/landmark']],
    ['a region that is also a district\'s short form before a word only a region takes', '中原城市群要加快建设内陆开放高地。', ['中原/region']],
    ['a feature found once is no place in a person\'s name (王浮山告诉记者)', '青岛市区的浮山海拔384米。市民王浮山告诉记者，他每周都登山。', ['青岛市/prefecture/370200', '浮山/natural']],
    ['the Gulf before a word of its countries; not the third world', '沙特阿拉伯等海湾国家呼吁克制，第三世界国家团结合作。', ['沙特阿拉伯/foreign', '海湾/region']],
  ])('%s', { timeout: 60_000 }, async (_, text, expected) => expect(await found(text)).toEqual(expected));
});

// Batch 1 (ten articles: towers, bridges, pavilions, rivers, streams, mountains, a landing site,
// airports and stations, city clusters, the Gulf), blind, before any change for it: exact-span
// recall 0.438 precision 0.667, codes and levels 28/32, on its marks as first written; eleven marks
// were then set to the conventions above once decided (临沂市 in 临沂市生态环境局, 海湾地区 whole as
// 西北地区, 大兴国际机场 a unit of the data, the clusters named by a feature, countries' levels
// left untested). After the fixes: recall 0.851 precision 1.000, 57/57; after batch 2's and 3's, 0.865 / 1.000.
// Batch 2 (ten more on the same categories), written after the batch 1 fixes and scored once, blind:
// exact-span recall 0.731 precision 0.983, codes and levels 48/48 (two marks then set to the
// conventions: 黄淮地区 whole, 胡塞武装 an armed group's name); after the fixes for it 0.857 / 1.000,
// after batch 3's 0.883 / 1.000.
// Batch 3 (ten more: terraces and gates, a pagoda and temples, rivers, mountains, airports and
// stations, city clusters, weather regions, the Gulf, canal bridges, a city's works), written after
// the batch 2 fixes and scored once, blind: exact-span recall 0.797 precision 0.887, codes and
// levels 51/52; after the fixes for it 0.861 / 0.971, 56/56 (青岛市区 reads as 青岛市 where the marks
// say 青岛; 台, 门 and 江北 机场 are left).
describe('named sites, natural features and regions in Chinese news', () => {
  checkPlaces(places, 'batch 1', batch1, 0.83, 0.97, 0.95);
  checkPlaces(places, 'batch 2', batch2, 0.82, 0.97, 0.95);
  checkPlaces(places, 'batch 3', batch3, 0.84, 0.95, 0.95);
});
