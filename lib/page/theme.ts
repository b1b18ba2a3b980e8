// Whether the page is dark where a fact stands, so the hover card can match it.

/** The channels of a computed colour (rgb() or rgba(), as getComputedStyle gives them), alpha 0-1. */
export function parseRgb(css: string): [number, number, number, number] | undefined {
  if (!css.startsWith('rgb')) return undefined;
  const [r, g, b, alpha = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return b === undefined ? undefined : [r, g, b, alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance(r: number, g: number, b: number): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Below this luminance a background counts as dark (about #777, where black and white text contrast alike). */
const DARK_BELOW = 0.18;

/**
 * Whether the page is dark behind `element`: the first background colour that is mostly opaque,
 * from the element up to the root; with none, the canvas, dark when the root asks for a dark
 * colour scheme and the browser shows one.
 */
export function isDarkBehind(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let e: Element | null = element; e; e = e.parentElement) {
    const colour = parseRgb(view.getComputedStyle(e).backgroundColor);
    if (colour && colour[3] >= 0.5) return relativeLuminance(colour[0], colour[1], colour[2]) < DARK_BELOW;
  }
  const scheme = view.getComputedStyle(element.ownerDocument.documentElement).colorScheme ?? '';
  return scheme.includes('dark') && (!scheme.includes('light') || view.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
}
