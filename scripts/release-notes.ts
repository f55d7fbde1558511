/**
 * The notes of a release: `node scripts/release-notes.ts vX.Y.Z` refuses a tag that is not `v` +
 * package.json's version, and prints the body of that version's CHANGELOG.md section (without its
 * `## [X.Y.Z] - date` heading); with `--major` before the tag it makes the same checks and prints
 * the major tag the release moves (`v1`), or an empty line for a pre-release. The release workflow
 * (.github/workflows/release.yml) publishes what it prints; a refusal is one line on stderr and
 * exit code 1, with nothing on stdout.
 */
import { readFileSync } from 'node:fs';

/** A semantic version tag: `v1.2.3`, `v1.2.3-rc.1`, `v1.2.3+build.5`. */
const TAG = /^v(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** Where a version's section ends: the next `## ` heading or the first link reference definition (`[x]: url`). */
const SECTION_END = /^(## |\[[^\]]+\]:\s)/;

/**
 * The notes for `tag`, given package.json's `version` and the text of CHANGELOG.md. Throws an
 * `Error` saying what is wrong when the tag is not a version tag, is not `v` + `version`, or the
 * changelog has no section for it, or an empty one.
 */
export function releaseNotes(tag: string, version: string, changelog: string): string {
  if (!TAG.test(tag)) throw new Error(`tag '${tag}' is not a version tag (vMAJOR.MINOR.PATCH)`);
  if (tag !== `v${version}`)
    throw new Error(`tag ${tag} does not match package.json's version ${version}: the tag must be v${version}`);
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\](\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) throw new Error(`CHANGELOG.md has no section '## [${version}]'`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => SECTION_END.test(line));
  const notes = unwrap((end < 0 ? rest : rest.slice(0, end)).join('\n')).trim();
  if (notes === '') throw new Error(`CHANGELOG.md's section '## [${version}]' is empty`);
  return `${notes}\n`;
}

/** A line that starts a block of its own: a heading, a list item, a table row, a quote or a fence. */
const BLOCK_START = /^\s*(#|[-*+]\s|\d+[.)]\s|\||>|```|~~~)/;

/**
 * `markdown` with hard-wrapped paragraphs and list items joined into one line each: GitHub shows a
 * newline in a release's notes as a line break, where CHANGELOG.md wraps at 100 columns. Fenced
 * code is left as it is.
 */
export function unwrap(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    const fence = /^\s*(```|~~~)/.test(line);
    const prev = out.at(-1);
    const joins =
      !fenced &&
      !fence &&
      prev !== undefined &&
      prev.trim() !== '' &&
      !/^\s*(#|\||```|~~~)/.test(prev) &&
      line.trim() !== '' &&
      !BLOCK_START.test(line);
    if (joins) out[out.length - 1] = `${prev} ${line.trim()}`;
    else out.push(line);
    if (fence) fenced = !fenced;
  }
  return out.join('\n');
}

/** The major version tag a release moves: `v1` for `v1.2.3`; none for a pre-release (`v1.2.3-rc.1`). */
export function majorTag(tag: string): string | undefined {
  const match = TAG.exec(tag);
  return match && match[4] === undefined ? `v${match[1] ?? ''}` : undefined;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const major = args[0] === '--major';
  const tag = (major ? args[1] : args[0]) ?? '';
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const version = typeof pkg === 'object' && pkg !== null && 'version' in pkg ? pkg.version : undefined;
    if (typeof version !== 'string') throw new Error('package.json has no version');
    const notes = releaseNotes(tag, version, readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'));
    process.stdout.write(major ? `${majorTag(tag) ?? ''}\n` : notes);
  } catch (error) {
    console.error(`release-notes: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
