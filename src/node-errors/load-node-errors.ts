import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NodeErrorRegistry } from './read-node-errors.ts';

/** Where the registry read off Node lives, committed like the errno table. */
export const nodeErrorsFile = 'content/node-errors.json';

/** Reads the committed registry of Node's error codes. */
export function loadNodeErrors(root = process.cwd()): NodeErrorRegistry {
  return JSON.parse(readFileSync(path.join(root, nodeErrorsFile), 'utf8')) as NodeErrorRegistry;
}
