// Makes sure Debian's Python libraries are installed for /usr/bin/python3: the tidy check imports every
// library class the catalogue describes, and the snippets of library and pip entries run on them.
import { pythonLibraries } from '../src/lib/python-libraries.ts';
import { ensureDebianTool } from './lib/debian-package.ts';

const dist = '/usr/lib/python3/dist-packages';
const libraries = pythonLibraries.map((l) => ({ pkg: l.debian, path: `${dist}/${l.module}/__init__.py` }));
for (const { pkg, path } of libraries) {
  ensureDebianTool({ path, pkg, purpose: `the library entries are checked against Debian's ${pkg.replace('python3-', '')} on /usr/bin/python3` });
}
