// What a page is without and with the extension, for the highlight tests of both browsers: its
// markup, text and the boxes of its text blocks; and what the engine finds in its article.
import { extract } from '../../lib/extract';
import { highlightNameOf } from '../../lib/page/highlight-names';
import { loadPlaceIndex, prepareVillages } from '../../lib/places/place-index-node';
import { evaluateIn } from './browser';
import type { AnyPage } from './card';

// Every visible text of the fixtures sits in one of these blocks, with inline content only.
const TEXT_BLOCKS = 'h1, h3, p, li, td, .top, #header, .crumbs, .info, .share, .gg_box, .reply, .footer';

export interface PageState {
  html: string;
  innerText: string;
  blockTexts: string[];
  blockRects: number[][];
}

export function readPageState(page: AnyPage, selector = TEXT_BLOCKS): Promise<PageState> {
  return evaluateIn(
    page,
    (selector) => {
      const blocks = [...document.querySelectorAll(selector)];
      return {
        html: document.documentElement.outerHTML,
        innerText: document.body.innerText,
        blockTexts: blocks.map((block) => block.textContent ?? ''),
        blockRects: blocks.map((block) => {
          const rect = block.getBoundingClientRect();
          return [rect.x, rect.y, rect.width, rect.height];
        }),
      };
    },
    selector,
  );
}

// What the content script should highlight, by highlight name: the engine's annotations of the
// text, one block a line, less those that would cross a line.
export async function expectedHighlights(blockTexts: string[]): Promise<Record<string, string[]>> {
  const text = blockTexts.join('\n');
  const places = await loadPlaceIndex();
  await prepareVillages(text, places);
  const expected: Record<string, string[]> = {};
  for (const annotation of extract(text, { places })) {
    if (annotation.text.includes('\n')) continue;
    (expected[highlightNameOf(annotation)] ??= []).push(annotation.text);
  }
  return expected;
}
