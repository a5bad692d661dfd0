import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { resolverSymbols, translationLocales, type ErrnoTranslationsFile } from '../schema/errno-languages.ts';

/** Where the translated messages are committed. */
export const translationsPath = 'content/errno/translations.json';

/**
 * Reads glibc's own translations of every errno message (strerror) and of the resolver's failures
 * (gai_strerror) off this machine: for each locale, `setlocale(LC_ALL, "<locale>.UTF-8")`, then the C
 * library's functions through ctypes, in a python3 started with a clean environment (LANGUAGE would override
 * the locale). Needs Debian's locales-all (the compiled locales) and libc-l10n (the message catalogues).
 */
const dump = `
import ctypes, errno, json, locale, socket, sys
libc = ctypes.CDLL(None)
libc.strerror.restype = ctypes.c_char_p
libc.strerror.argtypes = [ctypes.c_int]
libc.gai_strerror.restype = ctypes.c_char_p
libc.gai_strerror.argtypes = [ctypes.c_int]
locales = json.loads(sys.argv[1])
resolver = json.loads(sys.argv[2])
codes = [(symbol, number, libc.strerror) for number, symbol in sorted(errno.errorcode.items())]
codes += [(symbol, getattr(socket, symbol), libc.gai_strerror) for symbol in resolver]
def texts():
    return {symbol: fn(number).decode("utf-8") for symbol, number, fn in codes}
locale.setlocale(locale.LC_ALL, "C")
english = texts()
out = {symbol: {"number": number, "text": english[symbol], "translations": {}} for symbol, number, fn in codes}
missing = []
for name in locales:
    try:
        locale.setlocale(locale.LC_ALL, name + ".UTF-8")
    except locale.Error:
        missing.append(name)
        continue
    for symbol, text in texts().items():
        if text != english[symbol]:
            out[symbol]["translations"][name] = text
locale.setlocale(locale.LC_ALL, "C")
print(json.dumps({"glibc": __import__("platform").libc_ver()[1], "missing": missing, "symbols": out}, ensure_ascii=False))
`;

export class TranslationsUnavailable extends Error {
  override name = 'TranslationsUnavailable';
}

/** Every errno symbol's and resolver failure's message in each locale, as this machine's glibc has them. */
export function readTranslations(python = process.env.PYTHON ?? 'python3'): ErrnoTranslationsFile {
  if (os.platform() !== 'linux') throw new Error('the translated messages are glibc\'s and must be read on Linux');
  const raw = execFileSync(python, ['-c', dump, JSON.stringify(translationLocales), JSON.stringify(resolverSymbols)], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    maxBuffer: 16 * 2 ** 20,
  });
  const read = JSON.parse(raw) as { glibc: string; missing: string[]; symbols: ErrnoTranslationsFile['symbols'] };
  if (read.missing.length > 0) {
    throw new TranslationsUnavailable(
      `no ${read.missing.map((l) => `${l}.UTF-8`).join(', ')} locale on this machine: install Debian's locales-all and libc-l10n (\`apt-get install -y locales-all libc-l10n\`, or \`node scripts/ensure-languages.ts\` as root)`,
    );
  }
  const translated = Object.values(read.symbols).filter((s) => Object.keys(s.translations).length > 0).length;
  if (translated === 0) throw new TranslationsUnavailable('the locales exist but no message is translated: install Debian\'s libc-l10n (glibc\'s message catalogues)');
  return {
    source: `glibc ${read.glibc} on ${os.type()} ${os.machine()} (Debian's locales-all and libc-l10n): setlocale, then strerror and gai_strerror`,
    locales: [...translationLocales],
    symbols: read.symbols,
  };
}
