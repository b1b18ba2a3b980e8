// Bundled into a test page (tests/e2e/article-scope.test.ts): measures the scope NewsFacts
// annotates, and the article @mozilla/readability extracts, against the page's own marking of its
// article text (`data-truth="article"` on the elements whose text is the article, `"not"` on what
// lies inside them but is not). Shares are of visible characters, whitespace left out.

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { findArticle } from '../../lib/page/article';
import { textRuns } from '../../lib/page/text-map';

export interface ScopeShares {
  /** Share of the article's text inside the scope. */
  articleInScope: number;
  /** Share of the scope's text that is not article text. */
  scopeNotArticle: number;
  /** The scope's text outside the article, for reading what went wrong. */
  strays: string[];
  /** The article's text outside the scope. */
  missed: string[];
  /** What the finder threw, if it did (its scope is then empty). */
  error?: string;
}

export interface PageMeasure {
  newsfacts: ScopeShares;
  readability: ScopeShares;
  readerable: boolean;
  newsfactsMs: number;
  readabilityMs: number;
}

const weight = (node: Text): number => node.data.replace(/\s+/g, '').length;

function isArticleText(node: Text): boolean {
  return node.parentElement?.closest('[data-truth]')?.getAttribute('data-truth') === 'article';
}

function sharesOf(inScope: (node: Text) => boolean): ScopeShares {
  let article = 0;
  let scope = 0;
  let both = 0;
  const strays: string[] = [];
  const missed: string[] = [];
  for (const run of textRuns(document.body)) {
    for (const node of run.nodes) {
      const w = weight(node);
      if (w === 0) continue;
      const isArticle = isArticleText(node);
      const scoped = inScope(node);
      if (isArticle) article += w;
      if (scoped) scope += w;
      if (isArticle && scoped) both += w;
      if (scoped && !isArticle) strays.push(node.data.trim());
      if (isArticle && !scoped) missed.push(node.data.trim());
    }
  }
  return { articleInScope: article ? both / article : 0, scopeNotArticle: scope ? (scope - both) / scope : 0, strays, missed };
}

// Readability rewrites the document it reads, so it reads a copy; the copy's text nodes, which it
// moves but keeps, lead back to the page's own.
function readabilityScope(): Set<Text> {
  const copy = document.cloneNode(true) as Document;
  const original = new Map<Node, Text>();
  const live = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  const cloned = copy.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let a = live.nextNode(), b = cloned.nextNode(); a && b; a = live.nextNode(), b = cloned.nextNode()) original.set(b, a as Text);
  const content = new Readability(copy, { serializer: (node) => node }).parse()?.content;
  const scope = new Set<Text>();
  if (!content) return scope;
  const walker = copy.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = original.get(node);
    if (text) scope.add(text);
  }
  return scope;
}

function newsfactsScope(): Set<Text> {
  const { root, skip } = findArticle(document, 'article');
  return new Set([...textRuns(root, skip)].flatMap((run) => run.nodes));
}

// The scope a finder gives, the time it took, and the error it threw instead, if any.
function timed(find: () => Set<Text>): [Set<Text>, number, string | undefined] {
  const start = performance.now();
  try {
    const scope = find();
    return [scope, performance.now() - start, undefined];
  } catch (error) {
    return [new Set(), performance.now() - start, String(error)];
  }
}

export function measure(): PageMeasure {
  const [ours, newsfactsMs, newsfactsError] = timed(newsfactsScope);
  const [theirs, readabilityMs, readabilityError] = timed(readabilityScope);
  return {
    newsfacts: { ...sharesOf((node) => ours.has(node)), error: newsfactsError },
    readability: { ...sharesOf((node) => theirs.has(node)), error: readabilityError },
    readerable: isProbablyReaderable(document),
    newsfactsMs,
    readabilityMs,
  };
}
