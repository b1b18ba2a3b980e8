// Categories of place language in county news, each in sentences of its own (not those of the
// county-news fixtures), over the real gazetteer: what each rule must find, and must not.
import { describe, expect, it } from 'vitest';
import { realPlaces } from './real-places';

const places = realPlaces();

async function found(text: string): Promise<string[]> {
  return (await places.findWithVillages(text, 'zh')).map((a) => `${a.text}/${a.place.level}${a.place.code ? '/' + a.place.code.slice(0, 6) : ''}`);
}

describe('places in county news, by category', () => {
  it.each<[string, string, string[]]>([
    ['a name both a unit and a feature, before a word only the feature takes', '巢湖北岸的湿地里，候鸟成群。游客在黄山脚下的民宿住了三天。嫩江流域今年降水偏多。', ['巢湖/natural', '黄山/natural', '嫩江/natural']],
    ['well-known deserts and gorges', '库布其沙漠的治沙工程获奖，塔克拉玛干沙漠边缘的公路通车，船队驶过瞿塘峡。', ['库布其沙漠/natural', '塔克拉玛干沙漠/natural', '瞿塘峡/natural']],
    ['a common word that encloses a place name', '村民在出海口附近养殖海带，村里的核桃园和樱桃园都挂果了。', []],
    ['a time word before a village suffix', '今年社区办了年货节。去年嘎查修了饮水工程。目前社区有党员32名。', []],
    ['a district name that is a common word', '城市的新城区和老城区都在改造。', []],
    ['a quoted word before a common word ending in a feature word', '“春运”高峰期间，车站客流激增。“双节”高峰到来。', []],
    ['a feature with a further feature word before a site word', '游客在汾河湾风景区拍照，也去了渭河湾湿地公园。', ['汾河湾/natural', '渭河湾/natural']],
    ['streets listed after a word of place; a zone word', '临泽县倪家营镇在文庙巷、府前街等老街区开展文明创建，临泽县工业集中区新落户企业3家。', [
      '临泽县/county/620723', '倪家营镇/township/620723', '文庙巷/landmark', '府前街/landmark', '临泽县/county/620723', '工业集中区/devzone',
    ]],
    ['rivers passing through, and after a word of place before a verb', '清水河从村中穿过，白龙江从城中流过。沿着清溪河修建了步道，在青龙湖种下荷花。', [
      '清水河/natural', '白龙江/natural', '清溪河/natural', '青龙湖/natural',
    ]],
    ['a river after a word of path before a word of direction', '沿着青弋江往下游走，顺着新安江向东行。', ['青弋江/natural', '新安江/natural']],
    ['a reservoir after any boundary, not a kind of reservoir nor one after a verb', '石门坎水库是全乡的灌溉水源，村里新修的龙王沟水库也已蓄水。全县兴建水库两座，中型水库除险加固，洪水冲入水库。', [
      '石门坎水库/natural', '龙王沟水库/natural',
    ]],
    ['a short village name right after its township, also one that is a county elsewhere', '定州市周村镇周村的食用菌大棚连成一片，周村镇还在大吴村建起了冷库。', [
      '定州市/county/130682', '周村镇/township/130682', '周村/village/130682', '周村镇/township/130682', '大吴村/village/130682',
    ]],
    ['a township named in full, then without its suffix where a phrase starts', '（记者 江湾）婺源县江湾镇的游客络绎不绝。从江湾出发，在江湾的老街上一路向东，就到了晓起村。', [
      '婺源县/county/361130', '江湾镇/township/361130', '江湾/township/361130', '江湾/township/361130', '晓起村/village/361130',
    ]],
    ['a one-character country form that opens a township the text names', '晋江市英林镇的服装企业众多。在英林的工业区，记者看到一派繁忙景象。', ['晋江市/county/350582', '英林镇/township/350582', '英林/township/350582']],
  ])('%s', async (_, text, expected) => expect(await found(text)).toEqual(expected));
});
