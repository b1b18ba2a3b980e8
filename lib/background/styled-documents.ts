// Which documents hold the highlight style sheet, so that each gets it once: inserting it again
// would stack copies, and one removeCSS takes away only one copy. A document is known by its
// frame and its documentId (Chrome) or else its address (Firefox has no documentIds); a tab that
// navigates or closes is forgotten.
import { once } from '../util/once';

/** A document as a runtime message's sender names it. */
export interface DocumentRef {
  tabId: number;
  frameId: number;
  /** Chrome's documentId, else the document's address. */
  document: string;
}

export class StyledDocuments {
  private readonly byTab = new Map<number, Map<string, Promise<void>>>();

  /** Styles a document with `insert` unless it is styled already; who asks meanwhile waits for the same insertion. */
  style({ tabId, frameId, document }: DocumentRef, insert: () => Promise<void>): Promise<void> {
    let documents = this.byTab.get(tabId);
    if (!documents) this.byTab.set(tabId, (documents = new Map()));
    return once(documents, `${frameId} ${document}`, insert);
  }

  forgetTab(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
