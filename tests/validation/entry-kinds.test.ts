import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { formatProblems, type Problem } from '../../src/validation/problem.ts';
import { validateCatalogue } from '../../src/validation/validate-catalogue.ts';
import { baseEntries, entryNamed, makeCatalogue, validEntry } from '../support/fixture-catalogue.ts';

// Fixtures for the kinds of entries beyond built-in classes: a message page, a standard-library class, a
// JavaScript class, a tool page; each valid one is then broken in the ways authors break them.
const cleanups: (() => Promise<void>)[] = [];
after(() => Promise.all(cleanups.map((c) => c())));

const body = validEntry.slice(validEntry.indexOf('\n---\n', 4) + 5);
const sources = 'sources:\n  - title: "Python docs: the page that documents it"\n    url: https://docs.python.org/3/\n';
/** An entry with this frontmatter and the fixture's body, its reproduction declared to raise `raises`. */
const page = (frontmatter: string, raises: string) =>
  `---\n${frontmatter.trim()}\nsummary: A fixture entry whose summary is long enough for the schema.\n${sources}---\n${body.replace('expect=raises:ConnectionResetError:ECONNRESET', `expect=raises:${raises}`)}`;

const messagePage = (fm = '') =>
  page(
    `kind: message
title: "[Errno {number}] Connection reset by peer"
language: python
class: ConnectionResetError
templates:
  - text: "[Errno {number}] Connection reset by peer"
    versions: "*"
${fm}`,
    'ConnectionResetError:ECONNRESET',
  );
const jsonClass = (fm = 'mro: [ValueError, Exception, BaseException]') =>
  page(`kind: class\ntitle: json.JSONDecodeError\nlanguage: python\nmodule: json\npackage: stdlib\nparent: ValueError\n${fm}`, 'JSONDecodeError');

const files = {
  ...baseEntries(),
  'content/errors/python/ValueError.mdx': entryNamed('ValueError', (t) => t.replace('parent: ConnectionError', 'parent: Exception')),
  'content/errors/python/ConnectionResetError.mdx': validEntry,
  'content/errors/python/ConnectionResetError/reset-by-peer.mdx': messagePage(),
  'content/errors/python/json.JSONDecodeError.mdx': jsonClass(),
  'content/errors/python/pip/externally-managed-environment.mdx': page(
    `kind: tool\ntitle: externally-managed-environment\nlanguage: python\npackage: pip\npackageVersion: 23.0.1\ntemplates:\n  - text: "error: externally-managed-environment"\n    versions: "*"`,
    'CalledProcessError',
  ),
  'content/errors/javascript/TypeError.mdx': page('kind: class\ntitle: TypeError\nlanguage: javascript\nparent: Error', 'TypeError').replaceAll('```python', '```js'),
};

/** Validates the fixture catalogue with `changes` applied (a file set to null is left out). */
async function problemsWith(changes: Record<string, string | null> = {}): Promise<Problem[]> {
  const all = Object.fromEntries(Object.entries({ ...files, ...changes }).filter((e): e is [string, string] => e[1] !== null));
  const { root, cleanup } = await makeCatalogue(all);
  cleanups.push(cleanup);
  return (await validateCatalogue(root)).problems;
}

function expectProblem(problems: Problem[], file: string, field: string, message: RegExp): void {
  const hits = problems.filter((p) => p.file === file && p.field === field && message.test(p.message));
  assert.equal(hits.length, 1, `expected one problem in ${file} on ${field} matching ${message}, got:\n${formatProblems(problems)}`);
}

const message = 'content/errors/python/ConnectionResetError/reset-by-peer.mdx';
const json = 'content/errors/python/json.JSONDecodeError.mdx';

describe('entry kinds', () => {
  test('a message page, a standard-library class, a tool page and a JavaScript class are valid', async () => {
    assert.deepEqual(await problemsWith(), []);
  });

  test('malformed templates are explained, each with its field', async () => {
    const broken = messagePage().replace(
      '  - text: "[Errno {number}] Connection reset by peer"\n    versions: "*"',
      '  - text: "[Errno {number}] Connection reset by peer"\n    versions: "*"\n  - text: "[Errno {number] Connection reset"\n    versions: "*"\n  - text: "{} Connection reset by peer"\n    versions: "*"\n  - text: "{errno}: {message}"\n    versions: "*"\n  - text: "reset {who}"\n    versions: "*"\n  - text: "{what}"\n    versions: "every"',
    );
    const problems = await problemsWith({ [message]: broken });
    expectProblem(problems, message, 'templates[1].text', /the \{ at column 8 is never closed/);
    expectProblem(problems, message, 'templates[2].text', /the hole at column 1 has no name/);
    expectProblem(problems, message, 'templates[3].text', /only 0 letters or digits outside its holes/);
    expectProblem(problems, message, 'templates[4].text', /only 5 letters or digits/);
    expectProblem(problems, message, 'templates[5].text', /has no literal text/);
    expectProblem(problems, message, 'templates[5].versions', /expected a version range/);
  });

  test('a message page in another class folder, or whose class has no page, is reported', async () => {
    const elsewhere = await problemsWith({ [message]: messagePage().replace('class: ConnectionResetError', 'class: ConnectionError') });
    expectProblem(elsewhere, message, 'class', /says ConnectionError, but the file is in the folder of ConnectionResetError; .* move it to content\/errors\/python\/ConnectionError\/reset-by-peer\.mdx, or fix class/);
    const orphan = 'content/errors/python/NoSuchError/reset-by-peer.mdx';
    const missing = await problemsWith({ [message]: null, [orphan]: messagePage().replace('class: ConnectionResetError', 'class: NoSuchError') });
    expectProblem(missing, orphan, 'class', /NoSuchError has no class page in python; write content\/errors\/python\/NoSuchError\.mdx first/);
  });

  test("a message page's title, kind, class prefix and reproduction are checked", async () => {
    const problems = await problemsWith({
      [message]: messagePage()
        .replace('title: "[Errno {number}] Connection reset by peer"', 'title: "Connection reset by peer"')
        .replace('  - text: "[Errno {number}] Connection reset by peer"\n    versions: "*"', '  - text: "[Errno {number}] Connection reset by peer"\n    versions: "*"\n  - text: "ConnectionResetError: reset by the peer {host}"\n    versions: "*"')
        .replace('expect=raises:ConnectionResetError:ECONNRESET', 'expect=raises:KeyError'),
    });
    expectProblem(problems, message, 'title', /a message page is titled by its message: use the text of one of its templates/);
    expectProblem(problems, message, 'templates[1].text', /starts with "ConnectionResetError: "; write the message without the class name/);
    expectProblem(problems, message, '## Reproduce', /raises KeyError, expected ConnectionResetError or one of its subclasses/);
    const kindless = await problemsWith({ [message]: messagePage().replace('kind: message\n', '') });
    expectProblem(kindless, message, 'language', /an entry without a kind cannot live in the folder python\/ConnectionResetError\/; .*kind: message, class: ConnectionResetError/);
  });

  test('sourced templates need a source, and other engines must be sourced', async () => {
    const problems = await problemsWith({
      [message]: messagePage().replace(
        '    versions: "*"\n',
        '    versions: "*"\n  - text: "Connection reset by peer (PyPy {version})"\n    versions: "*"\n    engine: pypy\n  - text: "Connection was reset by the peer, said {who}"\n    versions: "<3.3"\n    sourced: true\n  - text: "Connection reset by peer in the browser {x}"\n    versions: "*"\n    engine: firefox\n    sourced: true\n    source:\n      title: "MDN: a page"\n      url: https://developer.mozilla.org/\n',
      ),
    });
    expectProblem(problems, message, 'templates[1].sourced', /pypy's wording cannot be captured here; set sourced: true/);
    expectProblem(problems, message, 'templates[2].source', /a sourced template says where its wording comes from/);
    expectProblem(problems, message, 'templates[3].engine', /firefox does not run python/);
  });

  test('a class outside builtins needs its module, package and mro, and they must agree', async () => {
    const bare = await problemsWith({ [json]: page('kind: class\ntitle: json.JSONDecodeError\nlanguage: python\nparent: ValueError', 'JSONDecodeError') });
    expectProblem(bare, json, 'module', /missing; a class outside builtins names the module of its documented import path \(module: json\)/);
    expectProblem(bare, json, 'package', /missing; .* package: stdlib, or the distribution name/);
    expectProblem(bare, json, 'mro', /missing; a class outside builtins lists its __mro__/);
    const wrong = await problemsWith({ [json]: jsonClass('mro: [ValueError, BaseException]').replace('module: json', 'module: json.decoder') });
    expectProblem(wrong, json, 'module', /json\.decoder is not the module of json\.JSONDecodeError/);
    expectProblem(wrong, json, 'mro', /after ValueError comes BaseException, but content\/errors\/python\/ValueError\.mdx says ValueError derives from Exception, BaseException/);
    const library = await problemsWith({ [json]: jsonClass().replace('package: stdlib', 'package: simplejson') });
    expectProblem(library, json, 'packageVersion', /missing; say which version of simplejson the captured output came from/);
    const parent = await problemsWith({ [json]: jsonClass().replace('parent: ValueError', 'parent: Exception') });
    expectProblem(parent, json, 'parent', /is Exception, but mro starts with ValueError/);
  });

  test('an unknown parent is reported once the catalogue knows the built-ins', async () => {
    const file = 'content/errors/python/ValueError.mdx';
    const problems = await problemsWith({ [file]: entryNamed('ValueError', (t) => t.replace('parent: ConnectionError', 'parent: Exceptoin')) });
    expectProblem(problems, file, 'parent', /Exceptoin is not a class in the catalogue/);
    const js = 'content/errors/javascript/TypeError.mdx';
    const jsProblems = await problemsWith({ [js]: files[js].replace('parent: Error', 'parent: Eror') });
    expectProblem(jsProblems, js, 'parent', /Eror is neither a JavaScript class entry nor an error class of the engine/);
  });

  test('a tool page lives in its package folder and says the version; a slug is lower-case', async () => {
    const tool = 'content/errors/python/pip/externally-managed-environment.mdx';
    const problems = await problemsWith({ [tool]: files[tool].replace('package: pip\npackageVersion: 23.0.1\n', 'package: pipx\n') });
    expectProblem(problems, tool, 'file name', /a tool page must live at content\/errors\/python\/pipx\/<slug>\.mdx/);
    expectProblem(problems, tool, 'packageVersion', /missing; say which version of the tool/);
    const upper = 'content/errors/python/ConnectionResetError/Reset_By_Peer.mdx';
    const slug = await problemsWith({ [message]: null, [upper]: messagePage() });
    expectProblem(slug, upper, 'file name', /Reset_By_Peer\.mdx: a message page's file name is a slug/);
  });

  test('a code page with templates may reproduce by printing; without them it must raise its code', async () => {
    const code = 'content/errors/node/ERR_REQUIRE_ESM.mdx';
    const printing = page('title: ERR_REQUIRE_ESM\nlanguage: node\nparent: Error\ntemplates:\n  - text: "require() of ES Module {path} not supported."\n    versions: "<22.12"\n    sourced: true\n    source:\n      title: "Node.js docs: ERR_REQUIRE_ESM"\n      url: https://nodejs.org/api/errors.html#err_require_esm', 'X').replace('```python expect=raises:X', '```python expect=ok');
    assert.deepEqual((await problemsWith({ [code]: printing })).filter((p) => p.file === code), []);
    const bare = await problemsWith({ [code]: printing.replace(/templates:[\s\S]*?(?=summary:)/, '') });
    expectProblem(bare, code, '## Reproduce', /needs a ```python or ```js snippet declared expect=raises:<Name>/);
  });

  test('every problem in every file comes out of one run', async () => {
    const problems = await problemsWith({
      [message]: messagePage().replace('class: ConnectionResetError', 'class: ConnectionError').replace('[Errno {number}] Connection reset by peer"\n    versions', '[Errno {number] Connection reset by peer"\n    versions'),
      [json]: jsonClass('mro: [ValueError]'),
      'content/errors/python/hierarchy.mdx': entryNamed('hierarchy'),
    });
    const byFile = new Set(problems.map((p) => p.file));
    assert.deepEqual([...byFile].sort(), [json, message, 'content/errors/python/hierarchy.mdx'].sort(), formatProblems(problems));
    expectProblem(problems, 'content/errors/python/hierarchy.mdx', 'file name', /\/python\/hierarchy\/ is a page of the site itself/);
    expectProblem(problems, json, 'mro', /does not reach BaseException/);
  });
});
