// Scores extract() on whole English articles (en-articles.fixtures.ts) the way the evaluation
// scores a text against its gold: places and figures by exact span (strict F1), links on the
// places with a code, values on the figures found. The thresholds are the goals for
// English; a failure lists every miss, spurious annotation, wrong link and wrong value.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotation';
import { extract } from '../../lib/extract';
import type { LoadedPlaceIndex } from '../../lib/places/place-index';
import { loadPlaceIndex, prepareVillages } from '../../lib/places/place-index-node';
import { articles } from './en-articles.fixtures';
import { heldOutArticles } from './en-held-out.fixtures';
import { genresFirst, genresSecond, genresThird } from './en-genres.fixtures';
import { wireDevelopment, wireFinal, wireFourth, wireHeldOut } from './en-wire.fixtures';
import { localFirst, localSecond, localThird, localFourth, localFifth, localSixth, localSeventh, localEighth, localNinth, localTenth, localEleventh, localTwelfth, localThirteenth, localFourteenth, localFifteenth, localSixteenth } from './en-local.fixtures';
import { fullCode, readValue, unmark } from '../marked-text';
import { pairs, sameValue } from '../span-pairs';

// NF_ARTICLES (a regular expression) narrows the run to the articles whose names match it, to score one set alone
const only = process.env.NF_ARTICLES ? new RegExp(process.env.NF_ARTICLES) : undefined;
const narrowed = (set: Record<string, string>) => Object.entries(set).filter(([name]) => !only || only.test(name));
const allArticles = narrowed({ ...articles, ...heldOutArticles });

interface GoldSpan {
  kind: 'place' | 'figure';
  start: number;
  end: number;
  text: string;
  code?: string;
  value?: number | string;
  high?: number | string;
}

const MARK = /\[\[([^\]|]+)(?:\|(\d+))?\]\]|\{\{([^}|]+)\|([^}]*)\}\}/g;

/** The plain text of a marked-up article and its gold spans. */
function parse(marked: string): { text: string; gold: GoldSpan[] } {
  const { text, marks } = unmark(marked, MARK);
  const gold = marks.map(({ start, end, text: span, match: m }): GoldSpan => {
    if (m[1]) return { kind: 'place', start, end, text: span, ...(m[2] && { code: fullCode(m[2]) }) };
    const [low, high] = m[4].split('~');
    return { kind: 'figure', start, end, text: span, value: low === '' ? undefined : readValue(low), ...(high && { high: readValue(high) }) };
  });
  return { text, gold };
}



const f1 = (hits: number, gold: number, pred: number) => (hits ? (2 * hits) / (gold + pred) : 0);

let places: LoadedPlaceIndex;
beforeAll(async () => {
  places = await loadPlaceIndex();
}, 60_000);

/** The text with a line break for the space where each line would pass `width` characters, as printed text has (offsets unchanged). */
function wrap(text: string, width: number): string {
  let col = 0;
  return text.replace(/ ?[^ \n]+|\n/g, (word) => {
    if (word === '\n') {
      col = 0;
      return word;
    }
    if (col > 0 && col + word.length > width && word.startsWith(' ')) {
      col = word.length - 1;
      return `\n${word.slice(1)}`;
    }
    col += word.length;
    return word;
  });
}

/** The four scores over the articles of `set`, each text made by `form` from the article's plain text; a report of every error. */
async function score(form: (text: string) => string, set = allArticles) {
  const n = { placeGold: 0, placePred: 0, placeHit: 0, coded: 0, linked: 0, figureGold: 0, figurePred: 0, figureHit: 0, valued: 0, valueOk: 0 };
  const report: string[] = [];
  for (const [name, marked] of set) {
    const parsed = parse(marked);
    const text = form(parsed.text);
    const gold = parsed.gold.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
    // as the command line reads a file: the village packs of the provinces it names
    const annotations = extract(text, { lang: 'en', places, villageProvinces: await prepareVillages(text, places) });
    for (const kind of ['place', 'figure'] as const) {
      const g = gold.filter((s) => s.kind === kind);
      const p = annotations.filter((a) => a.kind === kind);
      const strict = pairs(g, p, true);
      const loose = pairs(g, p, false);
      n[`${kind}Gold`] += g.length;
      n[`${kind}Pred`] += p.length;
      n[`${kind}Hit`] += strict.length;
      const exact = new Set(strict.map(([s]) => s));
      const exactPred = new Set<Annotation>(strict.map(([, a]) => a));
      for (const s of g) if (!exact.has(s)) report.push(`${name} missed ${kind} ${JSON.stringify(s.text)}`);
      for (const a of p) if (!exactPred.has(a)) report.push(`${name} spurious ${kind} ${JSON.stringify(a.text)}`);
      for (const [s, a] of loose) {
        if (a.kind === 'place' && s.code) {
          if (a.place.code === s.code) n.linked++;
          else report.push(`${name} wrong link ${JSON.stringify(s.text)}: ${a.place.code} != ${s.code}`);
        } else if (a.kind === 'figure' && s.value !== undefined) {
          n.valued++;
          if (sameValue(s.value, a.figure.value) && sameValue(s.high, a.figure.high)) n.valueOk++;
          else report.push(`${name} wrong value ${JSON.stringify(s.text)}: ${JSON.stringify([a.figure.value, a.figure.high])} != ${JSON.stringify([s.value, s.high])}`);
        }
      }
    }
    // a gold place with a code that was not found at all is a wrong link too, as in the evaluation
    n.coded += gold.filter((s) => s.code).length;
  }
  const scores = {
    placeF1: f1(n.placeHit, n.placeGold, n.placePred),
    link: n.linked / n.coded,
    figureF1: f1(n.figureHit, n.figureGold, n.figurePred),
    value: n.valueOk / n.valued,
  };
  const summary = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  const why = `${JSON.stringify(summary)}\n${report.join('\n')}`;
  if (process.env.NF_REPORT) console.log(why);
  return { scores, why };
}

describe('English news articles', () => {
  it('meets the English goals: place and figure strict F1, link and value accuracy', async () => {
    const { scores, why } = await score((text) => text);
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.95);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.95);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.95);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  it('scores the same on the articles as printed, wrapped at 60 and at 38 characters, their spans keeping the line breaks', async () => {
    const plain = await score((text) => text);
    for (const width of [60, 38]) {
      const { scores, why } = await score((text) => wrap(text, width));
      expect(scores, why).toEqual(plain.scores);
    }
  }, 240_000);
});

describe('English wire copy and British local news', () => {
  // scored blind before the fixes they led to: w01-w08 at place F1 0.921, link 0.947, figure F1 0.952, value 0.993; w09-w15 at 0.881, 0.929, 0.951, 0.991
  it('scores the development set at least as it does after its fixes', async () => {
    const { scores, why } = await score((text) => text, narrowed(wireDevelopment));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // scored once, blind, after the fixes of the development set: place F1 0.963, link 0.935, figure F1 0.967, value 1.000;
  // 0.982, 0.968, 0.992, 1.000 after the fixes it led to in turn
  it('scores the held-out set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(wireHeldOut));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.96);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // scored once, blind, after the fixes of both sets above: place F1 0.922, link 1.000, figure F1 0.967, value 0.989;
  // 0.974, 1.000, 0.994, 1.000 after the fixes it led to in turn; about 0.99 / 1.000 / 1.000 / 1.000 after British villages by
  // their names' forms, streaks as ranks and partitive counts
  it('scores the final set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(wireFinal));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // scored once, blind, after the fixes of the final set and of the round after it: place F1 0.928, link 0.947, figure F1 0.950,
  // value 1.000 (two of the figure errors the gold's, corrected since); 0.986 / 1.000 / 0.976 / 1.000 after a plural place noun
  // before a list (the villages of Borrowdale and Buttermere, villages such as Xiaoqi) and England's unitary authorities of 2023
  it('scores the fourth set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(wireFourth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.97);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});

describe('English news in further genres: markets, North America and Australia, Chinese media, weather, courts, sport, health', () => {
  // scored blind: place F1 0.919, link 0.977, figure F1 0.899, value 0.988 (three figure errors the gold's, corrected since);
  // 1.000 / 1.000 / 0.994 / 0.994 after towns abroad, states' short forms, race times and distances, routes, grades and rates
  it('scores the first set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(genresFirst));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written after the fixes of the first set and scored once, blind: place F1 0.885, link 1.000, figure F1 0.992, value 1.000
  // (the one figure error the gold's, corrected since); 0.954 / 1.000 / 1.000 / 1.000 after Australia's, Canada's and Ireland's
  // towns of 1,000 people, a dateline in capitals before its agency or a dash, highways and lodges as sites, "twice as" before a name
  it('scores the second set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(genresSecond));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.95);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written after the fixes of both sets above and scored once, blind: place F1 0.966, link 0.955, figure F1 0.983, value 1.000
  // (two place errors the gold's: a park named after a place is the place alone); 0.994 / 0.977 / 0.983 / 1.000 with the gold
  // corrected and Dalaihob, the seat of Ejin Banner, by the name the press gives it
  it('scores the third set at least as it does with its gold corrected', async () => {
    const { scores, why } = await score((text) => text, narrowed(genresThird));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.97);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});

describe('English local news: county features, Hong Kong and Macao, British, Irish, US, Indian, Singapore, Malaysian, Australian and New Zealand local news, storms, sport', () => {
  // scored blind: place F1 0.778, link 1.000, figure F1 0.944, value 0.985; 0.803 / 1.000 / 0.965 / 0.993 with ten gold errors
  // corrected (China Daily and the India Meteorological Department hold their country, "over" stays outside, a month takes
  // the byline's year, Anji white tea names Anji, a test's and a day's ordinal are no rank); 0.913 / 1.000 / 0.979 / 1.000 after
  // headlines in title case, America's numbered roads, Hong Kong's and Singapore's neighbourhoods, India's cities, rupees and crore;
  // 0.916 / 1.000 / 0.986 / 1.000 with the second set's fixes
  it('scores the first set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localFirst));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.91);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written after the fixes of the first set and scored once, blind: place F1 0.879, link 0.971, figure F1 0.969, value 0.991;
  // 0.911 / 1.000 / 0.978 / 0.991 after names with two connectors between hyphens (Whitwell-on-the-Hill), a compass word before
  // a province in a headline, no article before a designator, a rail line's name, grounds, kmph and counts in hyphened words
  it('scores the second set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localSecond));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.91);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.97);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // scored once, blind: place F1 0.852, link 0.975, figure F1 0.981, value 1.000; 0.871 / 1.000 / 0.981 / 1.000 with four gold
  // errors corrected (Traffic Scotland and Penang Sentral hold their places, as Tai Po Market station holds Tai Po; Zhongqiao is no
  // 众安桥 and has no code); 0.912 / 1.000 / 0.995 / 1.000 after county clubs, headline roads before their event's word, Ireland's
  // N roads, Gaelic villages' beginnings, Malaysia's towns, ringgit, counts with more inside, and "in a decade" marked as the other
  // batches mark it; 0.962 / 1.000 / 0.995 / 1.000 with the fourth set's fixes
  it('scores the third set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localThird));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.96);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written after the fixes of the third set and scored once, blind: place F1 0.858, link 0.962, figure F1 0.982, value 1.000;
  // 0.864 / 0.962 / 0.982 / 1.000 with one gold error corrected (the Tung Chung line holds Tung Chung, as a station does);
  // 0.908 / 0.962 / 0.988 / 1.000 after more of Hong Kong's neighbourhoods, Malaysia's, Australia's and New Zealand's regions
  // and towns, American townships after a compass word, through before a town, and a reign's years in brackets; 0.913 with
  // housing estates as sites
  it('scores the fourth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localFourth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.91);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.96);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
  // written in the second round after all of the day's fixes and scored once, blind: place F1 0.861, link 0.875, figure F1 1.000,
  // value 1.000; 0.865 / 0.913 / 1.000 / 1.000 with two gold errors corrected (Nanti is no pinyin of 南台, Nantai, so that village
  // has no code; South West Water holds its region, as Transport Scotland does); 0.966 / 0.957 / 1.000 / 1.000 after ethnic
  // townships, Hong Kong's New Territories, Sabah's, Tasmania's and West Cork's towns, Kampung villages, the Township of,
  // unknown names over a hyphen, trails, a headline's road before words in lower case, a site after a surname and a word, and
  // no site ending at a word hyphened to the next
  it('scores the fifth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localFifth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.96);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.95);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written in the third round after all of the day's fixes and scored once, blind: place F1 0.835, link 1.000, figure F1 0.973,
  // value 1.000; 0.842 / 1.000 / 0.973 / 1.000 with three gold errors corrected (Yunnan and Sichuan in headlines are places, King's
  // Cross St Pancras holds St Pancras); 0.969 / 1.000 / 0.973 / 1.000 after localities after a place or a possessive (Hyde Park
  // Corner, King's Cross), no feature ending at a hyphened word, dales, ports and loughs, Irish beginnings that read as pinyin,
  // and London's, Cornwall's, Cork's, Donegal's, the Highlands' and the Dales' villages
  it('scores the sixth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localSixth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.96);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.97);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written after the sixth set's fixes and scored once, blind: place F1 0.936, link 0.915, figure F1 0.971, value 1.000; 0.944 /
  // 0.932 / 0.971 / 1.000 with one gold error corrected (Nansha district keeps its designator); 0.953 / 1.000 / 0.988 / 1.000 after
  // Qianhai's zone by its name alone, second homes as no rank, Regional and Shire Councils, and Welsh beginnings after of
  it('scores the seventh local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localSeventh));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.95);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written in the evening's second round after all of its first round's fixes and scored once, blind: place F1 0.886, link 0.911,
  // figure F1 0.955, value 1.000; 0.900 / 0.911 / 0.955 / 1.000 with two gold errors corrected (the District of Muskoka is Muskoka,
  // as the Township of Essa is Essa; the Northern Metropolis is a region); 0.959 / 0.956 / 0.955 / 1.000 after an autonomous
  // county's hyphened English name (Longsheng Multi-Ethnic), links by the designator and the place right after, an ethnic group
  // before village, streams and wolds, Lake of Bays Township, Kerry's, the Wolds' and Muskoka's villages, and Hong Kong's Tsuen
  // 0.968 / 0.978 after a site named after a unit the text names with its designator (the Longji Rice Terraces, Longji town)
  it('scores the eighth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localEighth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.96);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.97);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.95);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written in the evening's third round after all earlier rounds' fixes and scored once, blind: place F1 0.887, link 0.906,
  // figure F1 0.968, value 0.989; 0.884 / 0.906 / 0.974 / 1.000 with three gold errors corrected (the Three Gorges Dam holds the
  // Three Gorges; 'each June' takes the article's year; 'in its 22nd year' is an edition); 0.989 / 1.000 / 0.979 / 1.000 after a
  // bare name's county-level unit over a township nearer its support (Tongjiang), a shared name narrowed by its province holding
  // its townships (Wusu town of Fuyuan), ethnic townships by their name without the people (Nanyi Lhoba), Xinjiang's counties in
  // Uygur and Kazak forms (Tekes), Taiwan's counties and townships, Johor's towns, American boroughs, creeks, a river or a
  // borough named again without its word (the Wye), the Wye valley's villages, and 'first' saying when as no rank
  it('scores the ninth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localNinth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.97);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written after the ninth set's fixes and scored once, blind: place F1 0.871, link 0.938, figure F1 0.978, value 1.000; 1.000 /
  // 0.969 / 0.978 / 1.000 after Hezhe before a township's designator, Kerala's hill districts and villages, New Zealand's east
  // coast, a feature word in lower case after a feature's name (the Chaliyar river), and a township only one unit holds telling
  // which unit a shared name right after it is (Bacha Hezhe ethnic township of Tongjiang)
  it('scores the tenth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localTenth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.96);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.97);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written after the tenth set's fixes and scored once, blind: place F1 0.874, link 1.000, figure F1 0.959, value 1.000; 0.893 /
  // 1.000 / 0.959 / 1.000 with one gold error corrected (Ranau district officer holds Ranau district); 0.972 / 1.000 / 0.959 /
  // 1.000 after Coloane's villages and beaches and Sabah's highland towns
  it('scores the eleventh local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localEleventh));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.97);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.95);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written after all the evening's merges (new natural features and China's named sites) and scored once, blind: place F1
  // 0.930, link 0.971, figure F1 0.935, value 1.000; 0.941 / 1.000 / 0.987 / 1.000 with the gold put right in eight places (a
  // count's noun inside its span: 1.2 million visits, 2.1 million skiers, 78 million tourist visits; February and a headline's
  // 30,000 as figures; Qinling twice as a place; Hemu after Hemu village is the village), and 0.941 / 1.000 / 0.994 / 1.000 with
  // a ninth (the third time is no rank, as the earlier sets mark it); 0.979 / 1.000 / 0.994 / 1.000 after Pingtung's townships
  // (Xiaoliuqiu, Liuqiu Township), a harbour's word making a site (Baisha Harbor), and Altay's Kanas and Jikepulin
  it('scores the twelfth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localTwelfth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.97);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written in session 7 after all earlier fixes and scored once, blind: place F1 0.847, link 1.000, figure F1 0.991, value 1.000;
  // 0.847 / 1.000 / 1.000 / 1.000 with two gold errors put right ("Ten years ago" and "A decade ago" hold figures, as the ninth and
  // twelfth sets mark them); 0.985 / 1.000 / 1.000 / 1.000 after America's towns of 1,000 people read with context (Montpelier,
  // Barre, Johnson), a state's road with its name (Vermont Route 14, Ohio 16), no list across a headline's comma nor of two names
  // vouching for each other, Himachal Pradesh's districts, towns and rivers, Northumberland's villages, the Grampians' towns and
  // the Great Orme. Left: Central (Hong Kong's, a compass word too), Stevens Branch (a stream), Samej village (a foreign village's
  // designator)
  it('scores the thirteenth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localThirteenth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written after the thirteenth set's fixes and scored once, blind: place F1 0.937, link 1.000, figure F1 0.980, value 1.000 (no
  // gold error found); 0.989 / 1.000 / 0.993 / 1.000 after a headline opening with a state's road (Iowa 9 bridge), America's routes
  // by U.S. (U.S. 52), a feature's name after Upper or Lower (the Upper Iowa River), terraces as a site's word and an ethnic
  // group's name opening a site's (the Hani Rice Terraces). Left: Saskatchewan's small mining towns (Rocanville, Lanigan) and a
  // count after "their" (five of their eight matches)
  it('scores the fourteenth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localFourteenth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
  // written in session 7's second round after the fourteenth set's fixes and scored once, blind: place F1 0.887, link 1.000,
  // figure F1 1.000, value 1.000 (no gold error found); 0.990 / 1.000 / 1.000 / 1.000 after countries' long forms read whole (the
  // Democratic People's Republic of Korea was the Republic of Korea inside it, the Democratic Republic of Congo the Congo),
  // Africa's, Asia's and Europe's capitals by their English names (LUSAKA), a name known whole from a title word on (the Little
  // Three Gorges: Little is a title), coasts, cliffs and isles as features' words (the Jurassic Coast, East Cliff, Deer Isle),
  // pavilions as sites', and Nantou's, Lamma's, Dorset's and the Copperbelt's villages and towns. Left: Central (Hong Kong's, a
  // compass word too) and Zambia's North-Western province (a compass word hyphened)
  it('scores the fifteenth local set at least as it does after the fixes it led to', async () => {
    const { scores, why } = await score((text) => text, narrowed(localFifteenth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.98);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);

  // written in session 7's third round after all of the session's merges and scored once, blind: place F1 0.892, link 0.966,
  // figure F1 0.947, value 0.984; 0.908 / 0.966 / 0.947 / 1.000 with two gold errors put right (Jaisalmer district holds its
  // designator; a December in an article dated 2025-12-03 takes its year). Left, by category: counts of animals whose noun is
  // its own plural (70 reindeer, 1,200 reindeer: the number alone found); an Oregon state road by the state's name and its
  // number (Oregon 6: Oregon and 6 found, as Ohio 16 is read) and a U.S. route before "and U.S. 101" (U.S. 26: U.S. and 26
  // found); Rajasthan's desert towns (Pokaran, Fatehgarh) and a district's name as an Indian dateline (JAISALMER); Hulunbuir's
  // district by its pinyin (Hailar, the only wrong link); an Oregon coast town whose name is a surname too (Garibaldi).
  // Fixed in round 4, by category: animals whose noun is its own plural are counted nouns (irregularPlurals: reindeer, moose,
  // elk, bison, salmon, trout), and one before a plural is its modifier (30 reindeer herders); a state's road after a verb of
  // closing or reopening or after through (roadNumbers.before: reopen Oregon 6, through U.S. 26); Rajasthan's desert towns
  // (Pokaran, Pokhran, Fatehgarh, Bhadla, Phalodi); a town abroad in capitals opening a line before a colon is a dateline
  // (JAISALMER: ...); Oregon's north-coast towns (Garibaldi with context, Nehalem, Cannon Beach); Inner Mongolia's units by
  // their Mongolian forms (unitNames: Hailar, Zalantun, Ulanhot, Arxan). After the fixes 1.000 / 1.000 / 1.000 / 1.000; nothing left
  it('scores the sixteenth local set at least as it does after its fixes', async () => {
    const { scores, why } = await score((text) => text, narrowed(localSixteenth));
    expect(scores.placeF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.link, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.figureF1, why).toBeGreaterThanOrEqual(0.99);
    expect(scores.value, why).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});
