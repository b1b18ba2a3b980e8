// The places of a page as the popup lists them: linked units in a tree province > prefecture >
// county > township > village, each counting its own mentions and its descendants', and the
// places without a code (rivers, countries, landmarks, names that could not be linked) by level.
import type { PlaceAnnotation, PlaceLevel } from '../annotation';
import { ancestorCodes, isGroupingCode } from '../division-code';
import type { PageItem } from '../messaging/protocol';

export interface PlaceNode {
  code: string;
  name: string;
  level: PlaceLevel;
  /** Mentions of this unit itself. */
  own: number;
  /** Mentions of this unit and of every unit below it. */
  count: number;
  /** The mention to reveal: the unit's first, or its subtree's first when the page never names it. */
  revealId: number;
  children: PlaceNode[];
}

export interface OtherPlace {
  name: string;
  count: number;
  revealId: number;
  /** The engine found several units this name could be and could not settle on one. */
  unlinked: boolean;
}

export interface OtherPlaceGroup {
  level: PlaceLevel;
  places: OtherPlace[];
}

export interface PlaceSummary {
  tree: PlaceNode[];
  other: OtherPlaceGroup[];
}

/** The order of the 'Other places' groups: the world first, then China's features, then unlinked units. */
const OTHER_LEVELS: readonly PlaceLevel[] = [
  'country', 'foreign', 'region', 'natural', 'landmark', 'devzone', 'province', 'prefecture', 'county', 'township', 'village',
];

/** Where a mention stands among the page's items, and its id. */
interface Position {
  index: number;
  id: number;
}

/** Mentions of one place, the first at `index`: one each on a page, all of a code at once in a collection. */
export interface Mention extends Position {
  place: PlaceAnnotation['place'];
  count: number;
}

interface Building {
  code: string;
  name: string;
  level: PlaceLevel;
  own: number;
  firstOwn?: Position;
  children: Building[];
}

function placeMentions(items: PageItem[]): Mention[] {
  return items.flatMap((item, index) => (item.annotation.kind === 'place' ? [{ index, id: item.id, place: item.annotation.place, count: 1 }] : []));
}

/** The ancestors whose names an annotation's path gives (the path leaves groupings out); undefined when the path does not fit the code. */
function namedAncestors(code: string, path: string[] | undefined): Array<{ code: string; level: PlaceLevel; name: string }> | undefined {
  const ancestors = ancestorCodes(code).filter((ancestor) => !isGroupingCode(ancestor.code));
  if (!path || path.length !== ancestors.length + 1) return undefined;
  return ancestors.map((ancestor, i) => ({ ...ancestor, name: path[i] }));
}

// Names come from the unit's own mentions first (the path's last name is the official one, where
// the text may have a short form), then from the paths of units below it.
function unitsByCode(mentions: Mention[]): Map<string, Building> {
  const units = new Map<string, Building>();
  for (const mention of mentions) {
    const { code, path, name, level } = mention.place;
    if (!code) continue;
    const unit = units.get(code) ?? { code, name: path?.at(-1) ?? name, level, own: 0, children: [] };
    unit.own += mention.count;
    unit.firstOwn ??= { index: mention.index, id: mention.id };
    units.set(code, unit);
  }
  // Once one path of a code has named its ancestors, the other paths of that code add nothing.
  const named = new Set<string>();
  for (const { place } of mentions) {
    if (!place.code || named.has(place.code)) continue;
    const ancestors = namedAncestors(place.code, place.path);
    if (!ancestors) continue;
    named.add(place.code);
    for (const ancestor of ancestors) if (!units.has(ancestor.code)) units.set(ancestor.code, { ...ancestor, own: 0, children: [] });
  }
  return units;
}

interface Finished {
  node: PlaceNode;
  /** The first mention of the node's subtree, to order siblings by. */
  first: Position;
}

const byCountThenPage = (a: Finished, b: Finished): number => b.node.count - a.node.count || a.first.index - b.first.index;

// Finishing bottom-up: a node's count and first mention depend on its children's.
function finish(unit: Building): Finished {
  const children = unit.children.map(finish).sort(byCountThenPage);
  const candidates = children.map((child) => child.first);
  if (unit.firstOwn) candidates.push(unit.firstOwn);
  // Never empty: a unit the page does not name was made for a unit below it.
  const first = candidates.reduce((a, b) => (a.index <= b.index ? a : b));
  const count = unit.own + children.reduce((sum, child) => sum + child.node.count, 0);
  const node = { code: unit.code, name: unit.name, level: unit.level, own: unit.own, count, revealId: (unit.firstOwn ?? first).id, children: children.map((c) => c.node) };
  return { node, first };
}

/** The tree of linked units of the mentions, given in the order they were made. */
export function placeTree(mentions: Mention[]): PlaceNode[] {
  const units = unitsByCode(mentions);
  const roots: Building[] = [];
  for (const unit of units.values()) {
    // The nearest unit above that the page names or implies; a unit with none is a root.
    const parent = ancestorCodes(unit.code).reverse().map((a) => units.get(a.code)).find(Boolean);
    (parent ? parent.children : roots).push(unit);
  }
  return roots.map(finish).sort(byCountThenPage).map((root) => root.node);
}

function groupOthers(mentions: Mention[]): OtherPlaceGroup[] {
  const byLevel = new Map<PlaceLevel, Map<string, OtherPlace>>();
  for (const { id, place } of mentions) {
    if (place.code) continue;
    const places = byLevel.get(place.level) ?? new Map<string, OtherPlace>();
    byLevel.set(place.level, places);
    const entry = places.get(place.name) ?? { name: place.name, count: 0, revealId: id, unlinked: false };
    entry.count += 1;
    entry.unlinked ||= (place.candidates?.length ?? 0) > 0;
    places.set(place.name, entry);
  }
  // Maps keep first-mention order, which the stable sort keeps between equal counts.
  return OTHER_LEVELS.flatMap((level) => {
    const places = byLevel.get(level);
    return places ? [{ level, places: [...places.values()].sort((a, b) => b.count - a.count) }] : [];
  });
}

/** The popup's view of a page's places, from its items in page order. */
export function summarizePlaces(items: PageItem[]): PlaceSummary {
  const mentions = placeMentions(items);
  return { tree: placeTree(mentions), other: groupOthers(mentions) };
}
