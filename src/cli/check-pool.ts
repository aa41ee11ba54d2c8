/**
 * Several files of `lkjip periksa` on every core: as many worker threads as
 * `os.availableParallelism()` allows (at most one per file), each taking the
 * next file from one queue and handing its outcome back as plain data as soon
 * as it is done. A worker that cannot start or dies leaves its file to the main
 * thread, and so are the files still waiting once no worker is left.
 */
import { existsSync } from "fs";
import { availableParallelism } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import type { FileCheckOptions, FileOutcome } from "./check-file";

/** What the main thread asks of a worker: one file, by its place among the arguments. */
export interface WorkerRequest {
  readonly index: number;
  readonly file: string;
}

/** A worker's answer: that file's outcome. */
export interface WorkerAnswer {
  readonly index: number;
  readonly outcome: FileOutcome;
}

/** The worker's script, and what must be required before it (tsx's hook for a .ts). */
export interface WorkerScript {
  readonly file: string;
  readonly register?: string;
}

/**
 * The worker script next to this module: periksa-worker.js in the compiled lib,
 * periksa-worker.ts from source (under tsx or Jest), then loaded through tsx's
 * require hook (in Node 20 a loader given with --import does not reach a
 * worker's own script). Undefined when it is not there, or tsx is not installed.
 */
export function workerScript(): WorkerScript | undefined {
  const fromSource = __filename.endsWith(".ts");
  const file = join(__dirname, `periksa-worker${fromSource ? ".ts" : ".js"}`);
  if (!existsSync(file)) return undefined;
  if (!fromSource) return { file };
  try {
    return { file, register: require.resolve("tsx/cjs") };
  } catch {
    return undefined;
  }
}

/** Starts a worker on `script`; a script with a hook starts as a two-line CommonJS program. */
function startWorker(script: WorkerScript, options: FileCheckOptions): Worker {
  if (!script.register) return new Worker(script.file, { workerData: options });
  const code = [script.register, script.file].map((f) => `require(${JSON.stringify(f)});`);
  return new Worker(code.join("\n"), { eval: true, workerData: options });
}

/** How many workers for `files` files: one per core, at most one per file. */
export function workerCount(files: number): number {
  return Math.min(availableParallelism(), files);
}

/** One worker taking files from `waiting` until it is empty; resolves when the worker is gone. */
function runWorker(
  script: WorkerScript,
  files: readonly string[],
  options: FileCheckOptions,
  waiting: number[],
  done: (index: number, outcome: FileOutcome) => void,
  left: number[]
): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(script, options);
    } catch {
      resolve();
      return;
    }
    let current: number | undefined;
    let gone = false;
    const stop = () => {
      if (gone) return;
      gone = true;
      if (current !== undefined) left.push(current);
      void worker.terminate();
      resolve();
    };
    const next = () => {
      current = waiting.shift();
      if (current === undefined) return stop();
      const request: WorkerRequest = { index: current, file: files[current] };
      worker.postMessage(request);
    };
    worker.on("message", (answer: WorkerAnswer) => {
      if (gone || answer.index !== current) return;
      current = undefined;
      done(answer.index, answer.outcome);
      next();
    });
    worker.on("error", stop); // no stack trace: the file goes to the main thread
    worker.on("exit", stop);
    next();
  });
}

/**
 * Checks `files` in `threads` worker threads, calling `done` with each outcome
 * as it finishes; resolves to the indices no worker checked (all of them when
 * there are fewer than two threads or no script), in argument order, for the
 * main thread to check.
 */
export async function checkInWorkers(
  files: readonly string[],
  options: FileCheckOptions,
  done: (index: number, outcome: FileOutcome) => void,
  script: WorkerScript | undefined = workerScript(),
  threads = workerCount(files.length)
): Promise<number[]> {
  const waiting = files.map((_, index) => index);
  if (!script || threads < 2) return waiting;
  const left: number[] = [];
  const workers = Array.from({ length: threads }, () =>
    runWorker(script, files, options, waiting, done, left)
  );
  await Promise.all(workers);
  return [...left, ...waiting].sort((a, b) => a - b);
}
