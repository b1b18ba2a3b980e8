// Scores extract()'s places on whole county-news articles (county-articles.fixtures.ts) over the real
// gazetteer the way the evaluation scores a text against its gold: strict F1 (identical offsets),
// link accuracy on the gold places with a code (a place found overlapping at least half its span must
// carry that code), and level accuracy on the strict matches. The thresholds hold the scores measured
// when the articles were last changed; a failure (or NF_REPORT=1) lists every miss, spurious place,
// wrong link and wrong level.
import { describe, it } from 'vitest';
import { blind, heldOut, provincesBlind, provincesHeldOut, provincesThird, provincesFourth, provincesFifth, provincesSixth, provincesSeventh, provincesEighth, type CountyArticle } from './county-articles.fixtures';
import { realPlaces } from './real-places';
import { expectScores } from './place-articles';

const places = realPlaces();

describe('county news articles from other provinces, scored as the evaluation scores them', () => {
  it.each<[string, CountyArticle[], number, number]>([
    // measured: first batch blind F1 0.834 link 0.972, after the changes 0.950 / 1.000; held-out
    // batch blind F1 0.862 link 0.952, after the changes its misses led to 0.931 / 0.984
    ['first batch', blind, 0.96, 1],
    ['held-out batch', heldOut, 0.93, 0.98],
    // the other provinces: first batch blind F1 0.904 (P 0.976 R 0.842) link 1.000, after the changes 0.984 / 1.000;
    // held-out batch blind 0.893 (P 0.932 R 0.857) link 1.000, after the changes its misses led to 0.946 / 1.000;
    // third batch, written after both, blind 0.908 (P 0.908 R 0.908) link 1.000, after two changes 0.925 / 1.000
    ['provinces batch', provincesBlind, 0.98, 1],
    ['provinces held-out batch', provincesHeldOut, 0.94, 1],
    ['provinces third batch', provincesThird, 0.93, 1],
    // fourth batch (Zhejiang, Fujian, Hunan, Hubei, Henan, Sichuan, Guizhou, Guangxi, Gansu, Heilongjiang, Beijing,
    // Tianjin, Chongqing, Yunnan): blind 0.904 (P 0.935 R 0.874) link 1.000, 0.923 once five spans were marked as
    // the other batches mark them (天津市区 -> 天津市, 三峡库区 whole); after the changes 0.981 / 1.000
    ['provinces fourth batch', provincesFourth, 0.98, 1],
    // fifth batch, written after those changes (Heilongjiang, Jiangsu, Chongqing, Guangxi, Gansu, Hebei, Jiangxi, Anhui,
    // Shaanxi, Fujian, Hunan, Sichuan, Hubei, Shanghai): blind 0.922 (P 0.913 R 0.931) link 1.000; after the changes
    // its misses led to (and four spans marked as the other batches and the evaluation mark them) 0.988 / 1.000
    ['provinces fifth batch', provincesFifth, 0.985, 1],
    // sixth batch, written after the fifth's changes and scored once, the number to report: blind 0.912 (P 0.907
    // R 0.918) link 0.960 (121/126); after four spans marked as the others (宁德市文旅局, 中国 in a title, 长城) and
    // the changes its misses led to, 0.962 / 0.976 (栾川's villages carry their county's and township's names in the data)
    // after the seventh's changes (湘赣 read as a run), 0.971 / 0.984
    ['provinces sixth batch', provincesSixth, 0.97, 0.98],
    // seventh batch (Xinjiang, Tibet, Inner Mongolia, Guangxi, Yunnan, Guizhou, Hainan, Ningxia, Qinghai, Gansu, Jilin,
    // Heilongjiang, Liaoning, Sichuan; water works, schools, a fair, police, a court, weather), written after the sixth's
    // changes and scored once: blind 0.886 (P 0.902 R 0.871) link 0.981 (159/162); 0.902 / 0.988 once seven spans were
    // marked as the other batches mark them (援藏's 藏, 互助县委, a bare 开发区, 河湟地区, 坝上草原's way for 桑科草原);
    // after the changes its misses led to, 0.951 / 0.988 (兴坪 written only short, 北山国家森林公园, 却藏寺 of 却藏寺村 are still missed)
    ['provinces seventh batch', provincesSeventh, 0.95, 0.98],
    // eighth batch (特克斯, 芒康, 额尔古纳, 靖西, 勐腊, 荔波, 保亭, 泾源, 祁连, 麦积, 集安, 嘉荫), written after the seventh's changes
    // and scored once, the number to report: blind 0.923 (P 0.947 R 0.900) link 1.000 (102/102); with six spans marked as
    // the seventh marks them (芒康县文旅局 and four more X县/X市 before an office, 伊犁 in 伊犁马) about 0.956; after the
    // changes its misses led to (伊犁 of 伊犁哈萨克自治州, 经磨憨口岸, 黑河上游, 村文化广场), 0.989 / 1.000
    ['provinces eighth batch', provincesEighth, 0.985, 1],
  ])('%s', { timeout: 60_000 }, async (name, articles, minF1, minLink) => {
    await expectScores(places, name, articles, minF1, minLink);
  });
});
