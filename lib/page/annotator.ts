// The in-page pipeline: runs of visible text go to the extraction engine in chunks, and each
// chunk's annotations come back as highlighted facts, one chunk at a time, in slices short
// enough that the page never stalls. The engine is passed in (the extension's background, a
// stand-in in tests), so this module needs no extension API.
//
// A chunk of a whole article takes the engine a few hundred milliseconds, and a background that
// has just started needs seconds for its places. So the first screenful goes first as a preview,
// which the engine answers at once with what it has loaded; its facts show until those of the
// whole chunk, read in the context of the whole article, take their place.

import type { Annotation } from '../annotation';
import { highlightNameOf } from './highlight-names';
import type { ExtractResponse } from '../messaging/protocol';
import { ChunkBuilder, spansInChunk, type Chunk } from './chunks';
import { FactIndex, type PageFact } from './facts';
import type { Highlighter } from './highlight';
import { TimeSlice } from './schedule';
import { rangeFromSpans, type TextRun } from './text-map';

/**
 * Finds the annotations in one chunk of text (the engine decides the language of each paragraph).
 * A preview is answered at once with what the engine has loaded (figures alone while its places
 * still load); its facts are replaced by those of the chunk it begins.
 */
export type ExtractText = (text: string, preview?: boolean) => Promise<ExtractResponse>;

/** About the first screenful of an article's text: the preview sent before its first chunk. */
export const PREVIEW_CHARS = 1500;

/**
 * Facts shown in one slice at most. The browser's work to paint highlights added in one task grows
 * with their number, outside our script's time slice: 2,000 highlights of one chunk added at once
 * made a rendering task of 70 to 160 ms on a 1 MB page, 200 make one of a few milliseconds.
 */
export const FACTS_PER_SLICE = 200;

export interface AnnotatorOptions {
  extract: ExtractText;
  highlighter: Highlighter;
  /** Whether facts like this are shown now (their category is switched on). */
  isShown(annotation: Annotation): boolean;
  /** Called whenever the facts on the page changed. */
  onChange(): void;
  /** Runs a DOM change of NewsFacts' own (marks), so that the page watcher ignores it. */
  quietly?(change: () => void): void;
  chunkChars?: number;
  /** PREVIEW_CHARS unless given. */
  previewChars?: number;
  /** FACTS_PER_SLICE unless given. */
  factsPerSlice?: number;
  /** How long a slice may hold the main thread: SLICE_MS unless given. */
  sliceMs?: number;
}

/** Where reading stopped when the budget was spent: the first run not read, and the runs after it. */
export interface RunsLeft {
  next: TextRun;
  rest: Iterator<TextRun>;
}

interface SentChunk {
  chunk: Chunk;
  response: Promise<ExtractResponse | undefined>;
  preview?: boolean;
}

/** Gives each located figure the rates and shares that qualify it (lib/facts/relations.ts), for its card. */
function linkRates(located: Map<number, PageFact>): void {
  const byStart = new Map<number, PageFact>();
  for (const fact of located.values()) byStart.set(fact.annotation.start, fact);
  for (const fact of located.values()) {
    const { annotation } = fact;
    if (annotation.kind !== 'figure' || !annotation.figure.qualifies) continue;
    const base = byStart.get(annotation.figure.qualifies.start);
    if (base) (base.rates ??= []).push(fact);
  }
}

export class PageAnnotator {
  readonly index = new FactIndex();
  /** Every text node that was part of text sent for annotation. */
  readonly seen = new WeakSet<Text>();
  private nextId = 1;
  /** The facts of a preview, shown until the facts of the chunk it began replace them. */
  private previewFacts: PageFact[] = [];
  /** Bumped by clear(): work started before it is dropped when it resumes. */
  private generation = 0;

  constructor(private readonly options: AnnotatorOptions) {}

  private quietly(change: () => void): void {
    if (this.options.quietly) this.options.quietly(change);
    else change();
  }

  private send(chunk: Chunk, preview = false): SentChunk {
    const response = this.options.extract(chunk.text, preview).catch((error: unknown) => {
      console.warn('[NewsFacts] could not annotate a chunk of the page', error);
      return undefined;
    });
    return preview ? { chunk, response, preview } : { chunk, response };
  }

  /**
   * Annotates the runs `runs` yields, reading them lazily in slices. While one chunk is with the
   * engine the next is collected, and sent once the first's facts are shown. Stops before the
   * first run past `budget` characters and says where, so that the rest can wait for the reader.
   * With `preview`, the first screenful is sent ahead of the first chunk (see above); only where
   * highlights leave the DOM as it is, since marks would split the nodes the chunk was read from.
   */
  async annotate(runs: Iterator<TextRun>, budget = Infinity, preview = false): Promise<RunsLeft | undefined> {
    const generation = this.generation;
    const slice = new TimeSlice(this.options.sliceMs);
    const builder = new ChunkBuilder(this.options.chunkChars);
    const previewChars = this.options.previewChars ?? PREVIEW_CHARS;
    let wantPreview = preview && !this.options.highlighter.changesDom;
    let sent: SentChunk | undefined;
    let read = 0;
    const flush = async (chunk: Chunk | undefined): Promise<boolean> => {
      wantPreview = false;
      if (sent) await this.receive(sent, slice, generation);
      sent = chunk && generation === this.generation ? this.send(chunk) : undefined;
      return generation === this.generation;
    };

    for (let next = runs.next(); !next.done; next = runs.next()) {
      const run = next.value;
      if (run.text.trim() !== '') {
        if (read >= budget) {
          if (await flush(builder.take())) await flush(undefined);
          return { next: run, rest: runs };
        }
        read += run.text.length;
        for (const node of run.nodes) this.seen.add(node);
        const full = builder.add(run);
        if (full && !(await flush(full))) return undefined;
        if (wantPreview && builder.size >= previewChars) {
          wantPreview = false;
          sent = this.send(builder.soFar(), true);
        }
      }
      if (slice.due()) {
        await slice.pause();
        if (generation !== this.generation) return undefined;
      }
    }
    if (await flush(builder.take())) await flush(undefined);
    return undefined;
  }

  // Waits for a chunk's annotations and shows them as facts, in slices of FACTS_PER_SLICE at most
  // (fewer when the time slice runs out first): a slice ends between two facts in different text
  // nodes, so that marks made for one batch never split a node the next batch was located in. A preview's facts go in the same task as the chunk's first batch shows,
  // so that the page is never painted without either.
  private async receive({ chunk, response, preview }: SentChunk, slice: TimeSlice, generation: number): Promise<void> {
    const answer = await response;
    if (!answer || generation !== this.generation) return;
    const { annotations } = answer;
    const located = new Map<number, PageFact>();
    const most = this.options.factsPerSlice ?? FACTS_PER_SLICE;
    let batch: PageFact[] = [];
    const show = () => {
      if (preview) this.previewFacts.push(...batch);
      else if (this.previewFacts.length > 0) this.drop(this.previewFacts.splice(0));
      this.index.insert(batch);
      const shown = batch.filter((fact) => this.options.isShown(fact.annotation));
      this.quietly(() => this.options.highlighter.show(shown));
      batch = [];
    };
    for (let i = 0; i < annotations.length; i++) {
      const fact = this.locate(chunk, annotations[i]);
      if (!fact) continue;
      const last = batch[batch.length - 1];
      if (last && (slice.due() || batch.length >= most) && last.spans[last.spans.length - 1].node !== fact.spans[0].node) {
        show();
        await slice.pause();
        if (generation !== this.generation) return;
      }
      located.set(i, fact);
      batch.push(fact);
    }
    show();
    linkRates(located);
    this.options.onChange();
  }

  // The fact an annotation of a chunk makes, or none when it crosses a run boundary or the page
  // changed its text meanwhile (the page watcher then reads that text again). Text the page took
  // out of the document (a ticker replaces its text all the time) makes no fact: a range there
  // could not be compared with the others (WrongDocumentError).
  private locate(chunk: Chunk, annotation: Annotation): PageFact | undefined {
    const spans = spansInChunk(chunk, annotation.start, annotation.end);
    if (!spans || !spans.every((span) => span.node.isConnected)) return undefined;
    try {
      return { id: this.nextId++, annotation, range: rangeFromSpans(spans), spans, highlight: highlightNameOf(annotation) };
    } catch {
      return undefined;
    }
  }

  /** Annotates `blocks` afresh: the facts inside them go, their runs are read and sent again. */
  async reannotate(blocks: Element[], runsOf: (block: Element) => Iterable<TextRun>): Promise<void> {
    const stale = blocks.flatMap((block) => this.index.within(block));
    this.drop(stale);
    await this.annotate(
      (function* () {
        for (const block of blocks) yield* runsOf(block);
      })(),
    );
  }

  /** Removes facts whose text the page took away (their live range collapsed, or is out of the document). */
  prune(): void {
    this.drop(this.index.all().filter((fact) => fact.range.collapsed || !fact.range.startContainer.isConnected));
  }

  private drop(facts: PageFact[]): void {
    if (facts.length === 0) return;
    const gone = new Set(facts);
    this.index.removeWhere((fact) => gone.has(fact));
    this.quietly(() => this.options.highlighter.hide(facts));
    this.options.onChange();
  }

  /** Shows the facts of the categories switched on now, and hides the others. */
  refresh(): void {
    this.quietly(() => {
      this.options.highlighter.clear();
      this.options.highlighter.show(this.shown());
    });
    this.options.onChange();
  }

  /** The facts shown now, in document order. */
  shown(): PageFact[] {
    return this.index.all().filter((fact) => this.options.isShown(fact.annotation));
  }

  /** Takes every fact away and drops work under way. */
  clear(): void {
    this.generation++;
    this.previewFacts = [];
    this.index.clear();
    this.quietly(() => this.options.highlighter.clear());
    this.options.onChange();
  }
}
