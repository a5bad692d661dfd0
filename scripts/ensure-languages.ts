// Makes sure the Debian packages behind the errno hubs' other languages are installed: Go, Java, Rust, Ruby,
// PHP, curl, git, ssh and psql (their programs run in the sandbox), and every locale with glibc's message
// catalogues (the translated messages, which tests/errno checks against this machine). apt-get needs root;
// anyone else is told the command to run. `node scripts/ensure-languages.ts locales` installs only the locales.
import { ensurePrograms, languagePackages, localePackages } from '../src/snippets/runtimes/apt.ts';

const onlyLocales = process.argv.includes('locales');
try {
  await ensurePrograms(onlyLocales ? localePackages : [...languagePackages, ...localePackages]);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
