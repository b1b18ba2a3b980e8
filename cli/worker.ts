// A worker thread of the command line's pool (cli/pool.ts): annotates the documents piscina gives
// it, with the place index it loads once, for its first document.
import { documentAnnotator, type DocumentResult, type DocumentTask, type RunSettings } from './annotate';

let annotate: ((task: DocumentTask) => Promise<DocumentResult>) | undefined;

export default function annotateInWorker({ task, settings }: { task: DocumentTask; settings: RunSettings }): Promise<DocumentResult> {
  annotate ??= documentAnnotator(settings);
  return annotate(task);
}
