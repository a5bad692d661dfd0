import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { formatProblems, type Problem } from '../../src/validation/problem.ts';
import { firstInvalidUtf8 } from '../../src/validation/read-content-file.ts';
import { validateCatalogue } from '../../src/validation/validate-catalogue.ts';
import { entryNamed, makeCatalogue } from '../support/fixture-catalogue.ts';

// Entries an attacker, or an unlucky editor, could commit. Each must be reported as that file's problem,
// with every other file still checked, and nothing outside content/ read.
const cleanups: (() => Promise<void> | void)[] = [];
after(() => Promise.all(cleanups.map((c) => c())));

/** A catalogue with a good KeyError entry beside whatever `setup` adds; returns every problem. */
async function problemsWith(files: Record<string, string>, setup: (root: string) => void = () => {}): Promise<Problem[]> {
  const { root, cleanup } = await makeCatalogue({ 'content/errors/python/KeyError.mdx': entryNamed('KeyError'), ...files });
  cleanups.push(cleanup);
  setup(root);
  return (await validateCatalogue(root)).problems;
}

const bomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]`;

describe('hostile and broken files in content/', () => {
  test('a YAML alias bomb is that file\'s problem, and the other files are still checked', async () => {
    const started = performance.now();
    const problems = await problemsWith({
      'content/errors/python/IndexError.mdx': entryNamed('IndexError', (t) => t.replace('language: python', `language: python\n${bomb}`)),
      'content/errors/python/ValueError.mdx': entryNamed('ValueError', (t) => t.replace('language: python', 'language: cobol')),
    });
    assert.ok(performance.now() - started < 10_000, 'the bomb was not expanded');
    const bombed = problems.filter((p) => p.file === 'content/errors/python/IndexError.mdx');
    assert.equal(bombed.length, 1, formatProblems(problems));
    assert.match(bombed[0]!.message, /^YAML could not be read: .*alias.*Entries need no anchors or aliases/i);
    assert.ok(problems.some((p) => p.file === 'content/errors/python/ValueError.mdx' && p.field === 'language'), 'the next file was still checked');
    assert.ok(!problems.some((p) => p.file.endsWith('KeyError.mdx')));
  });

  test('a UTF-8 byte-order mark is accepted', async () => {
    const problems = await problemsWith({ 'content/errors/python/IndexError.mdx': `\uFEFF${entryNamed('IndexError')}` });
    assert.deepEqual(problems, []);
  });

  test('a symbolic link to a file outside content/ is refused, naming the file, and never read', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'errdex-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    // A perfectly valid entry outside: if it were read, it would pass; refusing it is the point.
    writeFileSync(path.join(outside, 'IndexError.mdx'), entryNamed('IndexError'));
    const problems = await problemsWith({}, (root) => {
      symlinkSync(path.join(outside, 'IndexError.mdx'), path.join(root, 'content/errors/python/IndexError.mdx'));
      symlinkSync('/etc/passwd', path.join(root, 'content/errors/python/ValueError.mdx'));
    });
    const links = problems.filter((p) => /symbolic link/.test(p.message));
    assert.deepEqual(links.map((p) => p.file).sort(), ['content/errors/python/IndexError.mdx', 'content/errors/python/ValueError.mdx'], formatProblems(problems));
    assert.match(links.find((p) => p.file.endsWith('ValueError.mdx'))!.message, /is a symbolic link to \/etc\/passwd, outside content\/; it was not read/);
    assert.doesNotMatch(formatProblems(problems), /root:x:0:0/);
  });

  test('a symbolic link to a folder outside content/ is refused', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'errdex-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(path.join(outside, 'IndexError.mdx'), entryNamed('IndexError'));
    const problems = await problemsWith({}, (root) => symlinkSync(outside, path.join(root, 'content/errors/elsewhere')));
    assert.deepEqual(problems.map((p) => p.file), ['content/errors/elsewhere', 'content/errors/elsewhere/IndexError.mdx'], formatProblems(problems));
    assert.match(problems[0]!.message, /is a symbolic link to the folder .*, outside content\//);
    assert.match(problems[1]!.message, /is reached through a linked folder to .*IndexError\.mdx, outside content\/; it was not read/);
  });

  test('a symbolic link inside content/ is followed', async () => {
    const problems = await problemsWith({}, (root) => {
      writeFileSync(path.join(root, 'content/errno/notes.txt'), 'x');
      symlinkSync(path.join(root, 'content/errno/notes.txt'), path.join(root, 'content/errno/link.txt'));
    });
    assert.deepEqual(problems, []);
  });

  test('invalid UTF-8 is reported with its byte offset and line', async () => {
    const text = entryNamed('IndexError');
    const at = Buffer.byteLength(text.slice(0, text.indexOf('## Meaning')));
    const problems = await problemsWith({}, (root) => {
      const bytes = Buffer.from(text);
      writeFileSync(path.join(root, 'content/errors/python/IndexError.mdx'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28]), bytes.subarray(at)]));
    });
    assert.equal(problems.length, 1, formatProblems(problems));
    assert.equal(problems[0]!.message, `is not valid UTF-8: the byte at offset ${at} (0xc3 0x28 0x23 0x23) does not start a UTF-8 character; save the file as UTF-8`);
    assert.equal(problems[0]!.line, text.slice(0, text.indexOf('## Meaning')).split('\n').length);
  });

  test('a file over 2 MB is refused with the limit', async () => {
    const huge = entryNamed('IndexError').replace('## Meaning\n', `## Meaning\n\n${'word '.repeat(450_000)}\n`);
    const problems = await problemsWith({ 'content/errors/python/IndexError.mdx': huge });
    assert.equal(problems.length, 1, formatProblems(problems));
    assert.match(problems[0]!.message, /^is 2\.\d MB; content files are limited to 2 MB \(2,097,152 bytes\), so it was not read$/);
  });
});

test('the UTF-8 check finds the first bad byte and accepts every well-formed character', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('plain ASCII, é, 連接, 🙂')), -1);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x80])), 1, 'a lone continuation byte');
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf])), 1, 'an overlong form');
  assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0, 'a UTF-16 surrogate');
  assert.equal(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), 0, 'above U+10FFFF');
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82])), 1, 'cut short at the end');
});
