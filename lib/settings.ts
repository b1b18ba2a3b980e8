// The reader's settings: which sites NewsFacts annotates, which categories, in which colours,
// the home region for linking, article or whole page, and the UI language. Stored by the
// extension (browser.storage.local, key SETTINGS_KEY); this module only defines and checks them,
// so a damaged or older stored value never breaks the extension: it is repaired field by field.
import type { PlaceLevel } from './annotation';

/** Place levels that get a shade of their own; every other level uses `other`. */
export type ShadedLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village' | 'other';
export const SHADED_LEVELS: readonly ShadedLevel[] = ['province', 'prefecture', 'county', 'township', 'village', 'other'];

export interface Settings {
  /** Whether a site not in `sites` is annotated. */
  enabledByDefault: boolean;
  /** Host name (news.example.cn) -> annotated or not, overriding the default. */
  sites: Record<string, boolean>;
  categories: { figure: boolean; place: boolean };
  /** CSS colours (#rrggbb) of the highlights' backgrounds. */
  colours: { figure: string; place: Record<ShadedLevel, string> };
  /** Division code of the reader's home region; '' takes it from the site when it is a known regional outlet. */
  homeRegion: string;
  /** Annotate the article only (found as reader modes do) or the whole page. */
  scope: 'article' | 'page';
  /** Language of the extension's own UI; 'auto' follows the browser. */
  language: 'auto' | 'zh' | 'en';
}

export const SETTINGS_KEY = 'local:settings';

/**
 * Default colours: Paul Tol's "light" qualitative scheme (made for cells behind black text, and
 * told apart with colour-vision deficiency), one hue per place level, so that a province, a
 * county and a village no longer look alike (five near-identical blues before). Black text keeps
 * 7:1 or more on each, each stands out from a white page, and on a dark page each is a bright
 * patch with the highlight's own black text (tests/lib/settings.test.ts checks all three).
 */
export const DEFAULT_SETTINGS: Settings = {
  enabledByDefault: true,
  sites: {},
  categories: { figure: true, place: true },
  colours: {
    figure: '#eedd88',
    place: { province: '#77aadd', prefecture: '#ee8866', county: '#44bb99', township: '#ffaabb', village: '#bbcc33', other: '#99ddff' },
  },
  homeRegion: '',
  scope: 'article',
  language: 'auto',
};

const COLOUR = /^#[0-9a-f]{6}$/i;
const CODE = /^\d{12}$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
const colour = (v: unknown, fallback: string): string => (typeof v === 'string' && COLOUR.test(v) ? v : fallback);

/** A valid Settings from whatever was stored (nothing, an older shape, damaged data). */
export function normalizeSettings(stored: unknown): Settings {
  const s = isRecord(stored) ? stored : {};
  const d = DEFAULT_SETTINGS;
  const sites: Record<string, boolean> = {};
  if (isRecord(s.sites)) for (const [host, on] of Object.entries(s.sites)) if (typeof on === 'boolean' && host) sites[host.toLowerCase()] = on;
  const categories = isRecord(s.categories) ? s.categories : {};
  const colours = isRecord(s.colours) ? s.colours : {};
  const placeColours = isRecord(colours.place) ? colours.place : {};
  const place = Object.fromEntries(SHADED_LEVELS.map((l) => [l, colour(placeColours[l], d.colours.place[l])])) as Record<ShadedLevel, string>;
  return {
    enabledByDefault: bool(s.enabledByDefault, d.enabledByDefault),
    sites,
    categories: { figure: bool(categories.figure, true), place: bool(categories.place, true) },
    colours: { figure: colour(colours.figure, d.colours.figure), place },
    homeRegion: typeof s.homeRegion === 'string' && CODE.test(s.homeRegion) ? s.homeRegion : '',
    scope: s.scope === 'page' ? 'page' : 'article',
    language: s.language === 'zh' || s.language === 'en' ? s.language : 'auto',
  };
}

/** Whether NewsFacts annotates pages of `host`. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  return settings.sites[host.toLowerCase()] ?? settings.enabledByDefault;
}

/** The shade a place of this level gets. */
export function shadeOf(level: PlaceLevel): ShadedLevel {
  return (SHADED_LEVELS as readonly string[]).includes(level) ? (level as ShadedLevel) : 'other';
}
