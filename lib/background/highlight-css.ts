// The style sheet of NewsFacts' highlights, made from the reader's settings. The background
// inserts it into each page (page-styles.ts), so the page's DOM is never touched and Firefox,
// whose content scripts cannot adopt style sheets, gets it too. A ::highlight() rule can only
// set colours, text decoration and text shadow, which is all this uses; the same declarations
// colour the marks of the fallback for browsers without the Highlight API.
import { SHADED_LEVELS, type Settings } from '../settings';
import {
  FIGURE_HIGHLIGHT, FIGURE_MARK, FLASH_HIGHLIGHT, MARK_FLASH_ATTRIBUTE, MARK_TAG, placeHighlight, placeMark,
} from '../page/highlight-names';

/** The popup's reveal: the orange browsers use for the current find-in-page match. */
const FLASH_COLOUR = '#ff9632';

/** How much of each colour channel an underline keeps: a darker shade of its background. */
const UNDERLINE_SHADE = 0.45;

interface Look {
  background: string;
  underline: 'solid' | 'dotted';
  thickness: number;
}

const darker = (hex: string): string =>
  `#${[1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * UNDERLINE_SHADE).toString(16).padStart(2, '0')).join('')}`;

/** Marks with these attributes, with no more weight than the tag (:where), so that a flash wins. */
const markSelector = (attributes: Readonly<Record<string, string>>): string =>
  `${MARK_TAG}:where(${Object.entries(attributes).map(([name, value]) => `[${name}="${value}"]`).join('')})`;

/**
 * A look as a ::highlight() rule and a rule for the marks: two rules, because a browser drops a
 * whole rule that names a pseudo-element it lacks. The text is black because the default colours
 * were chosen for 4.5:1 contrast with black text, whatever colour the page's text is. The
 * underline's style tells the categories apart without their colour (solid figures, dotted
 * places). Declarations are !important so that no rule of the page's own can change the reader's colours.
 */
function rules(highlight: string, mark: string, { background, underline, thickness }: Look): string[] {
  const declarations = [`background-color: ${background}`, 'color: #000', `text-decoration: underline ${underline} ${darker(background)} ${thickness}px`];
  const body = `{ ${declarations.map((d) => `${d} !important;`).join(' ')} }`;
  return [`::highlight(${highlight}) ${body}`, `${mark} ${body}`];
}

/** The rules for every highlight the settings show; a category switched off gets none. */
export function highlightCss(settings: Settings): string {
  const { categories, colours } = settings;
  const out: string[] = [];
  if (categories.figure) out.push(...rules(FIGURE_HIGHLIGHT, markSelector(FIGURE_MARK), { background: colours.figure, underline: 'solid', thickness: 2 }));
  if (categories.place) {
    for (const shade of SHADED_LEVELS) {
      out.push(...rules(placeHighlight(shade), markSelector(placeMark(shade)), { background: colours.place[shade], underline: 'dotted', thickness: 2 }));
    }
  }
  out.push(...rules(FLASH_HIGHLIGHT, `${MARK_TAG}[${MARK_FLASH_ATTRIBUTE}]`, { background: FLASH_COLOUR, underline: 'solid', thickness: 3 }));
  return out.join('\n');
}
