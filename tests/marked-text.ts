// The scoring tests' fixtures mark their gold inside the text ([[淄博|37]], {{3.5亿元|money|3.5e8}}),
// so an article and its gold are written and read together. This reads such a text back: the plain
// text the engine is given, and where each mark's span lies in it. Each test says only what its
// marks look like (its pattern) and what a mark holds (from the match's groups).

export interface Mark {
  start: number;
  end: number;
  /** The marked words, as they stand in the plain text. */
  text: string;
  /** The pattern's match, for the mark's other fields (a code, a level, a value). */
  match: RegExpMatchArray;
}

/** The plain text of `marked` and its marks; a mark's span is the first capture group of `pattern` (global) that matched. */
export function unmark(marked: string, pattern: RegExp): { text: string; marks: Mark[] } {
  let text = '';
  let at = 0;
  const marks: Mark[] = [];
  for (const match of marked.matchAll(pattern)) {
    text += marked.slice(at, match.index);
    at = match.index + match[0].length;
    const span = match.slice(1).find((group) => group !== undefined) ?? '';
    const start = text.length;
    text += span;
    marks.push({ start, end: text.length, text: span, match });
  }
  return { text: text + marked.slice(at), marks };
}

/** A gold value as written in a mark: a number where it reads as one (3.5e8, -2.1), else the text (an ISO date, "2023-Q1"). */
export const readValue = (v: string): number | string => (/^-?[\d.]+(?:e\d+)?$/.test(v) ? Number(v) : v);

/** A gold division code written short in a mark (37, 3703) as the 12 digits annotations carry. */
export const fullCode = (code: string): string => code.padEnd(12, '0');
