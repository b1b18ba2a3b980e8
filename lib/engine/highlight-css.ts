// The style sheet of NewsFacts' highlights, made from the reader's settings. The background
// inserts it into each page (page-styles.ts), so the page's DOM is never touched and Firefox,
// whose content scripts cannot adopt style sheets, gets it too. A ::highlight() rule can only
// set colours, text decoration and text shadow, which is all this uses.
import { SHADED_LEVELS, type Settings } from '../settings';
import { FIGURE_HIGHLIGHT, FLASH_HIGHLIGHT, placeHighlight } from './highlight-names';

/** The popup's reveal: the orange browsers use for the current find-in-page match. */
const FLASH_COLOUR = '#ff9632';

/** How much of each colour channel an underline keeps: a darker shade of its background. */
const UNDERLINE_SHADE = 0.45;

const darker = (hex: string): string =>
  `#${[1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * UNDERLINE_SHADE).toString(16).padStart(2, '0')).join('')}`;

/**
 * One highlight's rule. The text is black because the default colours were chosen for 4.5:1
 * contrast with black text, whatever colour the page's text is. The underline's style tells the
 * categories apart without their colour (solid figures, dotted places). Declarations are
 * !important so that no rule of the page's own can change the reader's colours.
 */
function rule(name: string, background: string, underline: 'solid' | 'dotted', thickness: number): string {
  const declarations = [
    `background-color: ${background}`,
    'color: #000',
    `text-decoration: underline ${underline} ${darker(background)} ${thickness}px`,
  ];
  return `::highlight(${name}) { ${declarations.map((d) => `${d} !important;`).join(' ')} }`;
}

/** The rules for every highlight the settings show; a category switched off gets none. */
export function highlightCss(settings: Settings): string {
  const { categories, colours } = settings;
  const rules: string[] = [];
  if (categories.figure) rules.push(rule(FIGURE_HIGHLIGHT, colours.figure, 'solid', 2));
  if (categories.place) for (const shade of SHADED_LEVELS) rules.push(rule(placeHighlight(shade), colours.place[shade], 'dotted', 2));
  rules.push(rule(FLASH_HIGHLIGHT, FLASH_COLOUR, 'solid', 3));
  return rules.join('\n');
}
