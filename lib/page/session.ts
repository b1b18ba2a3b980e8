// NewsFacts on one page while its site is switched on: the article is found and annotated, and
// its later changes are followed, until the session stops and every highlight goes. A very long
// article is annotated from its start, and further as the reader scrolls toward the rest.

import { findArticle, type ArticleScope } from './article';
import { PageAnnotator, type AnnotatorOptions, type RunsLeft } from './annotator';
import { guarded } from './guard';
import { joinRuns, type PageText } from './page-text';
import { whenNear } from './near-view';
import { PageWatcher, type PageChanges } from './page-watch';
import { textRuns, type SkipElement, type TextRun } from './text-map';

/** Characters read at once: the start of the article, then as many again each time the reader nears the end of what was read. */
export const READ_AHEAD_CHARS = 100_000;

export interface SessionOptions extends Omit<AnnotatorOptions, 'quietly'> {
  document: Document;
  scope: 'article' | 'page';
  /** READ_AHEAD_CHARS unless given. */
  readAheadChars?: number;
}

export class PageSession {
  readonly annotator: PageAnnotator;
  private watcher: PageWatcher | undefined;
  private scope: ArticleScope | undefined;
  private stopped = false;
  /** Stops waiting for the reader to near the text not read yet. */
  private stopWaiting: (() => void) | undefined;

  constructor(private readonly options: SessionOptions) {
    this.annotator = new PageAnnotator({
      ...options,
      quietly: (change) => (this.watcher ? this.watcher.quietly(change) : change()),
    });
  }

  /** Finds the article, annotates it, and follows its changes; resolves once the first pass is done. */
  async start(): Promise<void> {
    // Documents without a body (SVG, XML) have no article.
    if (!this.options.document.body) return;
    const scope = findArticle(this.options.document, this.options.scope);
    this.scope = scope;
    this.watcher = new PageWatcher({
      ...scope,
      seen: (node) => this.annotator.seen.has(node),
      onChanges: guarded((changes: PageChanges) => this.changed(scope.skip, changes)),
      // A single-page app put another article in place of this one: find and read it.
      onRootLost: guarded(() => {
        this.watcher?.stop();
        this.stopWaiting?.();
        this.annotator.prune();
        if (!this.stopped) return this.start();
      }),
    });
    this.watcher.start();
    await this.read(textRuns(scope.root, scope.skip), true);
  }

  // Annotates READ_AHEAD_CHARS of `runs`, then waits for the reader to near the first run left.
  // The article's start, which the reader sees first, gets a preview (lib/page/annotator.ts).
  private async read(runs: Iterator<TextRun>, preview = false): Promise<void> {
    const left = await this.annotator.annotate(runs, this.options.readAheadChars ?? READ_AHEAD_CHARS, preview);
    if (!left || this.stopped) return;
    this.stopWaiting = whenNear(left.next.nodes[0], () => {
      this.stopWaiting = undefined;
      this.read(this.unread(left)).catch((error: unknown) => console.warn('[NewsFacts] could not annotate the page', error));
    });
  }

  // The runs left, without those the page watcher has read meanwhile (their text changed).
  private *unread({ next, rest }: RunsLeft): Generator<TextRun> {
    for (let run: IteratorResult<TextRun> = { done: false, value: next }; !run.done; run = rest.next()) {
      if (!run.value.nodes.every((node) => this.annotator.seen.has(node))) yield run.value;
    }
  }

  /**
   * The text the session annotates, as the page shows it now (read afresh: the page may have
   * changed since it was annotated): what saved items' selectors describe and are found again in.
   */
  text(): PageText {
    return joinRuns(this.scope ? textRuns(this.scope.root, this.scope.skip) : []);
  }

  private async changed(skip: SkipElement | undefined, { blocks, removed }: PageChanges): Promise<void> {
    if (this.stopped) return;
    if (removed) this.annotator.prune();
    if (blocks.length > 0) await this.annotator.reannotate(blocks, (block) => textRuns(block, skip));
  }

  /** Stops following the page and takes every highlight away. */
  stop(): void {
    this.stopped = true;
    this.watcher?.stop();
    this.stopWaiting?.();
    this.annotator.clear();
  }
}
