// Reading a page's DOM in ways its markup cannot shadow. A <form>'s controls are its named
// properties and win over the built-in ones (`<input name="id">` makes `form.id` that input,
// `name="firstChild"` or `name="getAttribute"` shadow those too), and a document's named
// elements do the same to `document`. Whole-page forms are common (ASP.NET wraps every page in
// one), so every property NewsFacts reads on the page's nodes goes through the prototypes' own
// getters and methods.

type Own = (this: unknown, ...args: unknown[]) => unknown;
const found = new Map<string, Own>();

// The getter or method `name` of `proto` or the nearest prototype above it that defines it (DOM
// emulations such as happy-dom define some one level up), looked up once. Prototypes are passed
// as functions: the module is also loaded where no DOM exists (Node).
function own(proto: () => object, name: string): Own {
  let fn = found.get(name);
  for (let p: object | null = fn ? null : proto(); p && !fn; p = Object.getPrototypeOf(p)) {
    const descriptor = Object.getOwnPropertyDescriptor(p, name);
    fn = (descriptor?.get ?? descriptor?.value) as Own | undefined;
  }
  found.set(name, fn!);
  return fn!;
}

const NODE = () => Node.prototype;
const ELEMENT = () => Element.prototype;
const DOCUMENT = () => Document.prototype;
const reader =
  <T, R>(proto: () => object, name: string) =>
  (target: T): R =>
    own(proto, name).call(target) as R;

export const tagNameOf = reader<Element, string>(ELEMENT, 'tagName');
export const previousElementOf = reader<Element, Element | null>(ELEMENT, 'previousElementSibling');
export const parentElementOf = reader<Node, Element | null>(NODE, 'parentElement');
export const firstChildOf = reader<Node, ChildNode | null>(NODE, 'firstChild');
export const nextSiblingOf = reader<Node, ChildNode | null>(NODE, 'nextSibling');
export const nodeTypeOf = reader<Node, number>(NODE, 'nodeType');
export const textOf = reader<Element, string>(ELEMENT, 'textContent');
export const titleOf = reader<Document, string>(DOCUMENT, 'title');
const ownerDocumentOf = reader<Node, Document | null>(NODE, 'ownerDocument');
const defaultViewOf = reader<Document, Window | null>(DOCUMENT, 'defaultView');

/** The window of the document `node` is in. */
export const viewOf = (node: Node): Window | null => {
  const document = ownerDocumentOf(node);
  return document && defaultViewOf(document);
};
export const attributeOf = (element: Element, name: string): string | null =>
  own(ELEMENT, 'getAttribute').call(element, name) as string | null;
export const hasAttributeOf = (element: Element, name: string): boolean => own(ELEMENT, 'hasAttribute').call(element, name) as boolean;
export const holdsMatch = (element: Element, selectors: string): boolean => own(ELEMENT, 'querySelector').call(element, selectors) !== null;
export const containsNode = (ancestor: Node, node: Node): boolean => own(NODE, 'contains').call(ancestor, node) as boolean;
export const selectAll = (document: Document, selectors: string): Element[] => [
  ...(own(DOCUMENT, 'querySelectorAll').call(document, selectors) as NodeListOf<Element>),
];
export const treeWalker = (document: Document, root: Node, whatToShow: number): TreeWalker =>
  own(DOCUMENT, 'createTreeWalker').call(document, root, whatToShow) as TreeWalker;

/** The element's class names and id, lower-cased, each on its own. */
export function namesOf(element: Element): string[] {
  const names = (attributeOf(element, 'class') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const id = attributeOf(element, 'id');
  if (id) names.push(id.toLowerCase());
  return names;
}
