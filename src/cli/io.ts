/**
 * Where the CLI writes: standard output and standard error, injectable for tests,
 * and a status line for progress, shown only when stderr is a terminal.
 */

/** The output streams of a command. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /**
   * Shows `line` as the status line of a long run, replacing the one before; an
   * empty line clears it. Absent, or doing nothing, where nobody watches.
   */
  progress?(line: string): void;
}

const CLEAR = "\r\x1b[K";
let statusShown = false;

function clearStatus(): void {
  if (!statusShown) return;
  process.stderr.write(CLEAR);
  statusShown = false;
}

function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}

/** The process's own streams; progress only when stderr is a terminal. */
export const PROCESS_IO: CliIo = {
  out: (text) => {
    clearStatus();
    process.stdout.write(withNewline(text));
  },
  err: (text) => {
    clearStatus();
    process.stderr.write(withNewline(text));
  },
  progress: (line) => {
    if (!process.stderr.isTTY) return;
    if (!line) return clearStatus();
    const width = Math.max(20, (process.stderr.columns || 80) - 1);
    const shown = line.length > width ? `${line.slice(0, width - 1)}…` : line;
    process.stderr.write(`${CLEAR}${shown}`);
    statusShown = true;
  },
};
