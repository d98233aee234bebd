// Preloaded into bench children (`node --import`) where GNU time is missing: reports the peak RSS.
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
