/**
 * Preloaded with `node -r` into a measured process: at exit it writes the
 * process's peak resident memory to stderr as one last line, `PEAK_RSS_MB=…`.
 *
 * On Linux that is the high-water mark of the process's own memory (`VmHWM`).
 * `resourceUsage().maxRSS` there also keeps what was counted before the child
 * started running node, which grows with the parent: under a bench holding
 * 1.6 GB, a check of the sample and a bare load both read 100 MB, against their
 * own 77 and 79 MB.
 */
const { readFileSync } = require("fs");

function peakMb() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux: the kernel's own count is all there is.
  }
  return process.resourceUsage().maxRSS / 1024;
}

process.on("exit", () => {
  process.stderr.write(`\nPEAK_RSS_MB=${peakMb()}\n`);
});
