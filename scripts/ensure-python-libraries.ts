// Makes sure Debian's Python libraries are installed for /usr/bin/python3: the tidy check imports every
// library class the catalogue describes, and the snippets of library and pip entries run on them.
import { pythonLibraries } from '../src/lib/python-libraries.ts';
import { ensurePrograms } from '../src/snippets/runtimes/apt.ts';

const dist = '/usr/lib/python3/dist-packages';
// One apt-get for all of them when any is missing.
const programs = pythonLibraries.map((l) => ({ pkg: l.debian, path: `${dist}/${l.module}/__init__.py` }));
try {
  await ensurePrograms(programs);
} catch (error) {
  console.error(`Debian's Python libraries are needed (the library entries are captured and checked on /usr/bin/python3 with them). ${(error as Error).message}`);
  process.exit(1);
}
