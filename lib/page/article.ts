// Finds the article body of a page the way reader modes do: known containers first (semantic
// markup and the containers of Chinese news and government sites), then the element with the
// most paragraph text and few links. Menus, page headers, footers, sidebars, comment sections
// and ads are never article text.
//
// article-selectors.json holds the data: `containers`, tried in order, most specific first;
// `boilerplate`, what is never article text: whole `tags` (`outerTags` only outside an
// article: a header inside one holds its headline), ARIA `roles`, and class or id values that
// contain one of `substrings`, equal one of `names`, or have one of `words` among their parts
// split at - and _.

import SELECTORS from './article-selectors.json';
import { holdsNoProse, type SkipElement } from './text-map';

/** What to annotate: a root element and the boilerplate inside it to leave out. */
export interface ArticleScope {
  root: Element;
  skip?: SkipElement;
}

const { containers, boilerplate } = SELECTORS;
const TAGS = new Set(boilerplate.tags);
const OUTER_TAGS = new Set([...boilerplate.tags, ...boilerplate.outerTags]);
const ROLES = new Set(boilerplate.roles);
const NAMES = new Set(boilerplate.names);
const WORDS = new Set(boilerplate.words);
// Where the text of a paragraph counts for its container rather than for itself.
const PARAGRAPHS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'TD', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SECTIONS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'FONT', 'CENTER']);

/** Fewer characters of non-link text than this is not an article. */
const MIN_TEXT = 50;
/** A container counts as the best when it holds this share of the best container's text. */
const NEAR_BEST = 0.75;
/** The root grows to take in the headline when that adds no more than this share of text. */
const HEADLINE_GROWTH = 1.5;

// The class and id values of an element, lower-cased, each on its own.
function namesOf(element: Element): string[] {
  const names = [...element.classList].map((name) => name.toLowerCase());
  if (element.id) names.push(element.id.toLowerCase());
  return names;
}

function isBoilerplateName(name: string): boolean {
  return (
    NAMES.has(name) ||
    boilerplate.substrings.some((part) => name.includes(part)) ||
    name.split(/[-_]/).some((word) => WORDS.has(word))
  );
}

// Boilerplate by itself (not by its ancestors). `inArticle`: a <header> inside an article holds
// its headline and byline, so only a page-level header is boilerplate.
function isBoilerplate(element: Element, inArticle: boolean): boolean {
  if ((inArticle ? TAGS : OUTER_TAGS).has(element.tagName)) return true;
  const role = element.getAttribute('role');
  if (role && ROLES.has(role)) return true;
  return namesOf(element).some(isBoilerplateName);
}

// Leaves out the boilerplate inside an article (comments, share bars, ads, related links).
const skipBoilerplate: SkipElement = (element) => isBoilerplate(element, true);

function insideBoilerplate(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (isBoilerplate(e, false)) return true;
  return false;
}

interface TextAmount {
  text: number;
  links: number;
}

// How much visible-looking text an element holds and how much of it is link text, boilerplate
// left out. Reads markup only (no layout), so it is cheap enough to run on every candidate.
function textAmount(element: Element): TextAmount {
  const amount: TextAmount = { text: 0, links: 0 };
  const visit = (parent: Element, inLink: boolean) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const length = (child as Text).data.trim().length;
        amount.text += length;
        if (inLink) amount.links += length;
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (holdsNoProse(e) || e.hasAttribute('hidden') || skipBoilerplate(e)) continue;
        visit(e, inLink || e.tagName === 'A');
      }
    }
  };
  visit(element, false);
  return amount;
}

const scoreOf = ({ text, links }: TextAmount): number => text - links;

// The first listed container kind whose best element holds nearly as much text as the best
// container of any kind: a specific container (#zoom) wins over a page-wide one (#content)
// that holds it and little more.
function bestContainer(document: Document): Element | null {
  const found: Array<{ element: Element; score: number; rank: number }> = [];
  containers.forEach((selector, rank) => {
    for (const element of document.querySelectorAll(selector)) {
      if (insideBoilerplate(element)) continue;
      const score = scoreOf(textAmount(element));
      if (score >= MIN_TEXT) found.push({ element, score, rank });
    }
  });
  if (found.length === 0) return null;
  const top = Math.max(...found.map((f) => f.score));
  const near = found.filter((f) => f.score >= top * NEAR_BEST);
  near.sort((a, b) => a.rank - b.rank || b.score - a.score);
  return near[0].element;
}

// Readability's idea: each paragraph's text counts fully for the element that holds the
// paragraphs and half for the one above; the element with the highest count, discounted by
// its share of link text, is the article.
function densestElement(document: Document): Element | null {
  const credit = new Map<Element, number>();
  const add = (element: Element | null, amount: number) => {
    if (element && element !== document.documentElement) credit.set(element, (credit.get(element) ?? 0) + amount);
  };
  const walker = document.createTreeWalker(document.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.trim().length;
    if (length === 0 || !node.parentElement || holdsNoProse(node.parentElement)) continue;
    let holder: Element | null = node.parentElement;
    while (holder && !PARAGRAPHS.has(holder.tagName) && !SECTIONS.has(holder.tagName)) holder = holder.parentElement;
    if (!holder) continue;
    const container = PARAGRAPHS.has(holder.tagName) ? holder.parentElement : holder;
    add(container, length);
    add(container?.parentElement ?? null, length / 2);
  }
  let best: Element | null = null;
  let bestScore = MIN_TEXT;
  for (const [element, count] of credit) {
    if (count < bestScore || insideBoilerplate(element)) continue;
    const { text, links } = textAmount(element);
    const score = text > 0 ? count * (1 - links / text) : 0;
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

// Containers often hold the body only, with the headline just outside (<h1> then #zoom).
// The root grows to the nearest ancestor holding the page's headline when that adds little
// else, so figures in the headline are annotated too.
function withHeadline(document: Document, root: Element): Element {
  const headline = [...document.querySelectorAll('h1')].find((h1) => !insideBoilerplate(h1));
  if (!headline || root.contains(headline)) return root;
  const rootScore = scoreOf(textAmount(root));
  for (let ancestor = root.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
    if (!ancestor.contains(headline)) continue;
    const grown = scoreOf(textAmount(ancestor));
    return grown <= rootScore * HEADLINE_GROWTH + headline.textContent!.length ? ancestor : root;
  }
  return root;
}

/**
 * The part of the page to annotate. `page` scope is the whole body; `article` scope is the
 * article body with its boilerplate skipped, or, where no article is found, the body without
 * the page's boilerplate (page header included).
 */
export function findArticle(document: Document, scope: 'article' | 'page'): ArticleScope {
  if (scope === 'page') return { root: document.body };
  const root = bestContainer(document) ?? densestElement(document);
  if (!root) return { root: document.body, skip: (element) => isBoilerplate(element, false) };
  return { root: withHeadline(document, root), skip: skipBoilerplate };
}
