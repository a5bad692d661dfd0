/**
 * Makes captured output stable from run to run and machine to machine: the temp folder, the standard
 * library's location, ports, memory addresses, process ids and timings are replaced by fixed placeholders a
 * reader recognises as such.
 */
export function normaliseOutput(output: string, workdir: string, stdlib: string | readonly string[] = []): string {
  const loopback = String.raw`127\.0\.0\.1|localhost|0\.0\.0\.0|::1|\[::1\]|::`;
  // Where the interpreter's standard library lives differs from machine to machine (pyenv, Debian, a venv,
  // Pyodide's zip).
  const withStdlib = (typeof stdlib === 'string' ? [stdlib] : stdlib).reduce((text, dir) => text.replaceAll(`${dir}/`, '<stdlib>/'), output);
  return withStdlib
    .replaceAll(workdir, '/tmp/snippet')
    .replace(/\/tmp\/errdex-snippet-[A-Za-z0-9]+/g, '/tmp/snippet')
    // In a URL too: http://127.0.0.1:41235/ and user@localhost:2222.
    .replace(new RegExp(`((?:^|[\\s(,'"/@\\[])(?:${loopback})):\\d{2,5}\\b`, 'gm'), '$1:<port>')
    .replace(new RegExp(`((?:['"](?:${loopback})['"]),\\s*)\\d{2,5}\\b`, 'g'), '$1<port>')
    .replace(/\b(port:?\s*=?\s*)\d{2,5}\b/gi, '$1<port>')
    .replace(/\b0x[0-9a-f]{6,16}\b/gi, '0x<addr>')
    .replace(/\b(pid[:=\s]\s*)\d+\b/gi, '$1<pid>')
    .replace(/\b\d+(?:\.\d+)?\s?(ms|µs|ns)\b/g, '<time>')
    .replace(/\b\d+\.\d+\s?s\b/g, '<time>')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n+$/, '');
}
