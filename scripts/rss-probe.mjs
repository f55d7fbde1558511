// Preloaded by the benchmark into the action's process: writes its peak resident set size (KiB)
// to the file named by MTR_RSS_FILE when the process exits. Plain JavaScript on purpose: a .ts
// preload would make Node load its TypeScript stripper and add ~16 MB to what is measured.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  if (process.env.MTR_RSS_FILE) writeFileSync(process.env.MTR_RSS_FILE, String(process.resourceUsage().maxRSS));
});
