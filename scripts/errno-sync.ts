// `npm run errno:sync`: reads the Linux errno columns off this machine (python3's errno and os.strerror,
// CPython's OSError mapping, Node's libuv table) into content/errno/linux.json. Nobody types these numbers;
// tests/errno re-reads them and fails when the committed file disagrees with the machine.
import { writeFile } from 'node:fs/promises';
import { readLinuxErrno, linuxErrnoPath } from '../src/errno/read-linux-errno.ts';

const table = readLinuxErrno();
await writeFile(linuxErrnoPath, `${JSON.stringify(table, null, 2)}\n`);
console.log(`errno:sync: ${table.symbols.length} symbols from ${table.source}, written to ${linuxErrnoPath}`);
