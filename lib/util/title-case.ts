// Whether a line is a headline in title case (Rural Revival Brings Tourists to Guizhou Village),
// where capitals say nothing of names: the figure finder reads a counted noun in capitals there,
// the place finder reads no feature word after a province's name (Inner Mongolia Grasslands Recover).

/** Words of four letters or more a headline in title case may leave in lower case. */
const TITLE_MINOR = new Set(['with', 'from', 'into', 'onto', 'over', 'than', 'that', 'upon', 'amid', 'after', 'under', 'since']);

/** Whether `line` is in title case: at least three longer words, each capitalised. */
export function isTitleCase(line: string): boolean {
  const words = (line.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => !TITLE_MINOR.has(w));
  return words.length >= 3 && words.every((w) => w[0] >= 'A' && w[0] <= 'Z');
}
