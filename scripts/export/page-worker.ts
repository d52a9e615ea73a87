/** A worker thread of the export's post-processing (processExport in ./postprocess.ts): it waits for its share of the work, does it, then sends one message. */
import { parentPort } from 'node:worker_threads';
import { doWork, UnknownScriptError, type ExportWork, type PageCache, type PageOptions } from './page';

parentPort!.once('message', ({ dir, work, options, cache }: { dir: string; work: ExportWork; options: PageOptions; cache?: PageCache }) => {
  try {
    doWork(dir, work, options, cache);
    parentPort!.postMessage({});
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message, unknownScript: error instanceof UnknownScriptError });
  }
});
