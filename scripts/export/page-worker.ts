/** A worker thread of the export's post-processing (processExport in ./postprocess.ts): its share of the work, then one message. */
import { parentPort, workerData } from 'node:worker_threads';
import { doWork, UnknownScriptError, type ExportWork, type PageCache, type PageOptions } from './page';

const { dir, work, options, cache } = workerData as { dir: string; work: ExportWork; options: PageOptions; cache?: PageCache };
try {
  doWork(dir, work, options, cache);
  parentPort!.postMessage({});
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message, unknownScript: error instanceof UnknownScriptError });
}
