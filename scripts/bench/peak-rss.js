// Preloaded into a brev process by the bench (node --import): at exit, writes the process's peak resident memory in
// bytes (worker threads included) to the file named by BREV_BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.BREV_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
