import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { formatProblems, type Problem } from '../../src/validation/problem.ts';
import { validateCatalogue } from '../../src/validation/validate-catalogue.ts';
import { entryNamed, makeCatalogue, validEntry } from '../support/fixture-catalogue.ts';

const cleanups: (() => Promise<void>)[] = [];
after(() => Promise.all(cleanups.map((c) => c())));

/** Validates a catalogue made of `files` and returns its problems. */
async function problemsFor(files: Record<string, string>): Promise<Problem[]> {
  const { root, cleanup } = await makeCatalogue(files);
  cleanups.push(cleanup);
  return (await validateCatalogue(root)).problems;
}

const file = 'content/errors/python/ConnectionResetError.mdx';
const one = (text: string) => problemsFor({ [file]: text });

/** Asserts that exactly one problem names this field and its message matches. */
function expectProblem(problems: Problem[], field: string, message: RegExp): void {
  const hits = problems.filter((p) => p.field === field && message.test(p.message));
  assert.equal(hits.length, 1, `expected one problem on ${field} matching ${message}, got:\n${formatProblems(problems)}`);
}

describe('validateCatalogue', () => {
  test('a complete entry has no problems', async () => {
    assert.deepEqual(await one(validEntry), []);
  });

  test('a missing required part is named with the parts expected', async () => {
    const problems = await one(validEntry.replace(/## Causes[\s\S]*?(?=## Reproduce)/, ''));
    expectProblem(problems, '## Causes', /missing; every entry needs ## Meaning, ## Causes, ## Reproduce, ## Fixes, ## What not to do/);
  });

  test('an empty part is reported as empty', async () => {
    const problems = await one(validEntry.replace(/(## Meaning\n)[\s\S]*?(?=## Causes)/, '$1\n'));
    expectProblem(problems, '## Meaning', /is empty/);
  });

  test('parts out of order are reported', async () => {
    const causes = /## Causes[\s\S]*?(?=## Reproduce)/.exec(validEntry)![0];
    const problems = await one(validEntry.replace(causes, '').replace('## When it is harmless', `${causes}## When it is harmless`));
    expectProblem(problems, '## Causes', /out of order/);
  });

  test('an unknown section heading lists the allowed ones', async () => {
    const problems = await one(validEntry.replace('## When it is harmless', '## Notes'));
    expectProblem(problems, '## Notes', /not a part of an entry; use these headings in this order/);
  });

  test('a fix without When, Why or code says which is missing', async () => {
    const broken = validEntry.replace('**When:** you are the client', 'You are the client').replace('**Why it works:** a reset kills', 'A reset kills');
    const problems = await one(broken);
    expectProblem(problems, '### Retry idempotent requests with a fresh connection', /\*\*When:\*\*/);
    expectProblem(problems, '### Retry idempotent requests with a fresh connection', /\*\*Why it works:\*\*/);
  });

  test('an anti-pattern without its reason is reported', async () => {
    const problems = await one(validEntry.replace('**Why it is wrong:** a reset tells you', 'A reset tells you'));
    expectProblem(problems, '### Retry every request blindly', /\*\*Why it is wrong:\*\*/);
  });

  test('a snippet without a declaration, or with a malformed one, is reported', async () => {
    const problems = await one(validEntry.replace('```python expect=ok\nimport logging', '```python\nimport logging').replace('```python expect=raises:ConnectionResetError\n', '```python expect=raise:Oops\n'));
    expectProblem(problems, '## Fixes code block', /missing expect=/);
    expectProblem(problems, '## What not to do code block', /expect=raise:Oops is not understood/);
  });

  test('a reproduction that raises another error is reported', async () => {
    const problems = await one(validEntry.replace('expect=raises:ConnectionResetError:ECONNRESET', 'expect=raises:KeyError'));
    expectProblem(problems, '## Reproduce', /raises KeyError, expected ConnectionResetError or one of its subclasses/);
  });

  test('`py` fences are told to use the canonical spelling', async () => {
    const problems = await one(validEntry.replace('```python expect=ok\nimport errno', '```py expect=ok\nimport errno'));
    expectProblem(problems, '## What not to do code block', /write ```python instead of ```py/);
  });

  test('frontmatter problems name the field and what was expected', async () => {
    const broken = validEntry.replace('errno: [ECONNRESET]', 'errno: [econnreset]').replace(/summary: .*/, 'summary: Too short.').replace('language: python', 'language: python\ncolour: red');
    const problems = await one(broken);
    expectProblem(problems, 'errno[0]', /expected an errno symbol in capitals/);
    expectProblem(problems, 'summary', /20 to 200 characters/);
    expectProblem(problems, 'frontmatter', /unknown field colour/);
  });

  test('a missing required field is named', async () => {
    const problems = await one(validEntry.replace(/^sources:[\s\S]*?(?=---\n\n## Meaning)/m, ''));
    expectProblem(problems, 'sources', /missing/);
  });

  test('a file whose title does not match its path is reported', async () => {
    const problems = await problemsFor({ 'content/errors/python/Wrong.mdx': validEntry });
    expectProblem(problems, 'title', /must live at content\/errors\/python\/ConnectionResetError\.mdx/);
  });

  test('a related reference to no entry fails', async () => {
    const problems = await one(validEntry.replace('aliases', 'related: [python/NoSuchError]\naliases').replace('sources:', 'related: [python/NoSuchError]\nsources:'));
    expectProblem(problems, 'related[0]', /python\/NoSuchError is not an entry/);
  });

  test('an alias claimed by two entries, or equal to another URL, fails', async () => {
    const withAlias = (alias: string) => (t: string) => t.replace('sources:', `aliases: [${alias}]\nsources:`);
    const problems = await problemsFor({
      'content/errors/python/KeyError.mdx': entryNamed('KeyError', withAlias('/python/OldName')),
      'content/errors/python/IndexError.mdx': entryNamed('IndexError', withAlias('/python/OldName')),
      'content/errors/python/ValueError.mdx': entryNamed('ValueError', withAlias('/python/keyerror')),
    });
    assert.equal(problems.filter((p) => /already the URL or an alias of/.test(p.message)).length, 2, formatProblems(problems));
  });

  test('MDX traps get a message that says how to escape them', async () => {
    const generic = await one(validEntry.replace('The peer ended the connection abruptly', 'A List<String> ended the connection'));
    expectProblem(generic, 'MDX', /Put code like `List<String>` in backticks, or escape the bracket/);
    const line = validEntry.split('\n').findIndex((l) => l.includes('The peer ended the connection abruptly')) + 1;
    assert.equal(generic[0]!.line, line);
    const brace = await one(validEntry.replace('The peer ended the connection abruptly', 'A bare { brace'));
    expectProblem(brace, 'MDX', /MDX reads `\{` as the start of a JavaScript expression/);
  });

  test('YAML syntax errors name the line', async () => {
    const problems = await one(validEntry.replace(/summary: .*/, 'summary: a: b: c'));
    const yaml = problems.find((p) => p.field === 'frontmatter' && /YAML error/.test(p.message));
    assert.ok(yaml, formatProblems(problems));
    assert.equal(yaml.line, 3);
  });

  test('every broken file is reported in one run', async () => {
    const problems = await problemsFor({
      'content/errors/python/KeyError.mdx': entryNamed('KeyError', (t) => t.replace(/## Fixes[\s\S]*?(?=## What not to do)/, '')),
      'content/errors/python/IndexError.mdx': entryNamed('IndexError', (t) => t.replace('language: python', 'language: cobol')),
      'content/errors/python/ValueError.mdx': entryNamed('ValueError'),
    });
    const files = new Set(problems.map((p) => p.file));
    assert.deepEqual([...files].sort(), ['content/errors/python/IndexError.mdx', 'content/errors/python/KeyError.mdx']);
  });
});

describe('errno references in entries', () => {
  test('an errno symbol that is not in the table fails, naming the field', async () => {
    const problems = await one(validEntry.replace('errno: [ECONNRESET]', 'errno: [ECONNRESTE]'));
    expectProblem(problems, 'errno[0]', /ECONNRESTE is not in the errno table/);
  });

  test('a message whose number contradicts the table fails', async () => {
    const problems = await one(validEntry.replace('[Errno 54] Connection reset by peer', '[Errno 104] Connection reset by peer').replace('[WinError 10054]', '[WinError 10053]'));
    expectProblem(problems, 'messages[1].text', /shows 104 on macos, but the errno table says ECONNRESET is 54 there/);
    expectProblem(problems, 'messages[2].text', /shows 10053 on windows/);
  });
});
