import { existsSync } from 'node:fs';
import { sandboxWorkdir } from '../sandbox.ts';
import type { DebianProgram } from './apt.ts';
import { programRuntime, versionFrom, type ProgramLanguage, type ProgramRuntime } from './program-runtime.ts';

export interface ToolSpec {
  id: ProgramLanguage;
  /** How pages name the tool and its version: `curl`, `OpenSSH`. */
  name: string;
  program: DebianProgram;
  versionArgs: readonly string[];
  versionPattern: RegExp;
  /** Its configuration under /etc, bound read-only when present (never a folder holding keys). */
  config?: readonly string[];
}

/**
 * A command-line tool (curl, git, ssh, psql): each reproduction is a bash script that stages the situation
 * (a peer on loopback, a folder) and runs the tool the way a reader would.
 */
export function shellToolRuntime(tool: ToolSpec): ProgramRuntime {
  return programRuntime({
    id: tool.id,
    name: tool.name,
    extension: 'sh',
    packages: [tool.program, { path: '/usr/bin/python3', pkg: 'python3' }],
    version() {
      const release = versionFrom(tool.program.path, tool.versionArgs, tool.versionPattern);
      return { release, short: release.split('.').slice(0, 2).join('.') };
    },
    mounts: (tool.config ?? []).filter((c) => existsSync(c)),
    fileName: () => 'repro.sh',
    command: () => ['/bin/bash', `${sandboxWorkdir}/repro.sh`],
  });
}
