// Installs a Debian package the tests need when its program is missing, as the project's setup does for a
// fresh machine: the same installer as the runtimes' (src/snippets/runtimes/apt.ts), for a script's setup.
import { ensurePrograms } from '../../src/snippets/runtimes/apt.ts';

export interface DebianTool {
  /** The program that must exist afterwards, like /usr/bin/bwrap. */
  path: string;
  /** The Debian package that provides it. */
  pkg: string;
  /** What it is for, for the messages. */
  purpose: string;
  /** Extra hint for the message to a non-root user (another way to provide it). */
  alternative?: string;
}

/** Exits the process with a message when `tool` is missing and cannot be installed here. */
export async function ensureDebianTool(tool: DebianTool): Promise<void> {
  try {
    await ensurePrograms([{ path: tool.path, pkg: tool.pkg }]);
  } catch (error) {
    console.error(`${tool.path} is needed (${tool.purpose}). ${(error as Error).message}${tool.alternative ? ` ${tool.alternative}` : ''}`);
    process.exit(1);
  }
}
