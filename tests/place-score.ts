// Scores the places extract() finds in Chinese articles whose gold is marked inline, as the
// evaluation scores a text: exact spans, with the codes and levels of the places marked with one,
// and the news-ner scorer's looser count beside them (a gold place found when a found one covers at
// least half of their union; a found place right when it overlaps a gold one). What is marked ((…))
// is neither right nor wrong. A failure, or NF_REPORT=1, lists every miss, spurious place, wrong
// code and wrong level. Marks:
//   [[span]]           a place of any level
//   [[span|37]]        a unit, with its code's leading digits
//   [[span|n]]         a natural feature (n), a landmark or named site (l), an informal region (r),
//                      a place abroad (f: a country, city or division outside China)
//   ((span))           neither right nor wrong (an organisation's name)
import { expect, it } from 'vitest';
import type { PlaceAnnotation, PlaceLevel } from '../lib/annotation';
import { fullCode, unmark } from './marked-text';
import type { RealPlaces } from './data/real-places';
import { overlaps } from './span-pairs';

interface Gold {
  start: number;
  end: number;
  text: string;
  code?: string;
  level?: PlaceLevel;
}

const MARK = /\[\[([^\]|]+)(?:\|(\d+|[nlrf]))?\]\]|\(\(([^)]+)\)\)/g;
const LEVELS: Record<string, PlaceLevel> = { n: 'natural', l: 'landmark', r: 'region', f: 'foreign' };

function parse(marked: string): { text: string; gold: Gold[]; neutral: Gold[] } {
  const { text, marks } = unmark(marked, MARK);
  const gold: Gold[] = [];
  const neutral: Gold[] = [];
  for (const { start, end, text: span, match: m } of marks) {
    const tag = m[2];
    if (!m[1]) neutral.push({ start, end, text: span });
    else gold.push({ start, end, text: span, ...(tag && (/\d/.test(tag) ? { code: fullCode(tag) } : { level: LEVELS[tag] })) });
  }
  return { text, gold, neutral };
}

interface Score {
  gold: number;
  pred: number;
  exact: number;
  right: number;
  /** Gold places a found one covers at least half of (their overlap over their union), and found places that overlap a gold one: news-ner's count. */
  covered: number;
  touching: number;
  /** Marked codes and levels, and how many of them the found place has. */
  tagged: number;
  taggedRight: number;
  report: string[];
}

const overlapShare = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  (Math.min(a.end, b.end) - Math.max(a.start, b.start)) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

function score(places: RealPlaces, articles: Record<string, string>): Score {
  const s: Score = { gold: 0, pred: 0, exact: 0, right: 0, covered: 0, touching: 0, tagged: 0, taggedRight: 0, report: [] };
  for (const [name, marked] of Object.entries(articles)) {
    const { text, gold, neutral } = parse(marked);
    const found: PlaceAnnotation[] = places.find(text, 'zh').filter((p) => !neutral.some((o) => overlaps(o, p)));
    s.gold += gold.length;
    s.pred += found.length;
    for (const g of gold) {
      if (found.some((p) => overlaps(p, g) && overlapShare(p, g) >= 0.5)) s.covered++;
      const same = found.find((p) => p.start === g.start && p.end === g.end);
      if (!same) {
        const near = found.filter((f) => overlaps(f, g)).map((f) => f.text);
        s.report.push(`${name} missed ${g.text}${near.length ? ` (found ${near.join('+')})` : ''}`);
        continue;
      }
      s.exact++;
      if (g.code || g.level) {
        s.tagged++;
        if (g.code ? same.place.code === g.code : same.place.level === g.level) s.taggedRight++;
        else s.report.push(`${name} wrong ${g.text}: ${same.place.code ?? same.place.level} for ${g.code ?? g.level}`);
      }
    }
    for (const p of found) {
      if (gold.some((g) => overlaps(g, p))) s.touching++;
      if (gold.some((g) => g.start === p.start && g.end === p.end)) s.right++;
      else s.report.push(`${name} spurious ${p.text}/${p.place.level}`);
    }
  }
  return s;
}

/**
 * Scores a batch; the floors are on recall, precision and the share of codes and levels right,
 * counted by exact spans or, for general news whose marks follow the public NER sets, news-ner's way.
 */
export function checkPlaces(
  places: RealPlaces,
  title: string,
  articles: Record<string, string>,
  minRecall: number,
  minPrecision: number,
  minTagged: number,
  count: 'exact' | 'news-ner' = 'exact',
) {
  it(`${title}: recall >= ${minRecall}, precision >= ${minPrecision} (${count}), codes and levels >= ${minTagged}`, () => {
    const s = score(places, articles);
    const recall = (count === 'exact' ? s.exact : s.covered) / s.gold;
    const precision = (count === 'exact' ? s.right : s.touching) / s.pred;
    const tagged = s.tagged ? s.taggedRight / s.tagged : 1;
    const summary =
      `${title}: gold ${s.gold} found ${s.pred}; exact-span recall ${recall.toFixed(3)} precision ${precision.toFixed(3)}; ` +
      `news-ner's way ${(s.covered / s.gold).toFixed(3)} / ${(s.touching / s.pred).toFixed(3)}; codes and levels ${s.taggedRight}/${s.tagged}`;
    if (process.env.NF_REPORT) console.log([summary, ...s.report].join('\n'));
    expect({ summary, recall: recall >= minRecall, precision: precision >= minPrecision, tagged: tagged >= minTagged, report: s.report }).toMatchObject({
      recall: true,
      precision: true,
      tagged: true,
    });
  });
}
