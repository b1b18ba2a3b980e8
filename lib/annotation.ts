// The annotation shape shared by the engine, the command line, storage and every export.
// It follows ../shared/contract/annotations.md exactly; tools outside the project read it,
// so change it only by adding optional fields.

export type Lang = 'zh' | 'en';

export type FigureType =
  | 'money'
  | 'percent'
  | 'quantity'
  | 'count'
  | 'rank'
  | 'date'
  | 'year'
  | 'duration'
  | 'ratio'
  | 'other';

export type PlaceLevel =
  | 'country'
  | 'province'
  | 'prefecture'
  | 'county'
  | 'township'
  | 'village'
  | 'devzone'
  | 'region'
  | 'natural'
  | 'landmark'
  | 'foreign';

export interface Figure {
  type: FigureType;
  /** Normalised number (亿 = 1e8, 第七 = 7), or for dates an ISO-like string (2019-09-05, 2020-Q1, --03-17). */
  value: number | string;
  /** Upper bound of a range (2-3亩 -> value 2, high 3). */
  high?: number | string;
  /** ISO 4217 for money, % or pp for percent, a short unit code for quantities, the classifier for counts. */
  unit?: string;
  /** The text marks the number as approximate (多, 余, 近, 约, 左右, 以上...). */
  approx: boolean;
}

export interface Place {
  name: string;
  level: PlaceLevel;
  code?: string;
  path?: string[];
  confidence?: number;
  candidates?: string[];
}

interface AnnotationBase {
  start: number;
  end: number;
  text: string;
}

export interface FigureAnnotation extends AnnotationBase {
  kind: 'figure';
  figure: Figure;
}

export interface PlaceAnnotation extends AnnotationBase {
  kind: 'place';
  place: Place;
}

export type Annotation = FigureAnnotation | PlaceAnnotation;

/** One document as the command line prints it. */
export interface AnnotatedDocument {
  source: string;
  lang: Lang;
  textLength: number;
  /** Present for HTML input: the visible text the offsets index. */
  text?: string;
  annotations: Annotation[];
}
