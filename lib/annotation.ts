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
  // What the figure is about (contract version 2, all optional; lib/facts/ finds them).
  /** The words of the text naming what the number counts or measures (完成投资, 同比增长, "exports"). */
  measure?: TextSpan & { text: string };
  /** The place the figure is about, and how it was found. */
  subject?: FigureSubject;
  /** The time the figure refers to, in the forms of a date's value (2023-Q1, 2019, 2020-H1, 2019-09). */
  period?: string;
  /** The span of the sentence that holds the figure. */
  sentence?: TextSpan;
  /**
   * For a rate or share: the figure it qualifies (同比增长9.3% of 完成投资412.6亿元), by that
   * figure's span, and how (a change or a share). One of the links between figures the contract
   * allows to be added.
   */
  qualifies?: TextSpan & { relation: FigureRelation };
}

/** A span of the annotated text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** How a figure's place was found: in its own clause or sentence, as the article's place (全市), or from the headline or dateline. */
export type SubjectSource = 'sentence' | 'article' | 'title';

export interface FigureSubject {
  /** The division code, absent for a place without one (a country). */
  code?: string;
  name: string;
  /** Names from the province down, as a place annotation's path (exports and the collection's region tree use it). */
  path?: string[];
  via: SubjectSource;
}

/** A rate's relation to the figure it qualifies: its change (增长, rose) or its share (占, share of). */
export type FigureRelation = 'change' | 'share';

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
