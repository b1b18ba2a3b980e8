// W3C Web Annotation export (JSON-LD): each item an Annotation whose target is the page with a
// TextQuoteSelector and a TextPositionSelector, and whose bodies say what the passage is (in words,
// the place's identifier, the engine's annotation as JSON for a lossless round trip), plus the
// reader's note (commenting) and tags (tagging). The whole export is one AnnotationCollection.
import type { CollectedItem } from '../collection/item';
import { factLine, itemFields, type PlaceLookup } from './fields';

export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The body that carries the engine's annotation, recognised on import. */
export const ANNOTATION_BODY_FORMAT = 'application/vnd.newsfacts.annotation+json';
/** The body that carries a figure's fact (its sentence, measure, subject, period, rates), recognised on import. */
export const FACT_BODY_FORMAT = 'application/vnd.newsfacts.fact+json';
export const GENERATOR = { id: 'urn:newsfacts', type: 'Software', name: 'NewsFacts' };

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'describing' | 'identifying' | 'commenting' | 'tagging' | 'classifying';
  format?: string;
  language?: string;
}
export interface SpecificResource {
  type: 'SpecificResource';
  source: string;
  /** identifying: the place the passage names; linking: the place a figure is about. */
  purpose: 'identifying' | 'linking';
  label?: string;
}

export interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  created: string;
  generator: typeof GENERATOR;
  /** NewsFacts' own term: the passage was no longer found on its page when last visited. */
  orphan?: true;
  /** NewsFacts' own term: how often the page mentions the fact (a whole page saved at once). */
  mentions?: number;
  body: Array<TextualBody | SpecificResource>;
  target: {
    source: string;
    title?: string;
    site?: string;
    published?: string;
    selector: [CollectedItem['selectors']['quote'], CollectedItem['selectors']['position']];
  };
}

export interface AnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** A division code as a URN, so linked-data tools see the same place behind two annotations. */
export const DIVISION_URN = 'urn:cn-division:';
export const divisionUrn = (code: string): string => `${DIVISION_URN}${code}`;

function bodies(item: CollectedItem, lookup: PlaceLookup): WebAnnotation['body'] {
  const f = itemFields(item, lookup);
  const out: WebAnnotation['body'] = [];
  if (f.kind === 'figure') out.push({ type: 'TextualBody', purpose: 'describing', value: `${f.type}: ${f.value}${f.high ? `–${f.high}` : ''}${f.unit ? ` ${f.unit}` : ''}${f.approx ? ' (approximate)' : ''}` });
  if (f.kind === 'place') {
    out.push({ type: 'TextualBody', purpose: 'describing', value: `${f.type}: ${f.path || f.value}`, language: 'zh' });
    if (f.placeCode) out.push({ type: 'SpecificResource', purpose: 'identifying', source: divisionUrn(f.placeCode) });
  }
  if (item.context) out.push({ type: 'SpecificResource', purpose: 'linking', source: divisionUrn(item.context.placeCode), label: item.context.placeName });
  if (item.fact) {
    out.push({ type: 'TextualBody', purpose: 'describing', value: factLine(item, lookup) });
    out.push({ type: 'TextualBody', purpose: 'classifying', format: FACT_BODY_FORMAT, value: JSON.stringify(item.fact) });
  }
  if (item.annotation) out.push({ type: 'TextualBody', purpose: 'classifying', format: ANNOTATION_BODY_FORMAT, value: JSON.stringify(item.annotation) });
  if (item.note) out.push({ type: 'TextualBody', purpose: 'commenting', value: item.note });
  for (const tag of item.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return out;
}

export function toWebAnnotation(item: CollectedItem, lookup: PlaceLookup): WebAnnotation {
  const target: WebAnnotation['target'] = { source: item.url, selector: [item.selectors.quote, item.selectors.position] };
  if (item.title) target.title = item.title;
  if (item.site) target.site = item.site;
  if (item.published) target.published = item.published;
  const annotation: WebAnnotation = { id: `urn:newsfacts:${item.id}`, type: 'Annotation', created: item.savedAt, generator: GENERATOR, body: bodies(item, lookup), target };
  if (item.mentions) annotation.mentions = item.mentions;
  if (item.orphan) annotation.orphan = true;
  return annotation;
}

export function toAnnotationCollection(items: CollectedItem[], lookup: PlaceLookup, label = 'NewsFacts collection'): AnnotationCollection {
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: `urn:newsfacts:collection:${items.length}`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: items.map((i) => toWebAnnotation(i, lookup)) },
  };
}
