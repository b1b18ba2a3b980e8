// NewsFacts on one page while its site is switched on: the article is found and annotated, and
// its later changes are followed, until the session stops and every highlight goes.

import { findArticle, type ArticleScope } from './article';
import { PageAnnotator, type AnnotatorOptions } from './annotator';
import { guarded } from './guard';
import { joinRuns, type PageText } from './page-text';
import { PageWatcher, type PageChanges } from './page-watch';
import { textRuns, type SkipElement } from './text-map';

export interface SessionOptions extends Omit<AnnotatorOptions, 'quietly'> {
  document: Document;
  scope: 'article' | 'page';
}

export class PageSession {
  readonly annotator: PageAnnotator;
  private watcher: PageWatcher | undefined;
  private scope: ArticleScope | undefined;
  private stopped = false;

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
        this.annotator.prune();
        if (!this.stopped) return this.start();
      }),
    });
    this.watcher.start();
    await this.annotator.annotate(textRuns(scope.root, scope.skip));
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
    this.annotator.clear();
  }
}
