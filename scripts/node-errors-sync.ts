// `npm run node:errors-sync [-- --node /path/to/other/node ...]`: reads Node's own error registry (every
// ERR_* code, its class and message) from this project's Node and any other Node binaries named, and
// writes content/node-errors.json. Codes only some of those Nodes know list the versions that do.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildRegistry } from '../src/node-errors/read-node-errors.ts';
import { nodeErrorsFile } from '../src/node-errors/load-node-errors.ts';

const { values } = parseArgs({ options: { node: { type: 'string', multiple: true, default: [] } } });
const registry = buildRegistry([process.execPath, ...values.node]);
writeFileSync(nodeErrorsFile, `${JSON.stringify(registry, null, 1)}\n`);
const legacy = registry.codes.filter((c) => c.versions).length;
console.log(`${nodeErrorsFile}: ${registry.codes.length} codes from Node ${registry.nodes.join(', ')}${legacy ? ` (${legacy} known to some of them only)` : ''}`);
