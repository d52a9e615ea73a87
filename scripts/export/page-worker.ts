/** A worker thread of the export's post-processing (processExport in ./postprocess.ts): its share of the pages, then one message. */
import { parentPort, workerData } from 'node:worker_threads';
import { processFiles, UnknownScriptError, type PageCache, type PageOptions } from './page';

const { dir, files, options, cache } = workerData as { dir: string; files: string[]; options: PageOptions; cache?: PageCache };
try {
  processFiles(dir, files, options, cache);
  parentPort!.postMessage({});
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message, unknownScript: error instanceof UnknownScriptError });
}
