// News pages made from the generated corpus, for the browser benchmark and the large-page test:
// an article of a given size inside a page with a masthead and links, as real pages have them.
import { newsCorpus, type CorpusPlaces } from './corpus';

/** A page whose article holds about `bytes` of UTF-8 text, in paragraphs of about 600 characters. */
export function newsPage(bytes: number, places: CorpusPlaces, title = '淄博日报 合订本'): string {
  const paragraphs: string[] = [];
  let size = 0;
  for (let seed = 1; size < bytes; seed++) {
    const text = newsCorpus(600, places, seed);
    paragraphs.push(`<p>${text}</p>`);
    size += Buffer.byteLength(text);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.8 "WenQuanYi Micro Hei",sans-serif;margin:0 auto;max-width:900px}</style></head>
<body><div class="nav"><a href="#">首页</a> <a href="#">要闻</a></div><article><h1>${title}</h1>${paragraphs.join('\n')}</article></body></html>`;
}
