/**
 * The third-party Python libraries library entries are captured on: Debian's packages for /usr/bin/python3,
 * which the project's setup installs (scripts/ensure-python-libraries.ts). A snippet that imports one runs
 * on that interpreter (src/snippets/runtimes/debian-python.ts) and nowhere else: the native CPython may have
 * other versions or none, and the browser's Pyodide has none.
 */
export const pythonLibraries = [
  { module: 'requests', debian: 'python3-requests' },
  { module: 'urllib3', debian: 'python3-urllib3' },
  { module: 'aiohttp', debian: 'python3-aiohttp' },
  { module: 'httpx', debian: 'python3-httpx' },
  { module: 'pip', debian: 'python3-pip' },
] as const;

const libraryImport = new RegExp(String.raw`^\s*(?:import|from)\s+(${pythonLibraries.map((l) => l.module).join('|')})\b|['"]-m['"],\s*['"](pip)['"]`, 'm');

/** The library a snippet needs (an import, or `-m pip` in a command it runs), or undefined for the standard library alone. */
export function libraryNeeded(code: string): string | undefined {
  const m = libraryImport.exec(code);
  return m ? (m[1] ?? m[2]) : undefined;
}
