/**
 * Fails when dist/ is not what a fresh build of src/ gives: rebuilds into a temporary folder
 * and compares it, file by file, with the committed dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = mkdtempSync(path.join(tmpdir(), 'mtr-dist-'));
try {
  // The same bundle step as `npm run build`, into a folder of its own.
  execFileSync('npm', ['run', '--silent', 'bundle', '--', '--out', out], { stdio: 'inherit' });
  const names = new Set([...readdirSync('dist'), ...readdirSync(out)]);
  const stale = [...names].filter((name) => {
    try {
      return !readFileSync(path.join('dist', name)).equals(readFileSync(path.join(out, name)));
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(
      `dist/ is stale (${stale.join(', ')} differ from a fresh build). Run \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ matches a fresh build of src/.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
