// Preloaded into a CLI process by the limits tests (`node --require`): on exit, writes the process's peak memory
// (max RSS, in KB) to the file $MAX_RSS_FILE names, so a test can hold a hostile file's run to a memory budget.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.MAX_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
