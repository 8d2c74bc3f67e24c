// Preloaded with `node -r` into every measured process: records its peak
// resident set size when it exits, for the benchmark table.
const { appendFileSync } = require('node:fs');
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
