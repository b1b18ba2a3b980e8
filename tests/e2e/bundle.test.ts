// The content script runs in every page, so its bundle stays small: within its budget, with no
// part of the engine (figure vocabulary, compromise, the gazetteer), which lives in the background.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/chromium.mjs';

// 72 KB since the content script finds the article itself (lib/page/article.ts and its helpers,
// about 6 KB, where @mozilla/readability would be 35 KB and found it worse), reads a very long page
// as the reader scrolls, and the card opens on hover intent and states a figure's fact; 64 KB
// before, with the page's publication date read in the page.
const BUDGET_BYTES = 72 * 1024;
const CONTENT_SCRIPT = join(EXTENSION_DIR, 'content-scripts', 'content.js');
const BACKGROUND = join(EXTENSION_DIR, 'background.js');

// Strings only the engine's code holds: the figure vocabulary, compromise's tags, the gazetteer's facts.
const ENGINE_MARKERS = ['元人民币', '#Value', 'villagesLoaded'];

describe('the content script bundle', () => {
  it(`fits in ${BUDGET_BYTES / 1024} KB`, () => {
    const size = statSync(CONTENT_SCRIPT).size;
    console.log(`content script: ${size} bytes (${(size / 1024).toFixed(1)} KB of ${BUDGET_BYTES / 1024} KB)`);
    expect(size).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('holds none of the engine, which the background holds', () => {
    const content = readFileSync(CONTENT_SCRIPT, 'utf8');
    const background = readFileSync(BACKGROUND, 'utf8');
    for (const marker of ENGINE_MARKERS) {
      expect(background).toContain(marker);
      expect(content).not.toContain(marker);
    }
  });
});
