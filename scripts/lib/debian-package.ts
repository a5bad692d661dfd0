// Installs a Debian package the tests need when its program is missing, as the project's setup does for a
// fresh machine. apt-get needs root; anyone else is told the command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
export function ensureDebianTool(tool: DebianTool): void {
  if (existsSync(tool.path)) return;
  if (process.getuid?.() !== 0) {
    console.error(`${tool.path} is missing (${tool.purpose}). Install it with: sudo apt-get install -y ${tool.pkg}${tool.alternative ? ` ${tool.alternative}` : ''}.`);
    process.exit(1);
  }
  console.log(`${tool.path} is missing (${tool.purpose}); installing Debian's ${tool.pkg} package...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Other sessions on a shared machine may be running apt-get too: wait for its lock instead of failing.
  const wait = ['-o', 'DPkg::Lock::Timeout=300'];
  try {
    execFileSync('apt-get', [...wait, 'update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', [...wait, 'install', '-y', '-qq', tool.pkg], { stdio: 'inherit', env });
  } catch {
    console.error(`apt-get could not install ${tool.pkg}; install it by hand: apt-get install -y ${tool.pkg}.`);
    process.exit(1);
  }
  if (!existsSync(tool.path)) {
    console.error(`apt-get installed ${tool.pkg} but ${tool.path} is still missing.`);
    process.exit(1);
  }
}
