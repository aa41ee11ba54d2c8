/**
 * Preloaded with `node -r` into a measured process: at exit it writes the
 * process's peak resident memory to stderr as one last line, `PEAK_RSS_MB=…`.
 */
process.on("exit", () => {
  process.stderr.write(`\nPEAK_RSS_MB=${process.resourceUsage().maxRSS / 1024}\n`);
});
