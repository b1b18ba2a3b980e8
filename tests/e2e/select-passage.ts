// Selects a passage of the collecting fixtures' article (`.content p`) as the reader would with the
// mouse, for the collecting tests of both browsers. It runs in the page: pass it to `evaluate`
// with the passage, self-contained.
export function selectPassageInArticle(passage: string): void {
  const paragraph = [...document.querySelectorAll('.content p')].find((p) => p.textContent!.includes(passage))!;
  const text = paragraph.firstChild as Text;
  const start = text.data.indexOf(passage);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + passage.length);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}
