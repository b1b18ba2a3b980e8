// The content script runs in every page, so its bundle stays small: within its budget, with no
// part of the engine (figure vocabulary, compromise, the gazetteer), which lives in the background.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/chromium.mjs';

// 64 KB since the page's publication date is read in the page (lib/page/publication-date.ts, 2.5 KB), for
// the year of its dates and its saved items.
const BUDGET_BYTES = 64 * 1024;
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
