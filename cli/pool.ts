// Who annotates the documents: this thread (--jobs 1, or a single file), or a pool of worker
// threads (piscina) that each load the place index once. piscina queues the tasks, restarts a
// worker that dies (a document that exhausts memory fails alone) and ends the threads on close.
import type { DocumentResult, DocumentTask, RunSettings } from './annotate';

export interface Annotator {
  annotate(task: DocumentTask): Promise<DocumentResult>;
  close(): Promise<void>;
}

/**
 * The worker's module beside this one: the built JavaScript (build/cli/worker.mjs) when the
 * command runs built, the TypeScript source through tsx when it runs from source (the tests).
 */
function workerModule(): { filename: string; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  return { filename: new URL(fromSource ? './worker.ts' : './worker.mjs', import.meta.url).href, execArgv: fromSource ? ['--import', 'tsx'] : [] };
}

export async function createAnnotator(settings: RunSettings, jobs: number): Promise<Annotator> {
  if (jobs === 1) {
    // loaded only here, so that a run with workers never loads the engine in this thread
    const { documentAnnotator } = await import('./annotate');
    return { annotate: documentAnnotator(settings), close: async () => {} };
  }
  // all threads kept for the whole run: a thread piscina ends when idle would load the place
  // index again when it is started for the next document (piscina itself is loaded only here:
  // `newsfacts --help` and a run in this thread do without its 40 ms)
  const { default: Piscina } = await import('piscina');
  const pool = new Piscina({ ...workerModule(), minThreads: jobs, maxThreads: jobs, idleTimeout: Infinity });
  return {
    annotate: (task) =>
      pool.run({ task, settings }).catch((e: Error): DocumentResult => ({ id: task.id, error: `its worker stopped: ${e.message}` })),
    close: () => pool.destroy(),
  };
}
