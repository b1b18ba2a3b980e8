// Finds the article of a page the way reader modes do, and says what inside it is not its text.
//
// The text of each paragraph counts fully for the element holding the paragraphs and half for the
// one above (Readability's idea); the element with the most, discounted by its share of link
// text, holds the article. No list of known containers (.TRS_Editor, #zoom, <article>): measured
// on the pages of tests/e2e/fixtures/articles it changed nothing, and <article> also wraps
// teasers. Siblings that continue the article (sections of the same kind, long paragraphs) join
// it, and so does the headline (lib/page/headline.ts) when it stands apart. What lies between
// these parts and their common ancestor is left out, and inside them, boilerplate (menus, share
// bars, ads, comments, related links: `boilerplate`) and the text around the article's text
// (`notArticleText`: photo captions, bylines, source and editor lines, link lists).
// docs/DEVELOPING.md ("Finding the article, measured") compares it with Readability.
//
// Boilerplate is read from tags, ARIA roles, and class or id values that contain one of
// `substrings`, equal one of `names`, or have one of `words` among their parts split at - and _.
// An element holding the headline is never boilerplate: pages put such words on <body> or on a
// wrapper around everything ("no-sidebars", "f_ads_enabled", "nav_drawer_closed").

import SELECTORS from './article-selectors.json';
import {
  attributeOf,
  containsNode,
  firstChildOf,
  hasAttributeOf,
  holdsMatch,
  namesOf,
  nextSiblingOf,
  nodeTypeOf,
  parentElementOf,
  previousElementOf,
  tagNameOf,
  textOf,
  viewOf,
} from './dom-read';
import { findHeadline } from './headline';
import { amountOf, INLINE_TAGS, measurePage, type PageAmounts, type TextAmount } from './text-amounts';
import type { SkipElement } from './text-map';

/** What to annotate: a root element and what inside it to leave out. */
export interface ArticleScope {
  root: Element;
  skip?: SkipElement;
}

const { boilerplate, notArticleText } = SELECTORS;
const TAGS = new Set(boilerplate.tags);
const OUTER_TAGS = new Set([...boilerplate.tags, ...boilerplate.outerTags]);
const ROLES = new Set(boilerplate.roles);
const NAMES = new Set(boilerplate.names);
const WORDS = new Set(boilerplate.words);
const NOT_TEXT_TAGS = new Set(notArticleText.tags);
const NOT_TEXT_WORDS = new Set(notArticleText.words);
const SENTENCE_MARKS = new RegExp(`[${notArticleText.sentenceMarks}]`);
// Where the text of a paragraph counts for its container rather than for itself.
const PARAGRAPHS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'TD', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Fewer characters of non-link text than this is not an article. */
const MIN_TEXT = 50;
/** A paragraph beside the article joins it when it is this long, with less than this share of links. */
const SIBLING_PARAGRAPH = 80;
const SIBLING_LINKS = 0.25;
/** A block with this share of link text or more is a list of links, not article text. */
const LINK_LIST = 0.5;
/** Without a headline, an element holding this share of the page's text is a wrapper, not boilerplate. */
const WRAPPER_SHARE = 0.5;

const isInline = (element: Element): boolean => INLINE_TAGS.has(tagNameOf(element));
const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

function isBoilerplateName(name: string): boolean {
  return (
    NAMES.has(name) ||
    boilerplate.substrings.some((part) => name.includes(part)) ||
    name.split(/[-_]/).some((word) => WORDS.has(word))
  );
}

function* elementChildren(parent: Element): Generator<Element> {
  for (let child = firstChildOf(parent); child; child = nextSiblingOf(child)) if (nodeTypeOf(child) === 1) yield child as Element;
}

// The judgments about one page, over its measured text and its headline.
function readPage(document: Document, page: PageAmounts, headline: Element | undefined) {
  const outside = new Map<Element, boolean>();
  const total = page.amounts.get(document.body)?.text ?? 0;
  const amount = (element: Element): TextAmount => amountOf(page.amounts, element);

  // Pages put boilerplate words on <body> and on wrappers around everything: an element holding
  // the headline (or, without one, most of the page's text) is never boilerplate.
  function isWrapper(element: Element): boolean {
    if (element === document.body || element === document.documentElement) return true;
    if (headline) return containsNode(element, headline);
    return amount(element).text >= total * WRAPPER_SHARE;
  }

  // Boilerplate by itself (not by its ancestors). `inArticle`: a <header> inside an article holds
  // its headline and byline, so only a page-level header is boilerplate.
  function isBoilerplate(element: Element, inArticle: boolean): boolean {
    const role = attributeOf(element, 'role');
    const marked =
      (inArticle ? TAGS : OUTER_TAGS).has(tagNameOf(element)) ||
      (role !== null && ROLES.has(role)) ||
      namesOf(element).some(isBoilerplateName);
    return marked && !isWrapper(element);
  }

  function insideBoilerplate(element: Element): boolean {
    let inside = outside.get(element);
    if (inside === undefined) {
      const parent = parentElementOf(element);
      inside = isBoilerplate(element, false) || (parent !== null && insideBoilerplate(parent));
      outside.set(element, inside);
    }
    return inside;
  }

  // A short paragraph right under a picture, centred or signed as a photo (……记者 王晓东 摄).
  function isCaption(element: Element): boolean {
    const before = previousElementOf(element);
    if (!before || amount(before).text > 0 || !(/^(IMG|PICTURE|VIDEO)$/.test(tagNameOf(before)) || holdsMatch(before, 'img,picture,video'))) {
      return false;
    }
    const text = squeeze(textOf(element)).replace(/[（）()]/g, '');
    if (notArticleText.captionEnds.some((end) => text.endsWith(end))) return true;
    const align = attributeOf(element, 'align') ?? viewOf(element)?.getComputedStyle(element).textAlign;
    return align === 'center';
  }

  /** Inside the article, whether an element is no part of its text. */
  function notArticle(element: Element): boolean {
    if (isBoilerplate(element, true)) return true;
    if (NOT_TEXT_TAGS.has(tagNameOf(element)) || namesOf(element).some((name) => name.split(/[-_]/).some((word) => NOT_TEXT_WORDS.has(word)))) {
      return !isWrapper(element);
    }
    if (isInline(element) || (headline && containsNode(element, headline))) return false;
    const { text, links } = amount(element);
    if (text === 0) return false;
    if (links >= text * LINK_LIST) return true;
    return text <= notArticleText.lineMaxChars && (isMetaLine(element) || isCaption(element));
  }

  // The element whose paragraphs hold the most text outside links (never the body itself).
  function densest(): Element | undefined {
    const credit = new Map<Element, number>();
    const add = (element: Element | null, length: number) => {
      if (element && element !== document.body && element !== document.documentElement) credit.set(element, (credit.get(element) ?? 0) + length);
    };
    for (const { holder, length } of page.held) {
      if (insideBoilerplate(holder)) continue;
      const tag = tagNameOf(holder);
      const container = PARAGRAPHS.has(tag) || tag.includes('-') ? parentElementOf(holder) : holder;
      if (!container) continue;
      add(container, length);
      add(parentElementOf(container), length / 2);
    }
    let best: Element | undefined;
    let bestScore = MIN_TEXT;
    for (const [element, count] of credit) {
      if (count < bestScore) continue;
      const { text, links } = amount(element);
      const score = count * (1 - links / text);
      if (score > bestScore) {
        best = element;
        bestScore = score;
      }
    }
    return best;
  }

  // Siblings that continue the article: parts of the same kind (sections between ads and
  // pictures, the rest a "read more" button will show or showed) and long paragraphs of few links (a live
  // blog's summary).
  function continuations(root: Element): Element[] {
    const parent = parentElementOf(root);
    if (!parent) return [];
    const kind = attributeOf(root, 'class');
    const found: Element[] = [];
    for (const sibling of elementChildren(parent)) {
      if (sibling === root || insideBoilerplate(sibling)) continue;
      const { text, links } = amount(sibling);
      const sameKind =
        tagNameOf(sibling) === tagNameOf(root) &&
        attributeOf(sibling, 'class') === kind &&
        (text - links >= MIN_TEXT || isHidden(sibling) || (links < text * SIBLING_LINKS && holdsMatch(sibling, 'p')));
      const paragraph = tagNameOf(sibling) === 'P' && text - links >= SIBLING_PARAGRAPH && links < text * SIBLING_LINKS;
      if (sameKind || paragraph) found.push(sibling);
    }
    return found;
  }

  return { isBoilerplate, insideBoilerplate, notArticle, densest, continuations };
}

type PageReading = ReturnType<typeof readPage>;

// Hidden for now (a "read more" button shows it).
function isHidden(element: Element): boolean {
  return hasAttributeOf(element, 'hidden') || viewOf(element)?.getComputedStyle(element).display === 'none';
}

// A short line that names the source, the reporters or the editors (来源：鲁中晨报, 记者 王晓东,
// 2024-10-12 来源：博山融媒).
function isMetaLine(element: Element): boolean {
  const text = squeeze(textOf(element));
  const { linePrefixes, lineLabels } = notArticleText;
  return (linePrefixes.some((prefix) => text.startsWith(prefix)) || lineLabels.some((label) => text.includes(label))) && !SENTENCE_MARKS.test(text);
}

// The nearest element holding all of `parts`.
function commonAncestor(parts: Element[]): Element {
  let common = parts[0];
  for (const part of parts.slice(1)) {
    while (!containsNode(common, part)) common = parentElementOf(common) ?? common;
  }
  return common;
}

// The scope of the article's parts: their common ancestor, leaving out what lies beside the
// paths down to them, and inside them, what is not article text.
function scopeOf(parts: Element[], reading: PageReading): ArticleScope {
  const root = commonAncestor(parts);
  const kept = new Set(parts);
  const path = new Set<Element>();
  for (const part of parts) {
    if (part === root) continue;
    for (let e = parentElementOf(part); e; e = parentElementOf(e)) {
      path.add(e);
      if (e === root) break;
    }
  }
  const skip: SkipElement = (element) => {
    if (kept.has(element) || path.has(element)) return false;
    const parent = parentElementOf(element);
    if (parent && path.has(parent)) return true;
    return reading.notArticle(element);
  };
  return { root, skip };
}

/**
 * The part of the page to annotate. `page` scope is the whole body; `article` scope is the
 * article with its headline, what is not article text left out, or, where no article is found,
 * the body without the page's boilerplate.
 */
export function findArticle(document: Document, scope: 'article' | 'page'): ArticleScope {
  if (scope === 'page') return { root: document.body };
  const page = measurePage(document);
  const headline = findHeadline(document, page.texts);
  const reading = readPage(document, page, headline);
  const densest = reading.densest();
  if (!densest) return { root: document.body, skip: (element) => reading.isBoilerplate(element, false) || reading.notArticle(element) };
  const parts = [densest, ...reading.continuations(densest)];
  if (headline && !reading.insideBoilerplate(headline) && !parts.some((part) => containsNode(part, headline))) parts.push(headline);
  return scopeOf(parts, reading);
}
