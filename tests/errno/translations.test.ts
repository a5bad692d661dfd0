import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readTranslations, translationsPath } from '../../src/errno/read-translations.ts';
import { translationLocales } from '../../src/schema/errno-languages.ts';

// Not skipped when the locales are missing: the test setup (scripts/ensure-languages.ts, run by
// `npm run test:unit`) installs Debian's locales-all and libc-l10n, and without them this must fail.
const committed = JSON.parse(readFileSync(translationsPath, 'utf8'));
const live = readTranslations();

describe("glibc's translated messages are what this machine says", () => {
  test('translations.json matches the machine (run `npm run errno:sync` if this fails)', () => {
    assert.deepEqual(committed, live);
  });

  test('every locale of the issue is there, for every errno symbol and both resolver failures', () => {
    assert.deepEqual(committed.locales, [...translationLocales]);
    for (const symbol of ['ECONNRESET', 'ENOENT', 'EACCES', 'EAI_NONAME', 'EAI_AGAIN']) {
      assert.deepEqual(Object.keys(committed.symbols[symbol].translations).sort(), [...translationLocales].sort(), symbol);
    }
  });

  // Spot checks from outside the pipeline (the toolchain notes), so a broken reader cannot agree with itself.
  test('known translations', () => {
    const t = committed.symbols.ECONNRESET.translations;
    assert.equal(committed.symbols.ECONNRESET.text, 'Connection reset by peer');
    assert.equal(t.zh_CN, '连接被对方重设');
    assert.equal(t.de_DE, 'Die Verbindung wurde vom Kommunikationspartner zurückgesetzt');
    assert.equal(t.ja_JP, '接続が相手からリセットされました');
    assert.equal(committed.symbols.EAI_NONAME.number, -2);
    assert.equal(committed.symbols.EAI_NONAME.text, 'Name or service not known');
  });
});

describe('which programs print the translated text (what the hubs say; with LANG=de_DE.UTF-8)', () => {
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LANG: 'de_DE.UTF-8', HOME: '/nonexistent' } });
    return `${r.stdout}${r.stderr}`;
  };
  const german = committed.symbols.ENOENT.translations.de_DE as string;

  // curl wraps its warnings at 79 columns: compare without the line breaks and its "Warning: " prefixes.
  const unwrapped = (out: string) => out.replace(/\s*\nWarning: /g, ' ');

  test('ls, git, psql and curl print it', () => {
    assert.match(run('ls', ['/nonexistent-errdex']), new RegExp(german));
    assert.match(run('git', ['-C', '/nonexistent-errdex', 'status']), new RegExp(german));
    assert.match(run('psql', ['-h', '/nonexistent-errdex', '-c', 'select 1']), new RegExp(german));
    assert.match(unwrapped(run('curl', ['--no-progress-meter', '-o', '/nonexistent-errdex/x', 'file:///dev/null'])), new RegExp(german));
  });

  test('ssh, Python, Ruby and PHP keep the English text', () => {
    const outputs = [
      run('ssh', ['-F', '/dev/null', '-o', 'BatchMode=yes', '-i', '/nonexistent-errdex/key', '-p', '1', '127.0.0.1', 'true']),
      run('python3', ['-c', 'open("/nonexistent-errdex")']),
      run('ruby', ['-e', 'File.read("/nonexistent-errdex")']),
      run('php', ['-r', 'file_get_contents("/nonexistent-errdex");']),
    ];
    for (const out of outputs) {
      assert.match(out, /No such file or directory/, out);
      assert.doesNotMatch(out, new RegExp(german), out);
    }
  });
});
