/**
 * Progress of a long check or fill on the terminal's status line: the file, the
 * stage, and how many steps of how many are done, driven by the engine's
 * step-wise tasks (the same ones the pane shows).
 */
import { CliIo } from "./io";

/** Says what a run is doing; `file` prefixes every line. */
export interface ProgressLine {
  /** Shows a stage without steps (reading, writing). */
  stage(text: string): void;
  /** Runs a task's steps to the end, showing each as it is done; returns its result. */
  steps<P, R>(task: Generator<P, R, void>, describe: (step: P) => string): R;
  /** Clears the status line. */
  end(): void;
}

/** A status line for `file`, numbered when it is one of several (`[2/3]`). */
export function progressLine(
  io: CliIo,
  file: string,
  position?: { readonly index: number; readonly count: number }
): ProgressLine {
  const prefix =
    position && position.count > 1
      ? `[${position.index + 1}/${position.count}] ${file}`
      : `${file}`;
  const show = (text: string) => io.progress?.(`${prefix} — ${text}`);
  return {
    stage: show,
    steps: (task, describe) => {
      for (;;) {
        const step = task.next();
        if (step.done) return step.value;
        show(describe(step.value));
      }
    },
    end: () => io.progress?.(""),
  };
}
