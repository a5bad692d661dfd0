// Makes sure Debian's Python libraries are installed for /usr/bin/python3: the tidy check imports every
// library class the catalogue describes, and the snippets of library and pip entries run on them.
import { ensureDebianTool } from './lib/debian-package.ts';

const dist = '/usr/lib/python3/dist-packages';
const libraries = [
  { pkg: 'python3-requests', path: `${dist}/requests/__init__.py` },
  { pkg: 'python3-urllib3', path: `${dist}/urllib3/__init__.py` },
  { pkg: 'python3-aiohttp', path: `${dist}/aiohttp/__init__.py` },
  { pkg: 'python3-httpx', path: `${dist}/httpx/__init__.py` },
  { pkg: 'python3-pip', path: `${dist}/pip/__init__.py` },
];
for (const { pkg, path } of libraries) {
  ensureDebianTool({ path, pkg, purpose: `the library entries are checked against Debian's ${pkg.replace('python3-', '')} on /usr/bin/python3` });
}
