import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { hubLanguageInfo, loadErrnoLanguages, programKey, programPath } from '../../src/errno/load-errno-languages.ts';
import { hubLanguages, programLanguages, requiredLanguages } from '../../src/schema/errno-languages.ts';
import { programRuntimes } from '../../src/snippets/runtimes/index.ts';

const root = process.cwd();
const linux = JSON.parse(readFileSync('content/errno/linux.json', 'utf8')) as { symbols: { symbol: string }[] };
const errnoSymbols = new Set(linux.symbols.map((s) => s.symbol));

/** The symbols issue 18 asks for, each with a program in Go, Java, Rust, Ruby and PHP. */
const issueSymbols = [
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRINUSE', 'EADDRNOTAVAIL',
  'EAI_NONAME', 'EAI_AGAIN', 'ENOENT', 'EACCES', 'EPERM', 'EEXIST', 'EISDIR', 'ENOTDIR', 'ENOTEMPTY', 'EMFILE', 'ENOSPC', 'EROFS',
  'EXDEV', 'ELOOP', 'ENAMETOOLONG', 'EBADF', 'EINVAL', 'EAGAIN',
];

describe('the errno hubs\' language table', () => {
  const { data, problems } = loadErrnoLanguages(root, { errnoSymbols });

  test('loads without problems, captures included (run `npm run snippets -- --update --filter errno` if this fails)', () => {
    assert.deepEqual(problems, []);
  });

  test('every symbol of the issue has a captured Go, Java, Rust, Ruby and PHP section, and a .NET one where sourced', () => {
    for (const symbol of issueSymbols) {
      const l = data!.symbols.get(symbol);
      assert.ok(l, symbol);
      for (const language of requiredLanguages) {
        const s = l.sections.find((x) => x.id === language);
        assert.ok(s && s.kind === 'captured' && s.output.trim(), `${symbol} ${language}`);
      }
    }
    // The tools appear where their form is common; .NET wherever a source says how it reports the error.
    assert.ok(data!.symbols.get('ECONNRESET')!.sections.some((s) => s.id === 'curl'));
    assert.ok(data!.symbols.get('ECONNRESET')!.sections.some((s) => s.id === 'dotnet' && s.kind === 'sourced'));
  });

  test('sections come in page order, and .NET is never captured', () => {
    for (const l of data!.symbols.values()) {
      const order = l.sections.map((s) => hubLanguages.indexOf(s.id));
      assert.deepEqual(order, [...order].sort((a, b) => a - b), l.symbol);
      for (const s of l.sections) assert.equal(s.kind === 'sourced', s.id === 'dotnet', `${l.symbol} ${s.id}`);
    }
  });

  test('every capture was made with its language\'s runtime and labelled with its version and platform', () => {
    const names: Record<string, RegExp> = { go: /^Go 1\.\d+/, java: /^OpenJDK \d+/, rust: /^Rust 1\.\d+/, ruby: /^Ruby 3\./, php: /^PHP 8\./, curl: /^curl \d/, git: /^git \d/, ssh: /^OpenSSH \d/, psql: /^psql \d/ };
    for (const l of data!.symbols.values()) {
      for (const s of l.sections) if (s.kind === 'captured') assert.match(s.runtime, new RegExp(`${names[s.id]!.source}.* · Linux `), `${l.symbol} ${s.id}: ${s.runtime}`);
    }
  });

  test('the catch test shown is code from the program that ran', () => {
    const econnreset = data!.symbols.get('ECONNRESET')!;
    const go = econnreset.sections.find((s) => s.id === 'go')!;
    assert.ok(go.kind === 'captured' && go.program.source.includes('errors.Is(err, syscall.ECONNRESET)'));
    // Java has no errno: its test reads the message, and the note says why.
    const java = econnreset.sections.find((s) => s.id === 'java')!;
    assert.ok(java.kind === 'captured' && /getMessage/.test(java.catch) && /only the message/.test(java.note ?? ''));
  });

  test('each language\'s runtime stores programs under the extension the table uses', () => {
    const runtimes = programRuntimes();
    assert.deepEqual(runtimes.map((r) => r.language), [...programLanguages]);
    for (const r of runtimes) assert.equal(r.extension, hubLanguageInfo[r.language].extension, r.id);
  });

  test('a capture is keyed by the program and its setup', () => {
    assert.notEqual(programKey('x', undefined), programKey('x', 'ulimit -n 64'));
    assert.equal(programKey('x', ' ulimit -n 64\n'), programKey('x', 'ulimit -n 64'));
  });
});

describe('problems name the file and the field', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const copy = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'errdex-languages-'));
    dirs.push(dir);
    cpSync(path.join(root, 'content/errno'), path.join(dir, 'content/errno'), { recursive: true });
    return dir;
  };
  const problemsOf = (dir: string) => loadErrnoLanguages(dir, { errnoSymbols }).problems;

  test('a catch test the program does not run', () => {
    const dir = copy();
    const file = path.join(dir, 'content/errno/languages.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('catch: errors.Is(err, syscall.ECONNRESET)', 'catch: errors.Is(err, syscall.EPIPE)'));
    const p = problemsOf(dir);
    assert.ok(p.some((x) => x.file === 'content/errno/languages.yaml' && x.field === 'symbols.ECONNRESET.go.catch' && /does not appear in content\/errno\/programs\/go\/ECONNRESET\.go/.test(x.message)), JSON.stringify(p));
  });

  test('a program changed since its capture', () => {
    const dir = copy();
    const file = path.join(dir, programPath('ruby', 'ENOENT'));
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# changed\n`);
    const p = problemsOf(dir);
    assert.ok(p.some((x) => x.file === 'content/errno/captures/ruby.json' && x.field === 'captures.ENOENT' && /stale/.test(x.message)), JSON.stringify(p));
  });

  test('a missing program and an orphan program file', () => {
    const dir = copy();
    rmSync(path.join(dir, programPath('php', 'EPERM')));
    writeFileSync(path.join(dir, 'content/errno/programs/go/EWHATEVER.go'), 'package main\n');
    const p = problemsOf(dir);
    const has = (file: string, field: string, re: RegExp) => assert.ok(p.some((x) => x.file === file && x.field === field && re.test(x.message)), `${file} ${field}: ${JSON.stringify(p)}`);
    has('content/errno/languages.yaml', 'symbols.EPERM.php', /has no program/);
    has('content/errno/programs/go/EWHATEVER.go', 'file', /not named in/);
  });

  test('an unknown symbol, and a symbol without its required languages', () => {
    const dir = copy();
    const file = path.join(dir, 'content/errno/languages.yaml');
    const each = requiredLanguages.map((l) => `    ${l}: { catch: x(), fix: Nothing to fix here at all. }`).join('\n');
    writeFileSync(file, `${readFileSync(file, 'utf8')}  ENOTAREAL:\n    situation: A symbol that glibc has never heard of, for the test.\n${each}\n`);
    let p = problemsOf(dir);
    assert.ok(p.some((x) => x.field === 'symbols.ENOTAREAL' && /neither an errno symbol/.test(x.message)), JSON.stringify(p));
    assert.ok(p.some((x) => x.field === 'symbols.ENOTAREAL.go' && /has no program/.test(x.message)), JSON.stringify(p));
    writeFileSync(file, `${readFileSync(file, 'utf8')}  ENOTTY:\n    situation: A symbol with only a Go program, for the test.\n    go: { catch: x(), fix: Nothing to fix here at all. }\n`);
    p = problemsOf(dir);
    assert.ok(p.some((x) => x.file === 'content/errno/languages.yaml' && x.field === 'symbols.ENOTTY.java'), JSON.stringify(p));
  });

  test('a capture with no program and a schema error', () => {
    const dir = copy();
    const file = path.join(dir, 'content/errno/captures/go.json');
    const captures = JSON.parse(readFileSync(file, 'utf8'));
    captures.captures.ENOTHING = { key: '0123456789abcdef', output: 'x' };
    captures.captures.ENOENT.key = 'not-a-key';
    writeFileSync(file, JSON.stringify(captures));
    const p = problemsOf(dir);
    assert.ok(p.some((x) => x.file === 'content/errno/captures/go.json' && x.field === 'captures.ENOENT.key'), JSON.stringify(p));
  });
});
