// Scores extract() on the printed Shandong pages of shandong-pages.fixtures.ts the way
// ../../shared/eval/score.mjs scores a text against its gold: places and figures by strict F1
// (identical offsets), links over the gold places with a code and values over the gold figures found,
// a span found pairing with a gold one where they overlap by at least half of their union. The thresholds hold the scores measured
// when the pages were last changed; a failure (or NF_REPORT=1) lists every miss, spurious span,
// wrong link and wrong value.
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import type { LoadedPlaceIndex } from '../../lib/places/place-index';
import { loadPlaceIndex, prepareVillages } from '../../lib/places/place-index-node';
import { blind, eighthBatch, ninthBatch, fifthBatch, fourthBatch, heldOut, seventhBatch, sixthBatch, thirdBatch, type ShandongPage } from './shandong-pages.fixtures';
import { genresFirst, genresSecond } from './shandong-genres.fixtures';
import { genresFourth, genresThird } from './shandong-genres-2.fixtures';
import { genresFifth } from './shandong-genres-3.fixtures';
import { genresSeventh, genresSixth } from './shandong-genres-4.fixtures';
import { genresEighth } from './shandong-genres-5.fixtures';
import { genresNinth } from './shandong-genres-6.fixtures';
import { genresTenth } from './shandong-genres-7.fixtures';
import { genresEleventh } from './shandong-genres-8.fixtures';
import { genresTwelfth } from './shandong-genres-9.fixtures';
import { genresThirteenth } from './shandong-genres-10.fixtures';
import { genresFourteenth } from './shandong-genres-11.fixtures';
import { genresFifteenth } from './shandong-genres-12.fixtures';
import { parsePage } from './shandong-pages.gold';
import { pairs, sameValue } from '../span-pairs';

let places: LoadedPlaceIndex;
beforeAll(async () => {
  places = await loadPlaceIndex();
}, 60_000);



interface Tally {
  gold: number;
  found: number;
  strict: number;
  checked: number;
  right: number;
}

async function score(pages: ShandongPage[]) {
  const tally = { place: { gold: 0, found: 0, strict: 0, checked: 0, right: 0 }, figure: { gold: 0, found: 0, strict: 0, checked: 0, right: 0 } };
  const misses: string[] = [];
  for (const page of pages) {
    const { text, spans } = parsePage(page.marked);
    const annotations = extract(text, { places, villageProvinces: await prepareVillages(text, places) });
    for (const kind of ['place', 'figure'] as const) {
      const t: Tally = tally[kind];
      const gold = spans.filter((s) => s.kind === kind);
      const found = annotations.filter((a) => a.kind === kind);
      t.gold += gold.length;
      t.found += found.length;
      t.strict += pairs(gold, found, true).length;
      // as the scorer does: every gold place with a code counts for links, found or not; values count on figures found
      t.checked += kind === 'place' ? gold.filter((g) => g.code).length : 0;
      const loose = pairs(gold, found, false);
      const hitGold = new Set(loose.map(([g]) => g));
      const hitFound = new Set(loose.map(([, p]) => p));
      for (const g of gold) if (!hitGold.has(g)) misses.push(`${page.paper}: missed ${kind} ${g.text}@${g.start}`);
      for (const p of found) if (!hitFound.has(p)) misses.push(`${page.paper}: spurious ${kind} ${p.text}@${p.start}`);
      for (const [g, p] of loose) {
        if (p.kind === 'place') {
          if (!g.code) continue;
          if (p.place.code === g.code) t.right++;
          else misses.push(`${page.paper}: wrong link ${g.text}@${g.start} ${p.place.code ?? 'none'} != ${g.code}`);
        } else if (p.kind === 'figure') {
          t.checked++;
          if (sameValue(g.value, p.figure.value) && sameValue(g.high, p.figure.high)) t.right++;
          else misses.push(`${page.paper}: wrong value ${g.text}@${g.start} ${JSON.stringify([p.figure.value, p.figure.high])} != ${JSON.stringify([g.value, g.high])}`);
        }
      }
    }
  }
  const f1 = (t: Tally) => (2 * t.strict) / (t.gold + t.found);
  return { placeF1: f1(tally.place), link: tally.place.right / tally.place.checked, figureF1: f1(tally.figure), value: tally.figure.right / tally.figure.checked, misses };
}

describe('printed pages of Shandong papers, scored as the evaluation scores them', () => {
  it.each<[string, ShandongPage[], { placeF1: number; link: number; figureF1: number; value: number }]>([
    // measured: first batch blind place F1 0.980 link 1.000 figure F1 0.976 value 1.000 (gold corrected
    // for places its headlines name), after the changes 1.000 / 1.000 / 0.980 / 1.000; second batch
    // scored once 0.931 / 0.941 / 0.987 / 1.000, after its fixes 0.983 / 1.000 / 1.000 / 1.000; third
    // batch scored once 0.968 / 0.982 / 1.000 / 0.988, after the fixes of the remaining categories
    // 0.992 / 1.000 / 1.000 / 0.988 (腊山, a mountain of one character after 依托, is still missed;
    // 千分之三 was read 3 per mille where the page's gold wrote 0.3 percent, now marked 3 ‰ as the category
    // fixtures mark per-mille rates); fourth batch (city pages)
    // scored once 0.750 / 0.875 / 0.982 / 1.000 with two parks its gold had marked whole (威海公园 is
    // 威海), after the fixes 0.983 / 1.000 / 0.982 / 1.000 (幸福门 and 一万步 are still missed); fifth batch
    // (青岛, 淄博, 沂水, 济宁, 泰安, 菏泽: numbered streets, markets, zones of their own names, 南阳古镇) scored
    // once 0.881 / 0.963 / 0.977 / 1.000, after the fixes 0.996 / 1.000 / 0.989 / 1.000 with its gold
    // corrected for two industrial parks named by their trade (化工新材料产业园, as the evaluation's gold marks
    // such parks, and for 明年3月, whose relative year lies outside the span as in the evaluation's 今年1月份);
    // 万兴花园小区 is still missed and 有着百年历史 is read as a figure the gold leaves out; sixth batch (烟台, 青州,
    // 临沂, 滨州, 日照, 台儿庄: communities named after streets named after cities, 信阳镇, 北海经济开发区) scored
    // once 0.943 / 1.000 / 0.980 / 1.000, after the fixes 0.990 / 1.000 / 1.000 / 1.000 (gold corrected for
    // 明年2月 likewise; 运河 of the headline 运河古城 and 榴园 of “古城+榴园” are read as units the gold leaves out);
    // seventh batch (平阴, 聊城, 德州, 东营, 乳山: 东阿镇 and 阿城镇 named like other counties, old towns' sites,
    // 天衢新区 written again, 乳山湾) scored once 0.862 / 0.983 / 0.968 / 0.987, after the fixes 0.948 / 1.000 /
    // 0.987 / 0.987 (springs after a township and 的, 海会寺 and 盐运司 listed, 新湖 of 新湖风景区, 湖滨大道, 黄河口
    // before 大米, 80多块 of plots and 十分之一, read 0.1 where the gold wrote 10 percent, were still missed: 80多块
    // is read since round 5 of figures and 十分之一 marked a ratio 0.1, as every fraction is;
    // after the eighth batch's fixes 0.971 / 1.000 / 0.987 / 0.987, 书院泉 and 日月泉 found);
    // eighth batch (济南 communities, a 青岛 signing list, 福山 cherries, 潍坊's work report, 兰陵, a 齐鲁晚报
    // court page, 博山, 大众日报, 曲阜, 曹县) scored once 0.914 / 0.976 / 0.983 / 1.000, after its gold was
    // corrected as the evaluation marks (中国 in “中国蔬菜之乡”, 鲁南经济圈 whole, 三孔, a park named by its
    // trade) and the fixes 0.965 / 0.988 / 0.989 / 1.000 (南亭寺, a village written without 村 after a comma,
    // and 滨海文旅综合体, a description of a project, are still wrong); ninth batch (张店 communities, 荣成 宁津街道,
    // 日照's zone, 滕州, 临清, 广饶's 大王 zone, 崂山 tea, 莱州, a 惠民 court page, 大汶口) scored once 0.943 / 0.986 /
    // 0.977 / 1.000 (0.989 for figures with 2021年3月至2022年5月 marked as one range, as its other ranges are),
    // after the fixes 0.978 / 1.000 / 0.989 / 1.000 (人民公园 after 把, 运河 of 运河古城 and 二人 of the two
    // accused are still wrong)
    ['first batch', blind, { placeF1: 1, link: 1, figureF1: 0.98, value: 1 }],
    ['second batch', heldOut, { placeF1: 0.98, link: 1, figureF1: 1, value: 1 }],
    ['third batch', thirdBatch, { placeF1: 0.99, link: 1, figureF1: 1, value: 0.98 }],
    ['fourth batch', fourthBatch, { placeF1: 0.98, link: 1, figureF1: 0.98, value: 1 }],
    ['fifth batch', fifthBatch, { placeF1: 0.99, link: 1, figureF1: 0.99, value: 1 }],
    ['sixth batch', sixthBatch, { placeF1: 0.98, link: 1, figureF1: 1, value: 1 }],
    ['seventh batch', seventhBatch, { placeF1: 0.94, link: 1, figureF1: 0.98, value: 0.98 }],
    ['eighth batch', eighthBatch, { placeF1: 0.96, link: 0.98, figureF1: 0.98, value: 1 }],
    ['ninth batch', ninthBatch, { placeF1: 0.97, link: 1, figureF1: 0.98, value: 1 }],
    // shandong-genres.fixtures.ts: the first batch of genres (statistical bulletins, budgets, river notices, prices, a court
    // page, road works, school admissions, villages' income, fishing, a port) scored once 0.922 / 0.957 / 0.978 / 1.000;
    // after its gold was corrected (济南市公安局, 年末 and 上年末 left out) and the fixes 0.979 / 0.968 / 0.992 / 0.995
    // (唐冶 before its 派出所 and 遥墙 are townships the text names only short, 五里堡 a community listed without 社区,
    // 华不注山下 is read as 华不注山, 上年末 of a bulletin on 2023 is read from the page's year, 记6分 is missed)
    ['genres, first batch', genresFirst, { placeF1: 0.97, link: 0.96, figureF1: 0.99, value: 0.99 }],
    // second batch of genres (a budget, a bulletin, a flood warning, prices, a court and police page, road works, school
    // districts, villages' income, fishing and a port, rural roads), written after those fixes, scored once 0.946 / 0.963 /
    // 0.990 / 0.993 (1.000 / 1.000 for figures with 5%至10% marked as one range, as the batches mark ranges); after the fixes
    // 0.971 / 0.988 / 1.000 / 1.000 (中城镇 inside 其中城镇, 汉城 inside 水浒好汉城, 双山 before 第二小学, 峄山 after a verb
    // where it needs a word only a mountain takes, and 环湖路 of 岩马湖 are still wrong)
    ['genres, second batch', genresSecond, { placeF1: 0.97, link: 0.98, figureF1: 1, value: 1 }],
    // shandong-genres-2.fixtures.ts: the third batch of genres (a port, a street office's community work, aquaculture, the
    // Yellow River delta, a rural market, heritage, a procuratorate, bus lines, universities, a hospital's branches, a city's
    // bulletin, a village's collective) scored once 0.920 / 0.950 / 0.994 / 1.000 (its gold then marked 中欧班列 whole; now 中 +
    // 欧); after the fixes 0.980 / 0.992 / 0.997 / 1.000 (杨家埠 short for its two villages, 人民公园 after 由, 房镇 before 站
    // without 房镇镇 named, and 两个校区, a count the gold leaves out, are still wrong)
    ['genres, third batch', genresThird, { placeF1: 0.97, link: 0.99, figureF1: 0.99, value: 1 }],
    // fourth batch of genres, written after those fixes, scored once 0.933 / 0.965 / 0.986 / 1.000; after the fixes 0.966 /
    // 0.991 / 0.989 / 1.000 (疏港铁路 and 冷链物流园 read as names, 大学路 after a township and 的, 凤凰路站 after 新增, 黄河口
    // before 管理站, 浮山校区, 高密 in a list of campuses, 建设路 after its 街道, and 4班, 7日内 and 春节前15天 are still wrong)
    ['genres, fourth batch', genresFourth, { placeF1: 0.96, link: 0.99, figureF1: 0.99, value: 1 }],
    // shandong-genres-3.fixtures.ts: the fifth batch of genres (grain purchasing, crop insurance after hail, study tours, a
    // water-quality report, the Yellow River floodplain's resettlement, a vegetable market's prices, holiday tourism, a heating
    // season; ten counties new to the fixtures) scored once 0.968 / 1.000 / 0.992 / 1.000; after the fixes (a span of time
    // after 提前 or 前, 班 of a line's runs, 外迁社区 a kind of community) 0.977 / 1.000 / 1.000 / 1.000 (红嫂纪念馆, a memorial
    // named after no place, opening a clause, is still missed); the fourth batch's 4班 and 春节前15天 are found since
    ['genres, fifth batch', genresFifth, { placeF1: 0.97, link: 1, figureF1: 1, value: 1 }],
    // shandong-genres-4.fixtures.ts: the sixth batch of genres (a district's work report, land consolidation, honeysuckle, old
    // residential blocks, a new high-speed line's stations, a zone's projects, river chiefs and reservoirs, the demonstration
    // list, a medical alliance, a traffic police notice) scored once 0.909 / 0.976 / 0.970 / 1.000; its gold then corrected as
    // GUIDELINES and the earlier batches mark (a bare 开发区 meaning the county's zone, 银滩旅游度假区 a zone whole, a town's
    // 新材料产业园, 过亿元 a money tier): 0.916 / 0.976 / 0.973 / 1.000; after the fixes (示范镇 no 范镇, 乡村振兴 no 振兴, 年 of a
    // date before 河口区, 5处塘坝, a zone after 距, 经文登区, toll gates, kilometre posts, 记3分) 0.979 / 1.000 / 0.994 / 1.000 (第三批
    // of a list, an ordinal the gold leaves out as it leaves a session's, is still read as a rank)
    ['genres, sixth batch', genresSixth, { placeF1: 0.99, link: 1, figureF1: 0.99, value: 1 }],
    // the seventh batch of genres (the same genres in 博兴, 栖霞, 市南区, the 潍烟 line, 诸城's zone, 临朐, 宁津, 费县), written
    // after those fixes, scored once 0.956 / 0.965 / 0.992 / 1.000; with its gold corrected as the sixth's (a bare 开发区 meaning
    // 诸城's zone twice; 临沂市公安局 and the sixth batch's 威海市公安局 with the city's word, as 济南市公安局 is marked) 0.976 /
    // 0.943 / 0.992 / 1.000; after the fixes (zones named with their administration, a county listed after one of its province,
    // 日兰高速 after 对, 郑州路 before 也) 0.990 / 1.000 / 0.992 / 1.000 (屺坶岛, an island the data lacks, after 至; 大桥 after
    // 祊河, read as the building named after it as a 美术馆 is; 2年来 with its 来) and the sixth batch's 0.993 / 1.000 / 0.994 / 1.000
    ['genres, seventh batch', genresSeventh, { placeF1: 0.98, link: 1, figureF1: 0.99, value: 1 }],
    // shandong-genres-5.fixtures.ts: the eighth batch of genres (金乡 garlic, 安丘 ginger, 岚山 blueberries, a 济南 marathon's road
    // closures, 齐河's wheat harvest, a 东营区 job fair, 鄄城 hair goods, 淄博's holiday tourism), written after all of the day's
    // merges, scored once 0.956 / 1.000 / 0.992 / 1.000; with its gold corrected as the earlier batches mark (泉城 of 泉城马拉松 and
    // 泉城广场 the city's nickname, as 威海公园 is 威海; a town's 发制品产业园 a landmark, as a town's 新材料产业园 is) 0.978 / 1.000 /
    // 0.992 / 1.000; after the fixes (a street before a traffic notice's closure, 趵突泉南路实行; an expressway's number before its
    // name, G2京沪高速; 11所学校 a count of 所) 0.989 / 1.000 / 1.000 / 1.000 (奥体中心 after 济南, read as the city's building as a
    // 美术馆 is, and 八大局便民市场, a market named after no place, are still wrong); 1.000 / 1.000 / 1.000 / 1.000 after the ninth
    // batch's fixes
    ['genres, eighth batch', genresEighth, { placeF1: 0.99, link: 1, figureF1: 1, value: 1 }],
    // shandong-genres-6.fixtures.ts: the ninth batch of genres (寿光 vegetable prices, 宋村镇's Party building, 日照 port, the Yellow
    // River delta's birds, 金雀山街道's grid governance, 东昌府区's school zones, 泰安's holiday traffic, 烟台's rainfall) scored once
    // 0.941 / 1.000 / 0.987 / 1.000; with its gold corrected (连续三周, a span of time its gold had left out) 0.941 / 1.000 / 0.991 /
    // 1.000; after the fixes (a venue named with its city the city alone, 济南奥体中心 -> 济南, since which 八大局便民市场 of the eighth
    // batch is found too; streets before 以东 or 以南 bounding a zone; a street after 划入; 沂蒙路 named after a region; 全市高速公路
    // no route; 一年比一年 no span of time) 0.984 / 1.000 / 0.996 / 1.000 (红门 and 桃花峪, scenic areas of 泰山 the data lacks, 桃园
    // after 肥城 read as Taiwan's city, and 两个 of the two listed before it are still wrong)
    ['genres, ninth batch', genresNinth, { placeF1: 0.98, link: 1, figureF1: 0.99, value: 1 }],
    // shandong-genres-7.fixtures.ts: the tenth batch of genres (兰陵 vegetables, 葫芦套村's collective, 惠民县 hospital's outreach,
    // 邾国故城, the 青岛 marathon, 牡丹区's school zones, 烟台 port), written after the ninth batch's fixes, scored once 0.938 / 0.983 /
    // 0.966 / 1.000; 0.938 / 0.983 / 0.986 / 1.000 with 以上 put outside 1年 and 七年级 marked a grade; after the fixes (兰陵国家农业公园 the
    // county alone, a generic core opening the site's name; 故城 ends a site's name, 邾国故城遗址; a school after a street, 丹阳路初级中学;
    // 一分钱 after 上 an idiom still; 每周5班 a count where its context makes 班 a unit; 西港区 of a port, no district of 台南; 旅顺 for
    // 旅顺口区; 平泽 of Korea) 0.988 / 1.000 / 1.000 / 1.000 (纪王城, a site's popular name in quotes after 俗称, and 石老人 are still missed)
    ['genres, tenth batch', genresTenth, { placeF1: 0.98, link: 1, figureF1: 1, value: 1 }],
    // shandong-genres-8.fixtures.ts: the eleventh batch of genres (利津's ice season, 栖霞 apples, 荣成 sea cucumbers, 泗店's crickets,
    // 巨峰镇 tea, 齐河 wheat, 张店's canteens for the elderly, 沂水's tourist road), written after the tenth batch's fixes, scored once
    // 0.967 / 1.000 / 1.000 / 1.000; 0.995 / 1.000 / 1.000 / 1.000 with 黄河河务局, 东营市气象台 and 德州市农业农村局 marked as GUIDELINES
    // has them; after the fixes (an adverb of what is done, 已/仍/皆, opens no community nor village: 张店区已建成社区食堂) 1.000 all through
    ['genres, eleventh batch', genresEleventh, { placeF1: 1, link: 1, figureF1: 1, value: 1 }],
    // shandong-genres-9.fixtures.ts: the twelfth batch of genres (莒南's statistical communique, 聊城's budget report, 微山湖's
    // opening, 琅琊镇's fishing port, 济南's metro line 6, 齐河's Yellow River dike in flood season, 奎文区's old residential
    // blocks, 岱崮镇's holiday tourism), written after the eleventh batch's fixes, scored once 0.933 / 0.951 / 0.979 / 1.000;
    // 0.933 / 0.951 / 0.997 / 0.994 with its gold put right as the earlier batches mark (年末 and 上年末 of a communique dates,
    // 过亿元 a money tier); after the fixes (回港 a ship's port, no Hong Kong; 水涨到坝 no village; 一块一块 no 1.1 yuan; 崮 a
    // mountain's word, 南岱崮; a street among a line's stations, 花园路站; 小区 a site's word and its kinds building words,
    // 卧龙小区 but no 老旧小区; a township's form before its station, 港沟站, 洪家楼站; a bulletin's 上年末 of the year before the
    // one it reports on) 0.967 / 0.976 / 1.000 / 1.000 (奥体中心 before 站, 旅游路 a kind of road in notNames, 泺口水文站 with
    // no 泺口街道 named, and 李家岸险工, a village's short form before its 险工, are still missed)
    ['genres, twelfth batch', genresTwelfth, { placeF1: 0.96, link: 0.97, figureF1: 1, value: 1 }],
    // shandong-genres-10.fixtures.ts: the thirteenth batch of genres (沾化区's court, 郓城's spring ploughing, 古城镇's land
    // consolidation, 临沂's BRT line 6), written after the twelfth batch's fixes, scored once 1.000 / 1.000 / 0.942 / 0.980;
    // 1.000 / 1.000 / 0.980 / 1.000 with its marks put right (a range of money one span, 三分之一 exact, 一分地 no figure)
    ['genres, thirteenth batch', genresThirteenth, { placeF1: 1, link: 1, figureF1: 0.98, value: 1 }],
    // shandong-genres-11.fixtures.ts: the fourteenth batch of genres (威海's snow forecast, 德州's college entrance exam, 枣庄市中医医院's
    // new campus, 东昌府区's fraud case, a plant in 烟台's zone, 日照's sailing championship, 潍坊's kite festival, 任城区 court's
    // auction notice, 翟镇's villages as one company), written after the thirteenth batch's fixes, scored once 0.989 / 1.000 / 1.000 /
    // 1.000, no mark put right; after the fix (a zone of its own name listed after a unit, 秦楼街道和山海天旅游度假区, where the bare
    // 旅游度假区 alone had been read) 1.000 all through
    ['genres, fourteenth batch', genresFourteenth, { placeF1: 0.99, link: 1, figureF1: 0.99, value: 1 }],
    // shandong-genres-12.fixtures.ts: the fifteenth batch of genres (无棣's substation, 河口区's rescue drill, 临沂's teacher recruitment,
    // 李村镇's blood donors, the forest fire season in 历城区's mountains, 聊城's housing provident fund, 昌乐's village football,
    // 淄川's reading rooms), written after the fourteenth batch's fixes, scored once 0.986 / 1.000 / 0.959 / 1.000, no mark put
    // right; after the fixes (乡 opening 乡村 ends no township read after its county, 首届乡村; units 千伏安, 单位 of blood and 册次;
    // an observance's ordinal, 第二十三个世界献血者日, no rank) 0.993 / 1.000 / 1.000 / 1.000 (红叶谷, a valley's scenic area whose 谷
    // ends too many common words to be an ending, is still missed)
    ['genres, fifteenth batch', genresFifteenth, { placeF1: 0.99, link: 1, figureF1: 0.99, value: 1 }],
  ])('%s', { timeout: 120_000 }, async (_, pages, min) => {
    const s = await score(pages);
    if (process.env.NF_REPORT) console.log(JSON.stringify(s, null, 1));
    expect({
      placeF1: s.placeF1 >= min.placeF1, link: s.link >= min.link, figureF1: s.figureF1 >= min.figureF1, value: s.value >= min.value, misses: s.misses,
    }).toMatchObject({ placeF1: true, link: true, figureF1: true, value: true });
  });
});
