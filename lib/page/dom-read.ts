// Reading a page's DOM in ways its markup cannot shadow. A <form>'s controls are its named
// properties and win over the built-in ones (`<input name="id">` makes `form.id` that input,
// `name="firstChild"` or `name="getAttribute"` shadow those too), and a document's named
// elements do the same to `document`. Whole-page forms are common (ASP.NET wraps every page in
// one), so every element property NewsFacts reads on the page's elements goes through the
// prototypes' own getters and methods, looked up once.

type Getter<T> = (this: unknown) => T;

// The getter of `name` on `proto` or the nearest prototype above it that defines it (DOM
// emulations such as happy-dom define some of them one level up).
function getterOf<T>(proto: object, name: string): Getter<T> {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p)) {
    const getter = Object.getOwnPropertyDescriptor(p, name)?.get;
    if (getter) return getter as Getter<T>;
  }
  throw new Error(`no getter ${name}`);
}

interface Readers {
  tagName: Getter<string>;
  parentElement: Getter<Element | null>;
  firstChild: Getter<ChildNode | null>;
  nextSibling: Getter<ChildNode | null>;
  nodeType: Getter<number>;
  ownerDocument: Getter<Document | null>;
  defaultView: Getter<Window | null>;
  title: Getter<string>;
  textContent: Getter<string | null>;
  previousElementSibling: Getter<Element | null>;
  getAttribute: (this: Element, name: string) => string | null;
  hasAttribute: (this: Element, name: string) => boolean;
  contains: (this: Node, other: Node | null) => boolean;
  querySelectorAll: (this: Document, selectors: string) => NodeListOf<Element>;
  querySelector: (this: Element, selectors: string) => Element | null;
  createTreeWalker: (this: Document, root: Node, whatToShow?: number) => TreeWalker;
}

// Looked up on first use, not at import: the module is also loaded where no DOM exists (Node).
let readers: Readers | undefined;
function read(): Readers {
  readers ??= {
    tagName: getterOf(Element.prototype, 'tagName'),
    parentElement: getterOf(Node.prototype, 'parentElement'),
    firstChild: getterOf(Node.prototype, 'firstChild'),
    nextSibling: getterOf(Node.prototype, 'nextSibling'),
    nodeType: getterOf(Node.prototype, 'nodeType'),
    ownerDocument: getterOf(Node.prototype, 'ownerDocument'),
    defaultView: getterOf(Document.prototype, 'defaultView'),
    title: getterOf(Document.prototype, 'title'),
    textContent: getterOf(Node.prototype, 'textContent'),
    previousElementSibling: getterOf(Element.prototype, 'previousElementSibling'),
    getAttribute: Element.prototype.getAttribute,
    hasAttribute: Element.prototype.hasAttribute,
    contains: Node.prototype.contains,
    querySelectorAll: Document.prototype.querySelectorAll,
    querySelector: Element.prototype.querySelector,
    createTreeWalker: Document.prototype.createTreeWalker,
  };
  return readers;
}

export const tagNameOf = (element: Element): string => read().tagName.call(element);
export const parentElementOf = (node: Node): Element | null => read().parentElement.call(node);
export const firstChildOf = (node: Node): ChildNode | null => read().firstChild.call(node);
export const nextSiblingOf = (node: Node): ChildNode | null => read().nextSibling.call(node);
export const nodeTypeOf = (node: Node): number => read().nodeType.call(node);
/** The window of the document `node` is in. */
export const viewOf = (node: Node): Window | null => {
  const document = read().ownerDocument.call(node);
  return document ? read().defaultView.call(document) : null;
};
export const titleOf = (document: Document): string => read().title.call(document);
export const textOf = (node: Node): string => read().textContent.call(node) ?? '';
export const previousElementOf = (element: Element): Element | null => read().previousElementSibling.call(element);
export const attributeOf = (element: Element, name: string): string | null => read().getAttribute.call(element, name);
export const hasAttributeOf = (element: Element, name: string): boolean => read().hasAttribute.call(element, name);
export const containsNode = (ancestor: Node, node: Node): boolean => read().contains.call(ancestor, node);
export const selectAll = (document: Document, selectors: string): Element[] => [...read().querySelectorAll.call(document, selectors)];
export const holdsMatch = (element: Element, selectors: string): boolean => read().querySelector.call(element, selectors) !== null;
export const treeWalker = (document: Document, root: Node, whatToShow: number): TreeWalker =>
  read().createTreeWalker.call(document, root, whatToShow);

/** The element's class names and id, lower-cased, each on its own. */
export function namesOf(element: Element): string[] {
  const names = (attributeOf(element, 'class') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const id = attributeOf(element, 'id');
  if (id) names.push(id.toLowerCase());
  return names;
}
