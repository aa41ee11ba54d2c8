/**
 * The whole check as `npm test` runs it, with the command runner handed in so that
 * a test can stand in for apt-get: plan, install if the plan says so, check again,
 * and answer with the exit status and the one message to print.
 */
import { Machine } from "./machine";
import { stopMessage } from "./message";
import { missingTools } from "./missing";
import { planFor } from "./plan";

/** Runs a command with DEBIAN_FRONTEND=noninteractive; resolves to its exit status or why it could not run. */
export type Runner = (command: string, args: readonly string[]) => number | string;

/** What the check ends with: 0 to go on, 1 with `message` on stderr. */
export interface Outcome {
  readonly status: 0 | 1;
  /** Printed before installing, or the one message when stopping. */
  readonly messages: readonly string[];
}

/** Checks `machine`, installing with `run` where the plan allows it. */
export function checkPrereqs(machine: Machine, run: Runner): Outcome {
  const plan = planFor(machine, missingTools(machine));
  if (plan.kind === "ready") return { status: 0, messages: [] };
  if (plan.kind === "stop") return { status: 1, messages: [plan.message] };
  const messages = [`Memasang program sistem untuk tes dengan apt-get: ${plan.packages.join(" ")}`];
  for (const [command, ...args] of plan.commands) {
    const result = run(command, args);
    if (result !== 0) {
      const why = typeof result === "number" ? `status keluar ${result}` : result;
      const cause = `${command} ${args.join(" ")} gagal (${why}).`;
      return {
        status: 1,
        messages: [...messages, stopMessage(machine, missingTools(machine), { cause })],
      };
    }
  }
  const still = missingTools(machine);
  if (still.length === 0) return { status: 0, messages };
  const cause = "apt-get selesai, tetapi program ini belum juga ditemukan:";
  return { status: 1, messages: [...messages, stopMessage(machine, still, { cause })] };
}
