/**
 * A CLI output capture for tests: what a command printed on stdout and stderr.
 */
import { CliIo } from "../../src/cli/io";

/** Collects a command's output. */
export function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out: (t: string) => (io.stdout += `${t}\n`),
    err: (t: string) => (io.stderr += `${t}\n`),
  };
  return io;
}
