/**
 * Long work in small steps: the pane runs the engine's step generators here,
 * giving the browser a turn now and then so that the progress bar moves and the
 * Stop button answers.
 */

/** Thrown when the user stopped the work between two steps. */
export class Stopped extends Error {
  constructor() {
    super("dihentikan");
  }
}

/** Longest wait for a frame: a hidden pane gets none, and the work must go on. */
const FRAME_WAIT_MS = 50;

/**
 * Lets the browser paint a frame and handle input before going on: resumes
 * after the next animation frame, or after {@link FRAME_WAIT_MS} when no frame
 * comes (a hidden pane, or no window at all).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    if (typeof requestAnimationFrame !== "function") return;
    requestAnimationFrame(() => {
      clearTimeout(timer);
      setTimeout(resolve, 0);
    });
  });
}

/**
 * Runs `steps` to its end and returns its result. At most every `budgetMs` it
 * reports the current step, gives the browser a turn, and throws {@link Stopped}
 * if `stopped()` has become true.
 */
export async function runSteps<P, R>(
  steps: Generator<P, R, void>,
  onStep: (step: P) => void,
  stopped: () => boolean,
  budgetMs = 40
): Promise<R> {
  let since = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - since < budgetMs) continue;
    onStep(step.value);
    await nextTurn();
    if (stopped()) throw new Stopped();
    since = Date.now();
  }
}
