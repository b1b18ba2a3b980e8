import { describe, expect, it } from 'vitest';
import type { PlaceAnnotation } from '../../../lib/annotation';
import { TransliterationTable, withTransliterated } from '../../../lib/places/transliterated';

// a hand-made table: strong characters occur mostly in transliterated names, weak ones often
const table = new TransliterationTable({ strong: '斯尔帕茨坦贾肯特', weak: '拉萨阿德马克加' });
const names = (text: string, places: PlaceAnnotation[] = []) =>
  withTransliterated(text, places, table).map((p) => `${p.text}/${p.place.level}${p.place.code ?? ''}`);

describe('foreign places written in transliteration before a word of division', () => {
  it.each<[string, string[]]>([
    ['军队在恰帕斯州发现了游击队营地。', ['恰帕斯州/foreign']],
    ['拉贾斯坦邦的沙漠地区进行了试验。', ['拉贾斯坦邦/foreign']],
    ['试验先在肯特郡进行。', ['肯特郡/foreign']],
    ['阿尔萨斯大区的区长出席了仪式。', ['阿尔萨斯大区/foreign']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it('reads a name before a word of a natural feature too (a feature), not before a word that opens with one (湖人)', () => {
    expect(names('船队在拉斯帕尔马斯港补给，游客到阿特拉斯山脉游览。')).toEqual(['拉斯帕尔马斯港/foreign', '阿特拉斯山脉/natural']);
    expect(names('这是在阿特斯湖人生涯的第一个赛季。')).toEqual([]);
  });

  it('needs one strong character: weak ones alone make Chinese words (马克思主义, 拉萨市)', () => {
    expect(names('拉萨市举行了纪念活动。')).toEqual([]);
  });

  it('needs two characters before the division word (特区, 全市), two of them after one of another kind (加上特区)', () => {
    expect(names('特区政府和全市人民')).toEqual([]);
    expect(names('头脑灵活，加上特区政府的支持')).toEqual([]);
  });

  it('reads a longer name that a feature of China ends in (巴河 in 瓜伊巴河: here 马河 in 德尔马河)', () => {
    const river: PlaceAnnotation = { kind: 'place', start: 5, end: 7, text: '马河', place: { name: '马河', level: 'natural', confidence: 0.9 } };
    expect(names('洪水因德尔马河暴涨。', [river])).toEqual(['德尔马河/natural']);
  });

  it('leaves a place already found alone', () => {
    const found: PlaceAnnotation = { kind: 'place', start: 0, end: 4, text: '恰帕斯州', place: { name: '恰帕斯州', level: 'foreign', confidence: 0.9 } };
    expect(withTransliterated('恰帕斯州发生地震。', [found], table)).toEqual([found]);
  });
});

describe('features and divisions named after a place abroad the data lists', () => {
  const cityTable = new TransliterationTable({ strong: '斯尔帕茨坦贾肯特', weak: '拉萨阿德马克加' }, ['顿涅茨克', '熊本']);
  const abroad = (text: string, name: string): PlaceAnnotation => {
    const start = text.indexOf(name);
    return { kind: 'place', start, end: start + name.length, text: name, place: { name, level: 'foreign', confidence: 0.9 } };
  };
  const read = (text: string, ...found: string[]) =>
    withTransliterated(text, found.map((n) => abroad(text, n)), cityTable).map((p) => `${p.text}/${p.place.level}`);

  it('reads a place abroad before a word of a natural feature as that feature (泰国湾, 夏威夷群岛)', () => {
    expect(read('船只驶入泰国湾，途经夏威夷群岛。', '泰国', '夏威夷')).toEqual(['泰国湾/natural', '夏威夷群岛/natural']);
  });

  it('not before a word a feature\'s word opens (日本岛内, 美国湾区)', () => {
    expect(read('日本岛内舆论哗然。', '日本')).toEqual(['日本/foreign']);
  });

  it('reads a country\'s name right after another place abroad as the start of the name after it (马里 of 马里科帕县), not after a boundary', () => {
    const countryTable = new TransliterationTable({ strong: '斯尔帕茨坦贾肯特', weak: '拉萨阿德马克加里科' }, [], ['马里', '智利']);
    const readWith = (text: string, ...found: string[]) =>
      withTransliterated(text, found.map((n) => abroad(text, n)), countryTable).map((p) => `${p.text}/${p.place.level}`);
    expect(readWith('亚利桑那州马里科帕县的选民', '亚利桑那州', '马里')).toEqual(['亚利桑那州/foreign', '马里科帕县/foreign']);
    expect(readWith('南美智利阿拉斯加大区的矿山', '智利')).toEqual(['智利/foreign', '阿拉斯加大区/foreign']);
    expect(readWith('亚利桑那州和马里科帕县', '亚利桑那州', '马里')).toEqual(['亚利桑那州/foreign', '马里/foreign', '科帕县/foreign']);
  });

  it('reads a city abroad before a word of division as the division named after it, not a country nor its governor', () => {
    expect(read('顿涅茨克州和熊本县发生灾害。', '顿涅茨克', '熊本')).toEqual(['顿涅茨克州/foreign', '熊本县/foreign']);
    expect(read('美国州长会议召开，顿涅茨克州长讲话。', '美国', '顿涅茨克')).toEqual(['美国/foreign', '顿涅茨克/foreign']);
  });
});

describe('a transliterated name after a word of a city', () => {
  it('reads it where a word that may follow a place closes it (北部城市阿斯特拉遭到, 首府帕尔马的)', () => {
    expect(names('北部城市阿斯特拉遭到空袭，首府帕尔马的局势紧张。')).toEqual(['阿斯特拉/foreign', '帕尔马/foreign']);
  });

  it('takes a word of division or of a feature right after it (首府帕尔马港)', () => {
    expect(names('首府帕尔马港因暴雨关闭。')).toEqual(['帕尔马港/foreign']);
  });

  it('not an ordinary word after 城市 nor a run that a word of another kind goes on (城市斯文有礼, 城市拉萨市)', () => {
    expect(names('这个城市斯文有礼，首都马克思主义学院。')).toEqual([]);
  });
});

