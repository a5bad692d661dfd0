// Makes sure bubblewrap is installed: every snippet runs inside it, and the runner never runs one without it.
import { bwrapPath } from '../src/snippets/sandbox.ts';
import { ensureDebianTool } from './lib/debian-package.ts';

await ensureDebianTool({ path: bwrapPath, pkg: 'bubblewrap', purpose: 'every snippet runs in a bubblewrap sandbox', alternative: '(or set BWRAP to its path)' });
