/**
 * A worker thread of `lkjip periksa` on several files: checks each file the
 * main thread sends and answers with its outcome as plain data; the main thread
 * prints. Started by check-pool.ts, as lib/cli/periksa-worker.js or, from
 * source, as this .ts through tsx.
 */
import { parentPort, workerData } from "worker_threads";
import { checkFile, FileCheckOptions } from "./check-file";
import type { WorkerAnswer, WorkerRequest } from "./check-pool";
import { progressLine } from "./progress";

const options = workerData as FileCheckOptions;
const unseen = progressLine({ out: () => undefined, err: () => undefined }, "");

parentPort?.on("message", async (request: WorkerRequest) => {
  const answer: WorkerAnswer = {
    index: request.index,
    outcome: await checkFile(request.file, options, unseen),
  };
  parentPort?.postMessage(answer);
});
