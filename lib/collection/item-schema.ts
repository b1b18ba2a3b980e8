// The one schema of a collected item (./item.ts) and of the engine's annotation it carries
// (../annotation.ts), written with valibot: an import checks every item against it before the
// collection takes any, and the views check what the store gives them, so that one item of the
// wrong shape (a place.path that is a string) is shown as broken instead of breaking every view.
// Kept out of the content script: only the background and the extension's pages import it.
import * as v from 'valibot';
import type { Annotation } from '../annotation';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, type CollectedItem } from './item';

const FIGURE_TYPES = ['money', 'percent', 'quantity', 'count', 'rank', 'date', 'year', 'duration', 'ratio', 'other'] as const;
const PLACE_LEVELS = ['country', 'province', 'prefecture', 'county', 'township', 'village', 'devzone', 'region', 'natural', 'landmark', 'foreign'] as const;

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const figureValue = v.union([v.pipe(v.number(), v.finite()), v.string()]);
const span = v.object({ start: offset, end: offset });
const SUBJECT_SOURCES = ['sentence', 'article', 'title'] as const;
const RELATIONS = ['change', 'share'] as const;
const SubjectSchema = v.object({ code: v.optional(v.string()), name: v.string(), path: v.optional(v.array(v.string())), via: v.picklist(SUBJECT_SOURCES) });

const FigureAnnotationSchema = v.object({
  kind: v.literal('figure'),
  start: offset,
  end: offset,
  text: v.string(),
  figure: v.object({
    type: v.picklist(FIGURE_TYPES),
    value: figureValue,
    high: v.optional(figureValue),
    unit: v.optional(v.string()),
    approx: v.optional(v.boolean()),
    measure: v.optional(v.object({ ...span.entries, text: v.string() })),
    subject: v.optional(SubjectSchema),
    period: v.optional(v.string()),
    sentence: v.optional(span),
    qualifies: v.optional(v.object({ ...span.entries, relation: v.picklist(RELATIONS) })),
  }),
});

const PlaceAnnotationSchema = v.object({
  kind: v.literal('place'),
  start: offset,
  end: offset,
  text: v.string(),
  place: v.object({
    name: v.string(),
    level: v.picklist(PLACE_LEVELS),
    code: v.optional(v.string()),
    path: v.optional(v.array(v.string())),
    confidence: v.optional(v.number()),
    candidates: v.optional(v.array(v.string())),
  }),
});

export const AnnotationSchema = v.variant('kind', [FigureAnnotationSchema, PlaceAnnotationSchema]);

export const CollectedItemSchema = v.object({
  id: v.pipe(v.string(), v.nonEmpty()),
  url: v.string(),
  title: v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH, (issue) => `a title is at most ${MAX_TITLE_LENGTH} characters, this one has ${issue.received}`)),
  site: v.string(),
  published: v.optional(v.string()),
  savedAt: v.string(),
  annotation: v.optional(AnnotationSchema),
  text: v.string(),
  selectors: v.object({
    quote: v.object({ type: v.literal('TextQuoteSelector'), exact: v.string(), prefix: v.string(), suffix: v.string() }),
    position: v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  }),
  note: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH, (issue) => `a note is at most ${MAX_NOTE_LENGTH} characters, this one has ${issue.received}`))),
  tags: v.array(v.string()),
  context: v.optional(v.object({ placeCode: v.string(), placeName: v.string() })),
  fact: v.optional(
    v.object({
      sentence: v.string(),
      at: offset,
      measure: v.optional(v.string()),
      subject: v.optional(SubjectSchema),
      period: v.optional(v.string()),
      rates: v.optional(v.array(v.object({ text: v.string(), relation: v.picklist(RELATIONS), measure: v.optional(v.string()) }))),
    }),
  ),
  mentions: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  orphan: v.optional(v.boolean()),
});

/** One way a value does not fit: the dotted path of the field (empty for the value itself) and why. */
export interface SchemaProblem {
  path: string;
  what: string;
}

type Checked<T> = { ok: true; value: T } | { ok: false; problems: SchemaProblem[] };

function check<T>(schema: v.GenericSchema, value: unknown): Checked<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: value as T };
  return { ok: false, problems: result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', what: issue.message })) };
}

/** Whether `value` is a collected item; the value itself is kept (fields added later survive). */
export const checkItem = (value: unknown): Checked<CollectedItem> => check<CollectedItem>(CollectedItemSchema, value);

/** Whether `value` is an annotation of the contract's shape. */
export const checkAnnotation = (value: unknown): Checked<Annotation> => check<Annotation>(AnnotationSchema, value);

/** A stored value that is not a collected item, as the views list it: its id if it has one, and why. */
export interface BrokenItem {
  id: string;
  problem: string;
}

/** The stored values split into the items the views show and the broken ones they list apart. */
export function sortOutItems(values: readonly unknown[]): { items: CollectedItem[]; broken: BrokenItem[] } {
  const items: CollectedItem[] = [];
  const broken: BrokenItem[] = [];
  for (const value of values) {
    const checked = checkItem(value);
    if (checked.ok) {
      items.push(checked.value);
      continue;
    }
    const id = typeof (value as { id?: unknown } | null)?.id === 'string' ? (value as { id: string }).id : '';
    broken.push({ id, problem: checked.problems.map((p) => (p.path ? `${p.path}: ${p.what}` : p.what)).join('; ') });
  }
  return { items, broken };
}
