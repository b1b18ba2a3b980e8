// Scores extract()'s places on the county news of the south and centre (county-south.fixtures.ts) over the
// real gazetteer the way the evaluation scores a text against its gold (strict F1, link accuracy, level
// accuracy; see place-articles.ts). The thresholds hold the scores measured when the articles were last
// changed; a failure (or NF_REPORT=1) lists every miss, spurious place, wrong link and wrong level.
import { describe, it } from 'vitest';
import type { CountyArticle } from './county-articles.fixtures';
import { southFifth, southFirst, southFourth, southEighth, southNinth, southSecond, southSeventh, southEleventh, southSixth, southTenth, southThird, southThirteenth, southFourteenth, southFifteenth, southSixteenth, southSeventeenth, southEighteenth, southNineteenth, southTwelfth } from './county-south.fixtures';
import { realPlaces } from './real-places';
import { expectScores } from './place-articles';

const places = realPlaces();

describe('county news of the south and centre, scored as the evaluation scores them', () => {
  it.each<[string, CountyArticle[], number, number]>([
    // first batch (西峡, 英山, 凤凰, 铅山, 黟县, 宜兴, 松阳, 安溪, 英德, 龙胜, 奉节, 黎平), scored blind: F1 0.897 (P 0.917
    // R 0.878) link 0.955 (127/133); 0.913 once five spans were marked as the other batches mark them (中国 in three titles,
    // 长江三峡 whole, 宜兴 + 经济开发区 split); after the changes its misses led to, 0.971 / 0.993
    ['first batch', southFirst, 0.97, 0.99],
    // second batch (光山, 通道, 霍山, 高邮, 缙云, 开平, 恭城, 白沙, 蒲江, 秀山, 巍山, 雷山), written after the first's changes and
    // scored once, blind: F1 0.911 (P 0.933 R 0.890) link 0.992 (118/119); 0.920 once two spans were marked as the other
    // batches mark them (丽水市 before its bureau, 转兵纪念馆 after 通道 as 万达小镇 after 丹寨); after the changes its misses led to,
    // 0.974 / 1.000; 0.980 once 南诏国 was read as the kingdom it is
    ['second batch', southSecond, 0.979, 1],
    // third batch (修武, 宣恩, 江永, 井冈山, 绩溪, 永泰, 南雄, 富川, 琼海, 李庄, 沧源, 从江), written after the second's changes and
    // scored once, blind, the number to report: F1 0.881 (P 0.935 R 0.833) link 0.991 (107/108); 0.902 once three spans were
    // marked as the other batches mark them (修武县委, 宜宾市 and 绩溪县 before their offices); with 革命博物馆 after 井冈山 marked as
    // 转兵纪念馆 is, and after the changes its misses led to, 0.957 / 0.991 (安徽绩溪经济开发区 is still read whole); 0.971 / 1.000
    // once 博鳌 before 亚洲论坛 was read as the township
    ['third batch', southThird, 0.97, 1],
    // fourth batch (南靖, 安吉, 龙南, 汨罗, 象山, 乐业, 彭水, 于都, 元阳, 文昌, 名山, 台江: tulou and walled houses, bamboo, dragon boats,
    // typhoons, karst, river chiefs, returning workers, school consolidation), scored blind: F1 0.869 (P 0.949 R 0.802) link 0.993
    // (133/134); 0.874 once 石浦 before 渔港 was marked as GUIDELINES marks a place inside a site's name; after the changes its
    // misses led to (township short forms in lists, ports, kingdoms, titles, tiankeng, temples listed in pairs, walled houses),
    // 0.923 / 1.000
    ['fourth batch', southFourth, 0.92, 1],
    // fifth batch (华安, 梅县, 桃江, 镇远, 玉环, 永修, 浦江, 石林, 开州, 昭觉, 桐庐, 三都), in the fourth's genres, written after its
    // changes and scored once, blind, the number to report: F1 0.924 (P 0.970 R 0.883) link 0.985 (130/132); 0.930 once 永修县 before
    // its office was marked as the other batches mark it; after the changes its misses led to (a bare name a township shares with its
    // village, fishing ports, a listed site's start), 0.939 / 1.000; 0.951 after the tenth and eleventh batches' changes
    ['fifth batch', southFifth, 0.951, 1],
    // sixth batch (东山, 金山, 利川, 金秀, 潮安, 兴文, 宁国, 陵水: fishing ports, a fishing village, stilted houses and a clan
    // manor, a Yao festival, oolong tea, karst, an industrial park and returning workers, Tanka fishing rafts), written in a
    // later round after all the fifth's changes and scored once, blind, the number to report: F1 0.910 (P 0.959 R 0.866) link
    // 0.979 (92/94); 0.989 (93/94) once 沙溪乡's code, mistyped in the marking (南坪乡's), was set right; after the changes its
    // misses led to (a township's harbour, a county's zone the data names by its word alone, a rank, a park's title or an age
    // opening no name, common-word county short forms after the full name, mountains, caves, islands and sites), 0.977 / 1.000
    // (0.985 once clan halls were read: 李氏宗祠)
    // 0.985 after the twelfth's changes
    ['sixth batch', southSixth, 0.984, 1],
    // seventh batch (高州, 信丰, 古田, 融水, 歙县, 大埔, 嵊泗, 徐闻: lychee and navel orange harvests, a reservoir and hydropower
    // stations, a Miao horse-fighting festival, a high-speed railway's opening, Hakka hometown news, an island county's ferry
    // lines, a typhoon's landfall), written in a later round and scored once, blind: F1 0.913 (P 0.940 R 0.887) link 1.000 (106/106);
    // after the changes its misses led to (islands and streams named after their units, a city's name in a building's, clan
    // halls, a village listed bare whose name is a place elsewhere, a river listed after a feature, 乡亲), 0.979 / 1.000
    // 0.989 once 华东地区 was marked whole, as the other batches mark a region with 地区
    ['seventh batch', southSeventh, 0.989, 1],
    // eighth batch (苍溪, 都安, 澄海, 洪湖, 新化, 屏南, 秀屿: a kiwi harvest, poverty-relief resettlement, Chaoshan hometown news, a
    // lake's restoration, Spring Festival travel, a rural tourism route, an island's ferries), written after the seventh's changes
    // and scored once, blind, the number to report: F1 0.951 (P 0.970 R 0.933) link 1.000 (78/78); 0.961 once 湖北省 before its
    // office was marked whole, as the other batches mark a province's full name; after the changes its misses led to (a span
    // of days before 全县, a cold-chain park, a person's former home, terraces, mountains and a temple), 0.990 / 1.000; 0.995 once
    // 沙田 right after 香港 was read as Hong Kong's district
    ['eighth batch', southEighth, 0.995, 1],
    // ninth batch (秭归, 连南, 崇明, 天台, 五华, 阳西, 建德, 婺源: a navel orange harvest, a Yao festival, an island district's
    // ferries, a high-speed railway's opening, Hakka hometown news with Hong Kong's districts, a typhoon's landfall, a river below
    // a hydropower station, a rural tourism route), written in a later round after all of today's changes and scored once,
    // blind, the number to report: F1 0.891 (P 0.929 R 0.855) link 1.000 (92/92); 0.903 once 杭台高铁 was marked as the other
    // batches mark a railway line and 港澳 as GUIDELINES marks 冀鲁豫; after the changes its misses led to (clan halls of surnames
    // beyond the commonest hundred, villages of the Yao before 瑶寨, a route of old villages, rivers, hills, lakes, falls, a pier, a
    // park and 屈原故里), 0.982 / 1.000; 0.986 once 沙田 right after 香港 was read as Hong Kong's district
    // 0.996 once two villages joined by 和 were read (汪口和晓起)
    ['ninth batch', southNinth, 0.996, 1],
    // tenth batch (休宁, 武夷山, 吴江, 永定, 临高, 都昌, 无为, 青田: Huizhou villages restored, a Wuyi tea county, a water town's
    // canal, a tulou festival, a fishing port, the Poyang Lake fishing ban, a Yangtze ferry, overseas Chinese come home), written in
    // a later round after all of the ninth's changes and scored once, blind: F1 0.910 (P 0.960 R 0.864) link 1.000 (88/88); 0.914
    // once 侨乡广场, a named square, was marked a landmark as GUIDELINES marks a site with no place inside; after the changes its
    // misses led to (a township's pier, ferry and market, islets, capes, a lake that is a unit's short form elsewhere, sites and
    // halls listed after a common noun, old streets, two bare villages joined by 和, a canal), 0.967 / 1.000 (大桥 of 芜湖长江大桥 is still read as a
    // building, as paper-news-zh's category reads 红河大桥, where this batch marks only the places inside, as GUIDELINES does)
    // 0.971 after the twelfth's changes
    ['tenth batch', southTenth, 0.97, 1],
    // eleventh batch (潜江, 南县, 台山, 祁门, 苍南, 长汀, 始兴: crayfish in the rice fields, the Dongting Lake fishing ban, a hometown
    // of overseas Chinese, a high-speed railway's opening in Huizhou, a typhoon's landfall, old streets renovated, a Hakka walled
    // village's festival), written after the tenth's changes and scored once, blind, the number to report: F1 0.934 (P 0.991 R 0.884)
    // link 1.000 (80/80); after the changes its misses led to (返青, rivers before 之间, temples ending in 宫, islands after their
    // township and 的, streets ending in 街 after 的), 0.978 / 1.000
    ['eleventh batch', southEleventh, 0.978, 1],
    // twelfth batch (徽州区, 政和, 青浦, 安远, 乐东, 余干, 枞阳, 文成: Huizhou villages restored, a white tea county, a Shanghai
    // water town's rivers, a Hakka walled house festival, a fishing season's opening, the Poyang Lake fishing ban, a Yangtze car
    // ferry, a hometown of overseas Chinese), written in the evening's second round after all of the eleventh's changes and
    // scored once, blind, the number to report: F1 0.912 (P 0.977 R 0.855) link 0.990 (95/96), the same once 康山大堤 was marked
    // as GUIDELINES marks a site named after its place (康山 + 大堤); after the changes its misses led to (an old town the
    // dictionary holds by a township's name, a township's dike and beach, rivers after their place and 的, 入 of flowing in, 漈,
    // a bridge passed, sites joined by 和, two lakes listed, a street between 对 and 进行), 0.959 / 1.000; 0.969 once the
    // neighbour counties of other provinces listed after 青浦 (吴江、嘉善) were read, and 徽州 as the historic region
    ['twelfth batch', southTwelfth, 0.969, 1],
    // thirteenth batch (嘉善, 淳安, 晋江, 瑞金, 花垣, 公安, 金寨, 泗洪: the cross-border demonstration zone, a common-prosperity
    // village, a Minnan town's ancestral halls, red tourism, a Xiangxi Miao village, the flood season, a Dabie mountain county, lake
    // crab), written in the evening's third round after all of the twelfth's changes and scored once, blind, the number to
    // report: F1 0.924 (P 0.969 R 0.883) link 0.985 (128/130); after the changes its misses led to (rivers and bays named by a
    // county's or township's short form, a township's short form that is a common word, a region of a township's form),
    // 0.939 / 0.985 (129/131); 0.945 with clan halls of southern surnames and memorial halls named by a person; 0.948 with a natural
    // village before 里; 0.980 with the lakes, a bay and the sites the fifteenth's round added to the lists (祥符荡, 深沪湾, 崇湖,
    // 淤泥湖, 溧河洼, 烟雨长廊, 红井, 云山古寺, 雪枫公园)
    ['thirteenth batch', southThirteenth, 0.98, 0.98],
    // fourteenth batch (潮南, 澄迈, 南安, 吴江, 监利: a Chaoshan knitwear town, a free-trade-port county, a Minnan town's clan
    // houses, a water town of the demonstration zone, the flood season), written after the thirteenth's changes and scored once,
    // blind, the number to report: F1 0.952 (P 0.967 R 0.937) link 1.000 (68/68); 0.957 once 自由贸易港 was marked a devzone as
    // GUIDELINES marks a bare zone's word that refers to one zone; after the changes its misses led to (a verb of building
    // together, a count of rivers, 故道, a clan's old houses, Hainan's economic circles), 0.995 / 1.000; 1.000 with 盈滨半岛 listed
    ['fourteenth batch', southFourteenth, 1, 1],
    // fifteenth batch (高淳, 德清, 惠安, 兴国, 永顺, 岳西, 万宁: lake crab, a mountain town's guesthouses, a stone-carving town and
    // its old walled town, a red county's memorials, a Tujia chieftain's city, a Dabie mountain tea county, a surf bay and
    // fishing port), written in the evening's short second round after all of the first round's merges and scored once, blind,
    // the number to report: F1 0.898 (P 0.878 R 0.918) link 0.988 (81/82); 0.948 (P 0.957 R 0.940) link 0.989 (87/88) once
    // eight spans were marked as GUIDELINES and the other batches mark them (a place inside a product's or site's name: 岳西翠兰,
    // 和乐蟹, 惠安女, 高淳老街, 长冈乡调查纪念馆 and 《长冈乡调查》; 旅游度假区 and 温泉度假区 whole as devzones); after the changes
    // its misses led to (a township's old walled town, 古镇老街, bays and a resort named after its bay, sites), 0.974 / 1.000
    // (松村村, a village whose name ends in 村, is still read 松村; 酉水河畔 is read 酉水河; 港北港 and 小海 are missed)
    ['fifteenth batch', southFifteenth, 0.974, 1],
    // sixteenth batch (泰顺, 霞浦, 和平, 浠水, 新县, 溧阳, 昭平, 南澳, 奉贤: covered bridges, laver on the mudflats and islands,
    // Hakka four-cornered houses, the flood season on a county's rivers, red memorials and old villages, a country road and
    // white tea, an old town and its tea, an island county's fishing season, yellow peaches), written in the evening's third
    // round and scored blind: F1 0.916 (P 0.965 R 0.872) link 0.991 (109/110), no mark put right; after the changes its
    // misses led to (villages whose own name ends in 镇 or 乡, dropped from the packs as a township's seat: 石镇村; islets of
    // 屿 and islands before 上的 or a list of islands; a lake before its national wetland park; a site before 景区; streets
    // before 两旁; bridges before their count and 边; counties of a neighbouring province after 正与), 0.968 / 0.991 (承天 in
    // 承天氡泉, 司马第 and 总兵府, 焕公祠, 闻一多纪念馆 (闻 is no surname the lists hold), 和平 alone, the river 金汇港 read as
    // 金汇镇 and 廊桥文化园 read as a named park are left)
    ['sixteenth batch', southSixteenth, 0.965, 0.99],
    // seventeenth batch (岱山, 汝城, 乐平, 石台, 蕉岭, 通山, 藤县: an island county's fishing season, half a quilt and clan halls,
    // old opera stages, selenium-rich tea, a longevity county, a mountain county's rural tourism, a river port's ceramics), written
    // after the sixteenth's changes and scored once, blind, the number to report: F1 0.947 (P 0.947 R 0.947) link 0.988 (80/81);
    // 0.952 link 0.988 (81/82) once 赣 of 赣剧 was marked as abbreviation-contexts.json's namesOfArts and the public NER sets
    // mark 京 of 京剧; after the changes its misses led to (tombs named with 陵, a port's wharf), 0.960 / 0.988 (伍村村, which
    // the data names 伍村 from its committee 伍村村委会, is read 伍村; 敦本堂 holds 本, a word no name's core may hold; a
    // quoted title after 中国 (“中国古祠堂博物馆”) is read as a museum; 长寿村 quoted as a title is read as a village; 沙洲村 is
    // not linked to the data's 沙洲瑶族村; 隐水洞, 富水湖 and the peak 皇佑笔 named bare are left)
    ['seventeenth batch', southSeventeenth, 0.955, 0.98],
    // eighteenth batch (平潭, 洞头, 兴宁, 寻乌, 蕲春, 靖州, 钟山, 兴化: an island county's sea stacks and bays, a ferry
    // suspension notice, an interview on Hakka round houses, a government work report, a medicine festival, a bayberry
    // festival, old villages and a guild hall, a traffic police notice), written in the evening's round 2 after the sixteenth's
    // and seventeenth's changes were merged, and scored once, blind, the number to report: F1 0.898 (P 0.940 R 0.859) link
    // 0.983 (119/121); 0.909 (P 0.952 R 0.870) link 0.992 (119/120) once two spans were marked as GUIDELINES marks them (平潭岛
    // of 平潭岛上 is the island, not the county; 粤东 of 粤东会馆 is the region inside a site's name, as 岳西 of 岳西翠兰); after
    // the changes its misses led to (islands, sea stacks, bays, rocks and lakes of the coast and the lower Huai the lists
    // lacked: 鹿西岛, 石牌洋, 长江澳, 仙叠岩, 青龙岩 over 龙岩, 大纵湖, 雨湖, 东江; provinces in a run before 边际 (赣闽粤);
    // a village before 苗寨; 峰林 after a transliterated word; a township's short form before 景区; a river before 源头 over the
    // village named after its source), 0.981 / 1.000 (会同 after 与, where 与会 is read first; 千垛 before 菜花节; the road
    // 兴东线 and 缸顾 before 路口; the natural village 老屋下; the archway 恩荣牌坊 are left)
    ['eighteenth batch', southEighteenth, 0.975, 0.99],
    // nineteenth batch (庆元, 旌德, 遂川, 桐柏, 郧西, 江华: a mushroom festival's photo captions, a tender notice for an old
    // village's restoration, a spring tea market report, a call for river volunteers at the Huai's source, a Qixi festival's
    // programme, a reply to a netizen's message on a county road), written in the evening's round 3 after both earlier rounds
    // were merged and scored once, blind, the number to report: F1 0.922 (P 0.950 R 0.897) link 1.000 (95/95), no mark put
    // right, no change made for it. Its misses, by category: a village whose own name ends in 村 read without it (江村村 read
    // 江村); a region before 地区 read without it (徽州地区 read 徽州); peaks read with the word after them (百山祖主峰,
    // 南风面山 of 南风面山脚下) or named after their mountain (太白顶 after 桐柏山); a river inside a square's name read as the
    // square (天河广场), the same river named bare after 寻梦 and 沿 (天河: landmark-words.json holds it among notNames,
    // features.json lacks the river), and a river before 灯光秀 (汉江, missed with or without 暨 before it); a township's
    // short form before 红色圩场 (草林); a reservoir after 其中 read with its 中 (中涔天河水库); sites with no clue word (淮井,
    // 何家大院). After the round-4 changes they led to (peaks, rivers and sites listed: 太白顶, 南风面, the Yunxi 天河, 淮井,
    // 何家大院; 主 of 主峰 no part of a mountain's name; 徽州地区 as 华东地区; 其中 no part of a name after it; a township's
    // short form before 水电站 and 圩场), 0.984 (P 0.992 R 0.976) / 1.000 (95/95) (江村村 is still read 江村, as 松村村 and
    // 伍村村 were; 草林 before 红色圩场, with a word between, and 汉江 before 灯光秀, no word only a river takes, are left)
    ['nineteenth batch', southNineteenth, 0.98, 1],
  ])('%s', { timeout: 60_000 }, async (name, articles, minF1, minLink) => {
    await expectScores(places, name, articles, minF1, minLink);
  });
});
