// `npm run errno:sync`: reads the Linux errno columns off this machine (python3's errno and os.strerror,
// CPython's OSError mapping, Node's libuv table) into content/errno/linux.json, and glibc's translations of
// every message (strerror and gai_strerror after setlocale, for the hubs' "how it reads on a system set to
// ..." block) into content/errno/translations.json. Nobody types these; tests/errno re-reads them and fails
// when the committed files disagree with the machine.
import { writeFile } from 'node:fs/promises';
import { readLinuxErrno, linuxErrnoPath } from '../src/errno/read-linux-errno.ts';
import { readTranslations, translationsPath, TranslationsUnavailable } from '../src/errno/read-translations.ts';

const table = readLinuxErrno();
await writeFile(linuxErrnoPath, `${JSON.stringify(table, null, 2)}\n`);
console.log(`errno:sync: ${table.symbols.length} symbols from ${table.source}, written to ${linuxErrnoPath}`);

try {
  const translations = readTranslations();
  await writeFile(translationsPath, `${JSON.stringify(translations, null, 2)}\n`);
  const count = Object.values(translations.symbols).reduce((n, s) => n + Object.keys(s.translations).length, 0);
  console.log(`errno:sync: ${count} translated messages in ${translations.locales.length} locales from ${translations.source}, written to ${translationsPath}`);
} catch (error) {
  if (!(error instanceof TranslationsUnavailable)) throw error;
  console.error(`errno:sync: ${error.message}`);
  process.exit(1);
}
