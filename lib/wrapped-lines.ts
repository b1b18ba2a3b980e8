// Text printed with hard line breaks (a newspaper's column, a PDF's lines, an article kept "as
// printed") breaks English phrases across lines: "18\npercent", "Guangdong\nProvince", "June\n28,
// 2007". English reading takes such a break for the space it stands for. One character replaces
// one, so every offset read from the result is the text's own.

/** Lines shorter than this are bylines or list items, not running text; to tell a wrapped text, shorter than `RUNNING_LINE` neither. */
const WRAPPED_LINE = 12;
const RUNNING_LINE = 25;
/** How a line that runs on into the next ends: without a stop, colon or closing quote. */
const RUNS_ON = /[^.!?:;"”’)\]\s]\s*$/;

const isWrapped = (line: string, next: string | undefined, least = WRAPPED_LINE): boolean => line.trim().length >= least && !!next?.trim();

/**
 * `text` with each line break inside a paragraph made a space, when the text is wrapped: at
 * least three lines of running text end mid-phrase, and they are three in ten of its lines with
 * words (a page with one paragraph per line ends nearly every line with a stop). Otherwise
 * `text` itself; a blank line (a paragraph's end) is always kept.
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let runOn = 0;
  let withWords = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim()) withWords++;
    if (isWrapped(lines[i], lines[i + 1], RUNNING_LINE) && RUNS_ON.test(lines[i])) runOn++;
  }
  if (runOn < 3 || runOn * 10 < withWords * 3) return text;
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) out += (isWrapped(lines[i - 1], lines[i]) ? ' ' : '\n') + lines[i];
  return out;
}
