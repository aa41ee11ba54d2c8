/**
 * Work done in steps: the engine's long tasks are generators that yield after
 * each step (so that the pane can show progress and stop) and return their result.
 */

/** How far a task has come: steps done of steps to do. */
export interface StepProgress {
  readonly done: number;
  readonly total: number;
}

/** Runs every step of a task at once and returns its result. */
export function finish<R>(steps: Generator<unknown, R, void>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
