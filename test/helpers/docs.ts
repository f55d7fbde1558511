/**
 * The workflows the documentation shows: fenced YAML blocks of the repository's Markdown files
 * that are workflows, and the steps in them that use this action. Parsing is strict (unique
 * keys, no YAML errors or warnings) so that a block a reader would copy cannot be subtly broken.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, type Document } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface DocWorkflow {
  /** Repository-relative path with `/` separators, e.g. `README.md`. */
  file: string;
  /** 0-based index of the block among the file's ```yaml / ```yml blocks. */
  index: number;
  /** 1-based line of the opening fence. */
  line: number;
  /** The YAML text, without the fences. */
  text: string;
}

export interface ParsedYaml {
  doc: Document;
  /** 1-based line in the file of an offset into the parsed text. */
  lineOf(offset: number): number;
}

/**
 * Parses YAML the strict way (`uniqueKeys`, `strict`). Every error and warning throws, each
 * named `file:line:col`; `lineOffset` is the number of file lines before `text` (the opening
 * fence's line for a Markdown block), so the lines are the file's.
 */
export function parseStrict(text: string, file: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  // prettyErrors off: its "at line N" would count from the block, not the file.
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false, lineCounter: counter });
  const lines = text.split('\n');
  const problems = [...doc.errors, ...doc.warnings].map((error) => {
    const { line, col } = counter.linePos(error.pos[0]);
    return `${file}:${line + lineOffset}:${col}: ${error.name} ${error.code}: ${error.message}\n    ${(lines[line - 1] ?? '').trim()}`;
  });
  if (problems.length > 0) throw new SyntaxError(`invalid YAML:\n${problems.join('\n')}`);
  return { doc, lineOf: (offset) => counter.linePos(offset).line + lineOffset };
}

/** Markdown files whose examples count: the top level, docs/ and .github/, never dependencies, builds or fixtures. */
export function markdownFiles(root: string = ROOT): string[] {
  const files = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => entry.name);
  for (const dir of ['docs', '.github']) {
    if (!existsSync(path.join(root, dir))) continue;
    for (const name of readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
      if (name.endsWith('.md')) files.push(path.posix.join(dir, name.split(path.sep).join('/')));
    }
  }
  const excluded = /(^|\/)(node_modules|dist)\/|^test\/fixtures\//;
  return files.filter((file) => !excluded.test(file)).sort();
}

/** The fenced blocks of a Markdown text whose info string matches `language` (CommonMark fences: ``` or ~~~, up to 3 spaces of indent). */
function fencedBlocks(markdown: string, language: RegExp): Array<{ line: number; text: string }> {
  const blocks: Array<{ line: number; text: string }> = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})[ \t]*(\S*)/.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const close = new RegExp(`^ {0,3}${fence.charAt(0) === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    const start = i;
    const body: string[] = [];
    // Content lines lose up to the fence's own indentation, as CommonMark renders them.
    for (i++; i < lines.length && !close.test(lines[i] ?? ''); i++)
      body.push((lines[i] ?? '').replace(new RegExp(`^ {0,${indent.length}}`), ''));
    if (language.test(info)) blocks.push({ line: start + 1, text: body.join('\n') + '\n' });
  }
  return blocks;
}

/** A YAML mapping, as `toJS()` gives it. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every fenced ```yaml / ```yml block of the repository's Markdown (README.md and the other
 * top-level *.md, docs/, .github/) that is a workflow: a mapping with a `jobs` key. A block that
 * is not valid YAML throws, naming the file and line.
 */
export function docWorkflows(root: string = ROOT): DocWorkflow[] {
  const workflows: DocWorkflow[] = [];
  for (const file of markdownFiles(root)) {
    fencedBlocks(readFileSync(path.join(root, file), 'utf8'), /^ya?ml$/i).forEach((block, index) => {
      const value: unknown = parseStrict(block.text, file, block.line).doc.toJS();
      if (isRecord(value) && 'jobs' in value) workflows.push({ file, index, line: block.line, text: block.text });
    });
  }
  return workflows;
}

/** `uses:` of this action: a published ref (`owner/meta-token-refresh@ref`) or the repository itself (`./`). */
const THIS_ACTION = /meta-token-refresh@|^\.\/?$/;

/**
 * The steps of a parsed workflow whose `uses:` matches `uses` (default: this action), with
 * their `with:` values as the runner receives them: strings as YAML gives them, booleans and
 * numbers through String(), an empty value as ''.
 */
export function actionSteps(
  workflow: unknown,
  uses: RegExp = THIS_ACTION,
): Array<{ job: string; step: number; with: Record<string, string> }> {
  const found: Array<{ job: string; step: number; with: Record<string, string> }> = [];
  const jobs = isRecord(workflow) ? workflow.jobs : undefined;
  if (!isRecord(jobs)) return found;
  for (const [job, definition] of Object.entries(jobs)) {
    const steps = isRecord(definition) ? definition.steps : undefined;
    if (!Array.isArray(steps)) continue;
    steps.forEach((step: unknown, index) => {
      if (!isRecord(step) || typeof step.uses !== 'string' || !uses.test(step.uses)) return;
      const given: Record<string, string> = {};
      for (const [key, value] of Object.entries(isRecord(step.with) ? step.with : {})) {
        if (value === null || value === undefined) given[key] = '';
        else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
          given[key] = String(value);
        else throw new TypeError(`jobs.${job}.steps[${index}].with.${key} is not a scalar`);
      }
      found.push({ job, step: index, with: given });
    });
  }
  return found;
}

/** The text of every ```sql block of `file` (repository-relative), in order: what a reader runs to follow it. */
export function docSql(file: string, root: string = ROOT): string[] {
  return fencedBlocks(readFileSync(path.join(root, file), 'utf8'), /^sql$/i).map((block) => block.text);
}

/** The lines of a Markdown text outside its fenced blocks, with their 1-based line numbers. */
export function proseLines(markdown: string): Array<{ line: number; text: string }> {
  const prose: Array<{ line: number; text: string }> = [];
  let close: RegExp | undefined;
  markdown.split('\n').forEach((text, i) => {
    if (close) {
      if (close.test(text)) close = undefined;
      return;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (open) {
      const fence = open[1] ?? '```';
      close = new RegExp(`^ {0,3}${fence.charAt(0) === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      return;
    }
    prose.push({ line: i + 1, text });
  });
  return prose;
}

/**
 * The anchors GitHub gives a Markdown text's headings: lower case, punctuation other than `-` and
 * `_` dropped, spaces made `-`, a repeated anchor suffixed `-1`, `-2`, ...
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text)?.[1];
    if (heading === undefined) continue;
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** The rows of every pipe table of a Markdown text (outside fenced blocks), as trimmed cells; `\|` stays in its cell. */
export function tableRows(markdown: string): Array<{ line: number; cells: string[] }> {
  return proseLines(markdown)
    .filter(({ text }) => /^\s*\|.*\|\s*$/.test(text) && !/^\s*\|[\s|:-]+\|\s*$/.test(text))
    .map(({ line, text }) => ({
      line,
      cells: text
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    }));
}
