// Preloaded by the benchmark into the action's process: writes its peak resident set size (KiB)
// to the file named by MTR_RSS_FILE when the process exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.MTR_RSS_FILE) writeFileSync(process.env.MTR_RSS_FILE, String(process.resourceUsage().maxRSS));
});
