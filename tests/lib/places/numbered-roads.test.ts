import { describe, expect, it } from 'vitest';
import type { PlaceAnnotation } from '../../../lib/annotation';
import { withNumberedRoads } from '../../../lib/places/numbered-roads';

const names = (places: PlaceAnnotation[]) => places.map((p) => `${p.text}/${p.place.level}`);

describe('numbered roads', () => {
  it('reads a route number with the word of its class after or before it', () => {
    const text = '沿着G318国道一路向西，转入207国道，再走国道106线和省道S217，最后上了G4高速。';
    expect(names(withNumberedRoads(text, []))).toEqual(['G318国道/landmark', '207国道/landmark', '国道106线/landmark', '省道S217/landmark', 'G4高速/landmark']);
  });

  it('reads no number without such a word, nor one inside a longer code', () => {
    expect(withNumberedRoads('G20峰会期间，5G基站和3线城市的AG600国产飞机。', [])).toEqual([]);
  });

  it('leaves a place already found alone', () => {
    const road: PlaceAnnotation = { kind: 'place', start: 0, end: 5, text: 'S305省', place: { name: 'S305省', level: 'landmark', confidence: 1 } };
    expect(withNumberedRoads('S305省道', [road])).toEqual([road]);
  });

  describe('routes named by the places they join', () => {
    // the first characters of a few units' names, as the name index gives them
    const opens = (c: string, major?: boolean) => (major ? '宁' : '兰海沪昆合武二广连霍大西宿徐建修和').includes(c);

    it('reads two characters that each open a unit name before a word of expressway or railway', () => {
      const text = '兰海高速和沪昆高铁从县境穿过，合武铁路、二广高速公路也在规划之中，连霍高速沿线。';
      expect(names(withNumberedRoads(text, [], opens))).toEqual(['兰海高速/landmark', '沪昆高铁/landmark', '合武铁路/landmark', '二广高速公路/landmark', '连霍高速/landmark']);
    });

    it('reads a third character before them that opens a prefecture\'s name, not a verb\'s nor a word of function', () => {
      expect(names(withNumberedRoads('宁宿徐高速通车，修建沪昆高铁，和沪昆高铁并行，川藏铁路开工。', [], opens))).toEqual([
        '宁宿徐高速/landmark', '沪昆高铁/landmark', '沪昆高铁/landmark', '川藏铁路/landmark',
      ]);
    });

    it('reads each route of a list before their shared word or their count, two characters each, not a list item of a word of function', () => {
      expect(names(withNumberedRoads('兰海、沪昆两条铁路交汇，合武、连霍高速相接，和武、二广铁路。', [], opens))).toEqual([
        '兰海/landmark', '沪昆/landmark', '合武/landmark', '连霍高速/landmark', '二广铁路/landmark',
      ]);
    });

    it('takes in a region of two one-character forms its name holds, not a longer region nor a place of another level', () => {
      const at = (text: string, name: string, level: 'region' | 'province', from = 0): PlaceAnnotation => {
        const start = text.indexOf(name, from);
        return { kind: 'place', start, end: start + name.length, text: name, place: { name, level, confidence: 0.9 } };
      };
      const text = '京沪高铁和广深港高铁客流创新高，京津冀城际铁路开通，京沪两地。';
      const places = [at(text, '京沪', 'region'), at(text, '深港', 'region'), at(text, '京津冀', 'region'), at(text, '京沪', 'region', 5)];
      expect(names(withNumberedRoads(text, places, () => true))).toEqual(['京沪高铁/landmark', '广深港高铁/landmark', '京津冀/region', '京沪/region']);
      const province = at('沪昆高铁', '沪', 'province');
      expect(withNumberedRoads('沪昆高铁', [province], () => true)).toEqual([province]);
    });

    it('takes in two one-character forms of its ends where one is a province\'s, not two countries\' (中老铁路)', () => {
      const at = (text: string, name: string, level: 'province' | 'country' | 'foreign'): PlaceAnnotation => {
        const start = text.indexOf(name);
        return { kind: 'place', start, end: start + 1, text: name, place: { name, level, confidence: 0.9 } };
      };
      const text = '湘黔铁路和滇越铁路';
      expect(names(withNumberedRoads(text, [at(text, '湘', 'province'), at(text, '黔', 'province'), at(text, '滇', 'province'), at(text, '越', 'foreign')], () => true))).toEqual([
        '湘黔铁路/landmark', '滇越铁路/landmark',
      ]);
      const countries = [at('中老铁路', '中', 'country'), at('中老铁路', '老', 'foreign')];
      expect(withNumberedRoads('中老铁路', countries, () => true)).toEqual(countries);
    });

    it('reads none where a character opens no unit name, nor without the test', () => {
      expect(withNumberedRoads('经济高速发展，中国铁路四通八达，乘坐高铁出行。', [], opens)).toEqual([]);
      expect(withNumberedRoads('兰海高速', [])).toEqual([]);
      expect(withNumberedRoads('兰考南站每天开行高铁列车30多对。', [], () => true)).toEqual([]);
    });
  });
});
