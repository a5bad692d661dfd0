import { execFileSync } from 'node:child_process';
import os from 'node:os';
import util from 'node:util';

/** Where the derived Linux columns are committed. */
export const linuxErrnoPath = 'content/errno/linux.json';

/** One errno symbol as this Linux machine knows it. */
export interface LinuxErrno {
  symbol: string;
  number: number;
  /** glibc's strerror text, as Python prints it after `[Errno N]`. */
  message: string;
  /** The class `OSError(number, ...)` becomes in CPython. */
  python: string;
  /** Other names for the same number on Linux (EWOULDBLOCK for EAGAIN). */
  aliases: string[];
  /** Node's err.errno on Linux, when libuv knows the code; Node reports it as err.code = symbol. */
  node: number | null;
}

export interface LinuxErrnoTable {
  source: string;
  symbols: LinuxErrno[];
}

const dump = `
import errno, json, os, platform
names = {}
for name in dir(errno):
    if name.startswith("E") and isinstance(getattr(errno, name), int):
        names.setdefault(getattr(errno, name), []).append(name)
rows = []
for number, symbol in sorted(errno.errorcode.items()):
    rows.append({
        "symbol": symbol,
        "number": number,
        "message": os.strerror(number),
        "python": type(OSError(number, "x")).__name__,
        "aliases": sorted(n for n in names[number] if n != symbol),
    })
print(json.dumps({"python": platform.python_implementation() + " " + platform.python_version(), "rows": rows}))
`;

/** Reads every errno symbol python3 knows on this machine, with CPython's mapping and Node's values. */
export function readLinuxErrno(python = process.env.PYTHON ?? 'python3'): LinuxErrnoTable {
  if (os.platform() !== 'linux') throw new Error('errno:sync reads the Linux columns and must run on Linux');
  const out = JSON.parse(execFileSync(python, ['-c', dump], { encoding: 'utf8' })) as { python: string; rows: Omit<LinuxErrno, 'node'>[] };
  const uv = util.getSystemErrorMap();
  const symbols = out.rows.map((row) => {
    const known = uv.get(-row.number);
    return { ...row, node: known && known[0] === row.symbol ? -row.number : null };
  });
  return { source: `${out.python} and Node.js ${process.versions.node} on ${os.type()} ${os.machine()}`, symbols };
}
