// Scores extract()'s places on marked articles ([[span|level]] or [[span|level|code]], the code's
// leading digits) over the real gazetteer the way the evaluation scores a text against its gold:
// strict F1 (identical offsets), link accuracy on the gold places with a code (a place found
// overlapping at least half its span must carry that code), and level accuracy on the strict
// matches. A failure (or NF_REPORT=1) lists every miss, spurious place, wrong link and wrong level.
import { expect } from 'vitest';
import type { Lang } from '../../lib/annotation';
import type { RealPlaces } from './real-places';
import { fullCode, unmark } from '../marked-text';
import { pairs } from '../span-pairs';

export interface MarkedArticle {
  province: string;
  /** The text's language, zh unless told. */
  lang?: Lang;
  marked: string;
}

interface GoldPlace {
  start: number;
  end: number;
  text: string;
  level: string;
  code?: string;
}

const MARK = /\[\[([^\]|]+)\|([a-z]+)(?:\|(\d+))?\]\]/g;

/** The plain text of a marked-up article and its gold places. */
export function parseMarked(marked: string): { text: string; gold: GoldPlace[] } {
  const { text, marks } = unmark(marked, MARK);
  return { text, gold: marks.map(({ start, end, text: span, match: m }) => ({ start, end, text: span, level: m[2], ...(m[3] && { code: fullCode(m[3]) }) })) };
}

export interface Score {
  gold: number;
  found: number;
  strict: number;
  coded: number;
  linked: number;
  levels: number;
  misses: string[];
}

/** The articles' places as the engine finds them with the village packs of the provinces each names. */
export async function score(places: RealPlaces, articles: MarkedArticle[]): Promise<Score> {
  const s: Score = { gold: 0, found: 0, strict: 0, coded: 0, linked: 0, levels: 0, misses: [] };
  for (const article of articles) {
    const { text, gold } = parseMarked(article.marked);
    const found = await places.findWithVillages(text, article.lang ?? 'zh');
    s.gold += gold.length;
    s.found += found.length;
    const strict = pairs(gold, found, true);
    s.strict += strict.length;
    for (const [g, p] of strict) {
      if (p.place.level === g.level) s.levels++;
      else s.misses.push(`${article.province}: level of ${g.text}@${g.start} ${p.place.level} != ${g.level}`);
    }
    const loose = pairs(gold, found, false);
    const hitGold = new Set(strict.map(([g]) => g));
    const hitFound = new Set(strict.map(([, p]) => p));
    for (const g of gold) if (!hitGold.has(g)) s.misses.push(`${article.province}: missed ${g.text}@${g.start}`);
    for (const p of found) if (!hitFound.has(p)) s.misses.push(`${article.province}: spurious ${p.text}@${p.start} (${p.place.level})`);
    for (const [g, p] of loose) {
      if (!g.code) continue;
      s.coded++;
      if (p.place.code === g.code) s.linked++;
      else s.misses.push(`${article.province}: wrong link ${g.text}@${g.start} ${p.place.code ?? 'none'} != ${g.code}`);
    }
  }
  return s;
}

export const f1 = (s: Score): number => (s.strict ? (2 * s.strict) / (s.gold + s.found) : 0);

/** Prints a score and its misses where NF_REPORT is set. */
export function report(name: string, s: Score): void {
  if (!process.env.NF_REPORT) return;
  const p = (x: number) => x.toFixed(3);
  console.log(
    `${name}: gold ${s.gold} found ${s.found} strict ${s.strict} P ${p(s.strict / s.found)} R ${p(s.strict / s.gold)} F1 ${p(f1(s))}` +
      ` link ${p(s.linked / s.coded)} (${s.linked}/${s.coded}) level ${p(s.levels / s.strict)}\n  ${s.misses.join('\n  ')}`,
  );
}

/** Scores a batch and fails below its floors on strict F1 and link accuracy, listing the misses. */
export async function expectScores(places: RealPlaces, name: string, articles: MarkedArticle[], minF1: number, minLink: number): Promise<void> {
  const s = await score(places, articles);
  report(name, s);
  expect({ f1: f1(s) >= minF1, link: s.coded === 0 || s.linked / s.coded >= minLink, misses: s.misses }).toMatchObject({ f1: true, link: true });
}
