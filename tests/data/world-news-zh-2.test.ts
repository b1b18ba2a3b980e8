// Scores the places extract() finds in the second round of world news in Chinese
// (world-news-zh-2.fixtures.ts) with tests/place-score.ts, news-ner's way (the fixtures' marks
// follow the public NER sets' conventions), with the codes and levels of the places marked with one.
import { describe } from 'vitest';
import { batch4, batch5 } from './world-news-zh-2.fixtures';
import { realPlaces } from './real-places';
import { checkPlaces } from '../place-score';

const places = realPlaces();

// Batch 4 (ten articles: Simandou ore and Pilbara iron, the China–Kyrgyzstan–Uzbekistan railway and
// other Belt and Road works, US midterm counting down to counties, an EU summit, Ukraine and the
// Lebanon ceasefire, the Myanmar earthquake and Los Angeles fires, sport, travel in Central Asia
// and the Alps, science abroad, shipping through Panama and the Red Sea), written before any change
// for it and scored once, blind: news-ner's way recall 0.872 precision 1.000, exact spans 0.816 /
// 0.920, codes and levels 117/117. Marks then set to the conventions: a division word after a name
// inside it (安托法加斯塔大区, 帕伊波塔镇, 巴伦西亚大区); a site named after a place that place
// (喀喇昆仑 in 喀喇昆仑公路, 苏瓦乌基 in 苏瓦乌基走廊); 巴拿马运河 of 巴拿马运河管理局; 西芒杜 and
// 图噶尔特, a range and a pass, untagged. After the fixes for it (towns, ports, front-line towns, US
// counties and resorts abroad; a country's name opening a transliterated name after another place,
// 马里科帕县; a lake's name before 湖畔; a railway named after its end that end; a shared
// one-character form the country named nearest; 美加墨世界杯): 1.000 / 1.000.
// Batch 5 (ten more: nickel and lithium, Mediterranean, Baltic and African ports, the US election in
// the counties, EU capitals, Ukraine and Syria, typhoon, floods and landslides, the Paris Olympics
// and sport abroad, travel, space and polar science, Belt and Road works), written after the batch 4
// fixes and scored once, blind: news-ner's way recall 0.887 precision 0.994, exact spans 0.844 /
// 0.940, codes and levels 124/125. One mark then set to the conventions: 克里米亚半岛 whole, a place
// abroad before a feature's word. After a few fixes (rivers before 左岸 and 右岸; the Dnieper, the
// Dniester and the Blue Ridge; towns and provinces of the news): 0.989 / 0.995, 141/141 (a town
// abroad right after its country is that town, 新西兰皇后镇, not Henan's township).
describe('places in world news in Chinese, round 2', () => {
  checkPlaces(places, 'batch 4', batch4, 0.97, 0.98, 1, 'news-ner');
  checkPlaces(places, 'batch 5', batch5, 0.97, 0.98, 1, 'news-ner');
});
